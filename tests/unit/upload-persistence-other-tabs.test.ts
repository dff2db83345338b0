import { describe, expect, it, vi } from 'vitest';
import { createUploadPersistence } from '../../src/features/upload/core/persistence';
import { addRecords, createUploadStore } from '../../src/features/upload/core/store';
import { DB_NAME, deleteDatabase, fakePanelTimers, keptAfterReload, loadedPanel, mirroredPanel, OWNER, record } from './kept-uploads';

describe('upload persistence beside other tabs that upgrade or delete the database', () => {
  fakePanelTimers();

  it('a newer version of the database (a newer panel in another tab) is not opened again for every file', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(DB_NAME, 99);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const open = vi.spyOn(indexedDB, 'open');
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'newer', owner: OWNER, keepFileAfterMs: 0 });
    expect(await persistence.load()).toEqual([]);
    persistence.mirror(store);
    const drop = Array.from({ length: 20 }, () => record());
    addRecords(store, drop);
    await persistence.flush({ keepNow: true });
    expect(open).toHaveBeenCalledTimes(1);
    // Each file is said not kept (leaving asks first); the console has one line for all the files.
    expect(drop.every((r) => !persistence.survivesReload(r))).toBe(true);
    expect(warn.mock.calls.filter(([text]) => text === 'Files cannot be kept for after a reload')).toHaveLength(1);
    // Nor are the records tried again: no retry can open it.
    const warned = warn.mock.calls.length;
    await vi.advanceTimersByTimeAsync(60_000);
    await persistence.flush();
    expect(warn.mock.calls.length).toBe(warned);
    await persistence.close();
    await deleteDatabase();
  });

  it('an open panel gives way to another tab that deletes the database, and writes its uploads and their files into it again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { store, persistence } = await loadedPanel('give-way', 0);
    const first = record();
    addRecords(store, [first]);
    await persistence.flush({ keepNow: true });
    expect(persistence.survivesReload(first)).toBe(true);
    let blocked = 0;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onblocked = () => {
        blocked += 1;
      };
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(blocked).toBe(0);
    // Not on disk any more: leaving would ask first, until it is written again (at once, with its file).
    expect(persistence.survivesReload(first)).toBe(false);
    await persistence.flush({ keepNow: true });
    expect(persistence.survivesReload(first)).toBe(true);
    const later = record();
    addRecords(store, [later]);
    await persistence.flush({ keepNow: true });
    const found = await keptAfterReload('give-way');
    expect(found.map((r) => [r.name, r.status, !!r.file])).toEqual([[first.name, 'queued', true], [later.name, 'queued', true]]);
    expect(warn).not.toHaveBeenCalled();
    await persistence.close();
  });

  it('files being kept as another tab deletes the database are kept again in the new one', async () => {
    vi.useRealTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { store, persistence } = mirroredPanel('deleted-while-keeping', 0);
    const drop = Array.from({ length: 20 }, () => record());
    addRecords(store, drop);
    // The keeper's timer (0 ms) starts the transaction of the files; the other tab deletes meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await deleteDatabase();
    await persistence.flush({ keepNow: true });
    expect(drop.every((r) => persistence.survivesReload(r))).toBe(true);
    const found = await keptAfterReload('deleted-while-keeping');
    expect(found.filter((r) => r.file)).toHaveLength(20);
    await persistence.close();
  });

  it('uploads read as another tab deletes the database are written into the new one', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const before = createUploadStore(4);
    const earlier = createUploadPersistence({ namespace: 'deleted-while-read', owner: OWNER, keepFileAfterMs: 0 });
    earlier.mirror(before);
    addRecords(before, [record(), record()]);
    await earlier.flush({ keepNow: true });
    await earlier.close();
    // The other tab deletes just as this page's read of the kept uploads begins.
    const transaction = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementationOnce(function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const tx = transaction.apply(this, args);
      indexedDB.deleteDatabase(DB_NAME);
      return tx;
    });
    const persistence = createUploadPersistence({ namespace: 'deleted-while-read', owner: OWNER, keepFileAfterMs: 0 });
    const restored = await persistence.load();
    expect(restored).toHaveLength(2);
    const store = createUploadStore(4);
    persistence.mirror(store);
    addRecords(store, restored);
    await persistence.flush({ keepNow: true });
    expect(restored.every((r) => persistence.survivesReload(r))).toBe(true);
    const found = await keptAfterReload('deleted-while-read');
    expect(found.filter((r) => r.file)).toHaveLength(2);
    await persistence.close();
  });
});
