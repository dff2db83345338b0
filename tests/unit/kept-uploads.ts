import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';
import type { UploadRecord } from '../../src/features/upload/core/types';

/** The server and account the kept uploads of these tests belong to. */
export const OWNER = 'https://x/api|demo';

let n = 0;
/** A queued upload of a 4-byte PNG, with a new ID and name each time. */
export function record(change: Partial<UploadRecord> = {}): UploadRecord {
  n += 1;
  return {
    id: `r${n}`, name: `file-${n}.png`, size: 4, type: 'image/png', file: new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/png' }),
    target: { scope: 'pr7214', segmentId: 27665601, locale: 'de', relativePath: 'shots' }, status: 'queued', sent: 0, fileToken: null,
    attempts: 0, retryAt: null, error: null, asset: null, createdAt: n, ...change,
  };
}

/** fake-indexeddb runs on setImmediate: only the panel's own timers are faked. */
export function fakePanelTimers(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}
