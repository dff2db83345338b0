import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';
import { createUploadPersistence } from '../../src/features/upload/core/persistence';
import { createUploadStore } from '../../src/features/upload/core/store';
import type { UploadRecord } from '../../src/features/upload/core/types';

/** The server and account the kept uploads of these tests belong to. */
export const OWNER = 'https://x/api|demo';
export const DB_NAME = 'segment-asset-panel';

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

/** What a reload would find of a panel's uploads. */
export async function keptAfterReload(namespace: string): Promise<UploadRecord[]> {
  const persistence = createUploadPersistence({ namespace, owner: OWNER });
  const found = await persistence.load();
  await persistence.close();
  return found;
}

/** The same, as names and file tokens. */
export async function onReload(namespace: string) {
  return (await keptAfterReload(namespace)).map((r) => [r.name, r.fileToken]);
}

/** What another tab (or the user, clearing the site's data) does: the database deleted. */
export function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** A page's panel that first reads what a reload left (`load`), then mirrors its store of uploads. */
export async function loadedPanel(namespace: string, keepFileAfterMs: number, maxStoredFileSize?: number) {
  const store = createUploadStore(4);
  const persistence = createUploadPersistence({ namespace, owner: OWNER, keepFileAfterMs, ...(maxStoredFileSize !== undefined && { maxStoredFileSize }) });
  await persistence.load();
  persistence.mirror(store);
  return { store, persistence };
}

/** A panel's store of uploads, mirrored into IndexedDB from the start. */
export function mirroredPanel(namespace: string, keepFileAfterMs: number) {
  const store = createUploadStore(4);
  const persistence = createUploadPersistence({ namespace, owner: OWNER, keepFileAfterMs });
  persistence.mirror(store);
  return { store, persistence };
}
