import { checkFileName } from '../../src/domain/paths';
import { effectiveContentType } from '../../src/domain/file-kind';
import { randomToken } from './auth';
import { refuse } from './errors';
import type { MediaRecord, MockState } from './state';

export const MEDIA_TOKEN_LIFETIME_MS = 60 * 60_000;

export interface MediaInput {
  accountId: string;
  /** `filename` from the query, else the multipart file name. */
  name: string;
  contentType: string;
  blob: Blob;
  maxsize: string | null;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`;
}

/** The `maxsize` refusal; `size` is null when the upload was stopped before its end. */
export function tooLarge(size: number | null, max: number) {
  const limit = `more than the maximum of ${formatBytes(max)}.`;
  return refuse(size === null ? `The file is ${limit}` : `The file is ${formatBytes(size)}, ${limit}`);
}

/** `maxsize` in bytes; null when absent, or not a number (`receiveMedia` refuses that). */
export function parseMaxsize(value: string | null): number | null {
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

export function receiveMedia(state: MockState, input: MediaInput): MediaRecord {
  const problem = checkFileName(input.name);
  if (problem) throw refuse(problem.message);
  if (input.maxsize !== null) {
    const max = parseMaxsize(input.maxsize);
    if (max === null) throw refuse('maxsize must be a number of bytes.');
    if (input.blob.size > max) throw tooLarge(input.blob.size, max);
  }
  const record: MediaRecord = {
    token: randomToken(),
    accountId: input.accountId,
    name: input.name,
    contentType: effectiveContentType(input.contentType, input.name),
    blob: input.blob,
    expiresAtMs: state.clock.nowMs() + MEDIA_TOKEN_LIFETIME_MS,
  };
  state.media.set(record.token, record);
  return record;
}

export function takeMedia(state: MockState, accountId: string, token: unknown): MediaRecord {
  if (typeof token !== 'string' || !token) throw refuse('The file token is missing: upload the file first.');
  const media = state.media.get(token);
  if (!media || media.accountId !== accountId || media.expiresAtMs < state.clock.nowMs()) {
    throw refuse('The file token is unknown, expired or already used: upload the file again.');
  }
  return media;
}
