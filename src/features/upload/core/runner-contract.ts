import type { Asset } from '../../../domain/asset';
import type { AttachAssetInput } from '../../../api/attach-asset';
import type { MediaUploadResult, UploadMediaOptions } from '../../../api/upload-media';
import type { UploadStore } from './store';
import type { MarksToWrite, UploadRecord, UploadTarget } from './types';

/* What the upload runner is given and what it tells: its contract with the panel around it. */

/** The two server steps, injectable so the state machine can be tested without a network. */
export interface UploadTransport {
  upload(file: Blob, options: UploadMediaOptions): Promise<MediaUploadResult>;
  attach(input: AttachAssetInput): Promise<Asset>;
  /** The asset this upload became, if the server has it: an attach whose answer was lost (a
   * reload, a dropped connection) is refused when tried again, yet it did succeed. */
  findAttached?(record: UploadRecord): Promise<Asset | null>;
  /** A cheap call that any reachable server answers (in `scope`): asked while uploads wait for
   * the server to come back. Without it, a request without answer is retried like a 5xx. */
  probe?(scope: string, signal: AbortSignal): Promise<unknown>;
}

export interface RunnerEvents {
  /** `more`: other files are still on their way or waiting (a batch, not a file alone). */
  attached?(record: UploadRecord, asset: Asset, more: boolean): void;
  failed?(record: UploadRecord): void;
  /** Nothing runs and nothing waits to start: a good moment for work the uploads would slow. */
  idle?(): void;
  /** The session could not be renewed: the queue waits for `resume()`. */
  sessionExpired?(error: unknown): void;
  /** The server cannot be reached: the queue waits and asks it again now and then. */
  offline?(): void;
  /** The server answers again after `offline`: the queue goes on by itself. */
  online?(): void;
}

export interface RunnerOptions {
  store: UploadStore;
  transport: UploadTransport;
  concurrency: number;
  maxFileSize: number;
  events?: RunnerEvents;
  /** Waited for before an attach: the file token is saved, so that after a reload the attach is
   * tried again with it (and found done) instead of the bytes going again under a new token. */
  beforeAttach?: (record: UploadRecord) => Promise<void> | undefined;
  now?: () => number;
  random?: () => number;
  newId?: () => string;
}

export interface NewUpload {
  file: Blob;
  name: string;
  target: UploadTarget;
  /** For an image: marks to write beside it as soon as it is attached. */
  marks?: MarksToWrite;
}
