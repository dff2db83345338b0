import type { UploadRecord } from './types';

/**
 * What the screen and the options need to know of keeping uploads across a reload, without the
 * keeping itself (persistence.ts, IndexedDB): that loads only for a panel told to keep them.
 */

/** Files up to this size are kept in IndexedDB to resume after a reload; larger ones are asked for again. */
export const DEFAULT_MAX_STORED_FILE_SIZE = 200 * 1024 * 1024;

/** A restored upload that waits for its file to be chosen again (older versions said `chooseAgain`). */
export function needsFileAgain(record: UploadRecord): boolean {
  const key = record.error?.message?.key;
  return record.status === 'failed' && !record.file && !record.fileToken
    && (key === 'refusal.chooseAgain' || !!key?.startsWith('refusal.notKept.'));
}
