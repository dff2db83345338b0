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

export function receiveMedia(state: MockState, input: MediaInput): MediaRecord {
  const problem = checkFileName(input.name);
  if (problem) throw refuse(problem.message);
  if (input.maxsize !== null) {
    if (!/^\d+$/.test(input.maxsize)) throw refuse('maxsize must be a number of bytes.');
    const max = Number(input.maxsize);
    if (input.blob.size > max) {
      throw refuse(`The file is ${formatBytes(input.blob.size)}, more than the maximum of ${formatBytes(max)}.`);
    }
  }
  const record: MediaRecord = {
    token: randomToken(),
    accountId: input.accountId,
    name: input.name,
    contentType: effectiveContentType(input.contentType, input.name),
    blob: input.blob,
    expiresAtMs: state.clock.nowMs() + MEDIA_TOKEN_LIFETIME_MS,
    used: false,
  };
  state.media.set(record.token, record);
  return record;
}

export function takeMedia(state: MockState, accountId: string, token: unknown): MediaRecord {
  if (typeof token !== 'string' || !token) throw refuse('The file token is missing: upload the file first.');
  const media = state.media.get(token);
  if (!media || media.accountId !== accountId || media.used || media.expiresAtMs < state.clock.nowMs()) {
    throw refuse('The file token is unknown, expired or already used: upload the file again.');
  }
  return media;
}
