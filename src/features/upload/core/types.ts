import type { UserMessage } from '../../../domain/messages';
import type { Asset } from '../../../domain/asset';
import type { Mark } from '../../../domain/marks';

/** Where a file goes, captured when it is dropped: later changes of segment do not move it. */
export interface UploadTarget {
  scope: string;
  segmentId: number;
  /** null: language-neutral. */
  locale: string | null;
  /** Sub-folder inside the segment's folder, `/`-separated; '' at its root. */
  relativePath: string;
}

/**
 * Marks to write beside an image once it is attached: its marks file needs the image's version,
 * which only the attach answers. Kept in the record, so a reload before the attach loses nothing.
 */
export interface MarksToWrite {
  marks: Mark[];
  /** The image's natural size, as the marks file says it. */
  width: number;
  height: number;
}

export type UploadStatus =
  | 'queued'
  | 'uploading'
  | 'finishing'
  | 'attaching'
  | 'done'
  | 'failed'
  | 'canceled';

export interface UploadError {
  /** The server's `error.title`, or (in English) why the panel refused the file. */
  title: string;
  /** When `title` is the panel's own sentence: the same, for the screen to say in the user's language. */
  message?: UserMessage | null;
  /** Another try can help (a retryable failure, or a refused token that a new upload replaces). */
  retryable: boolean;
  /** Failed in step 2: a retry attaches again with the same file token. */
  step: 'check' | 'upload' | 'attach';
}

export interface UploadRecord {
  id: string;
  name: string;
  size: number;
  type: string;
  /** null after a reload when the file was too large to keep: the user chooses it again. */
  file: Blob | null;
  target: UploadTarget;
  status: UploadStatus;
  /** Bytes sent in step 1. */
  sent: number;
  /** From step 1; kept so that a failed attach is retried without sending the bytes again. */
  fileToken: string | null;
  /** Automatic retries used for the current step. */
  attempts: number;
  /** When the next automatic try starts (epoch ms), while waiting. */
  retryAt: number | null;
  error: UploadError | null;
  asset: Asset | null;
  createdAt: number;
  /** What to write beside this image once attached; cleared when its marks file is queued. */
  marks?: MarksToWrite | null;
  /** The upload of this image's marks file, once queued. */
  marksUpload?: string | null;
}

export const ACTIVE_STATUSES: readonly UploadStatus[] = ['uploading', 'finishing', 'attaching'];

export function isActive(record: Pick<UploadRecord, 'status'>): boolean {
  return ACTIVE_STATUSES.includes(record.status);
}

/** Waiting its turn or on its way: work the queue has still to do (a failure waits for the user). */
export function isInProgress(record: Pick<UploadRecord, 'status'>): boolean {
  return record.status === 'queued' || isActive(record);
}
