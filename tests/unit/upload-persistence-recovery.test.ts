import { describe, expect, it, vi } from 'vitest';
import { createUploadPersistence } from '../../src/features/upload/core/persistence';
import { RETRIES, RETRY_FIRST_MS } from '../../src/features/upload/core/record-writes';
import { addRecords, createUploadStore, updateRecord } from '../../src/features/upload/core/store';
import { fakePanelTimers, OWNER, record } from './kept-uploads';

const DB_NAME = 'segment-asset-panel';

/** What a reload would find of a panel's uploads (names and file tokens). */
async function onReload(namespace: string) {
  const persistence = createUploadPersistence({ namespace, owner: OWNER });
  const found = await persistence.load();
  await persistence.close();
  return found.map((r) => [r.name, r.fileToken]);
}

/** Puts into the `uploads` store fail while `failing.on`; `failing.tries` counts them all. */
function failRecordPuts() {
  const failing = { on: true, tries: 0 };
  const original = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
    if (this.name === 'uploads') {
      failing.tries += 1;
      if (failing.on) throw new DOMException('Internal error.', 'UnknownError');
    }
    return original.call(this, value, key);
  });
  return failing;
}

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

describe('upload persistence when IndexedDB fails or is asked to give way', () => {
  fakePanelTimers();

  it('a record whose write failed is written again a second later, without waiting for it to change', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = failRecordPuts();
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'again', owner: OWNER, keepFileAfterMs: 60_000 });
    persistence.mirror(store);
    const uploading = record();
    addRecords(store, [uploading]);
    updateRecord(store, uploading.id, { status: 'attaching', fileToken: 'tok' });
    // The attach waits for its token on disk: a failed write lets it go, not hang.
    await persistence.saved(uploading.id);
    expect(warn).toHaveBeenCalledTimes(1);
    failing.on = false;
    expect(await onReload('again')).toEqual([]);
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    await persistence.flush();
    expect(await onReload('again')).toEqual([[uploading.name, 'tok']]);
    await persistence.close();
  });

  it('tries again twice as late each time, gives up after a few, and the next change tries again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = failRecordPuts();
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'backoff', owner: OWNER, keepFileAfterMs: 60_000 });
    persistence.mirror(store);
    const first = record();
    addRecords(store, [first]);
    await persistence.flush();
    expect(failing.tries).toBe(1);
    // 1 s, 2 s, 4 s, …: one more try at each.
    for (let retry = 1; retry <= RETRIES; retry += 1) {
      await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS * 2 ** (retry - 1) - 1);
      expect(failing.tries).toBe(retry);
      await vi.advanceTimersByTimeAsync(1);
      await persistence.flush();
      expect(failing.tries).toBe(retry + 1);
    }
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(failing.tries).toBe(RETRIES + 1);
    // IndexedDB works again; another file dropped takes the first one's record with it.
    failing.on = false;
    const second = record();
    addRecords(store, [second]);
    await persistence.flush();
    expect(await onReload('backoff')).toEqual([[first.name, null], [second.name, null]]);
    await persistence.close();
  });

  it('a database that would not open is opened again for the next write', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A newer version on disk (another tab, a later release): opening version 1 fails.
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(DB_NAME, 99);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'reopen', owner: OWNER, keepFileAfterMs: 60_000 });
    expect(await persistence.load()).toEqual([]);
    expect(warn).toHaveBeenCalledWith('Uploads from before the reload could not be read', expect.objectContaining({ name: 'VersionError' }));
    // That version is gone again (its tab cleared it): the next write opens the database anew.
    await deleteDatabase();
    persistence.mirror(store);
    const queued = record();
    addRecords(store, [queued]);
    await persistence.flush();
    expect(await onReload('reopen')).toEqual([[queued.name, null]]);
    await persistence.close();
  });

  it('an open panel gives way to another tab that upgrades or deletes the database, and opens it again when it can', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'give-way', owner: OWNER, keepFileAfterMs: 60_000 });
    await persistence.load();
    persistence.mirror(store);
    addRecords(store, [record()]);
    await persistence.flush();
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
    // The next change opens a new connection, and lands.
    const later = record();
    addRecords(store, [later]);
    await persistence.flush();
    expect(await onReload('give-way')).toEqual([[later.name, null]]);
    expect(warn).not.toHaveBeenCalled();
    await persistence.close();
  });

  it('close() lets what is queued land, then closes its connection and opens none again', async () => {
    const close = vi.spyOn(IDBDatabase.prototype, 'close');
    const open = vi.spyOn(indexedDB, 'open');
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'closing', owner: OWNER, keepFileAfterMs: 60_000 });
    await persistence.load();
    persistence.mirror(store);
    const queued = record();
    addRecords(store, [queued]);
    await persistence.close();
    expect(open).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(1);
    // No longer mirrored: a change after the panel is gone writes nothing, and opens nothing.
    updateRecord(store, queued.id, { fileToken: 'tok' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(open).toHaveBeenCalledTimes(1);
    expect(await onReload('closing')).toEqual([[queued.name, null]]);
  });
});
