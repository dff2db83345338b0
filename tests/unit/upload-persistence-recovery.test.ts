import { describe, expect, it, vi } from 'vitest';
import { createUploadPersistence } from '../../src/features/upload/core/persistence';
import { RETRIES, RETRY_FIRST_MS } from '../../src/features/upload/core/record-writes';
import { addRecords, createUploadStore, updateRecord } from '../../src/features/upload/core/store';
import type { UploadRecord } from '../../src/features/upload/core/types';
import { DB_NAME, fakePanelTimers, keptAfterReload, loadedPanel, mirroredPanel, onReload, OWNER, record } from './kept-uploads';

/**
 * While `failing.on`, a transaction that puts into the `uploads` store aborts (as one does when
 * IndexedDB fails: its requests all fail with it); `failing.tries` counts the puts.
 */
function failRecordWrites() {
  const failing = { on: true, tries: 0 };
  const original = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
    const request = original.call(this, value, key);
    if (this.name === 'uploads') {
      failing.tries += 1;
      if (failing.on && this.transaction.error === null) {
        try {
          this.transaction.abort();
        } catch { /* aborted by an earlier put of the same transaction */ }
      }
    }
    return request;
  });
  return failing;
}

describe('upload persistence when IndexedDB fails or is asked to give way', () => {
  fakePanelTimers();

  it('a record whose write failed is written again a second later, without waiting for it to change', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = failRecordWrites();
    const { store, persistence } = mirroredPanel('again', 60_000);
    const uploading = record();
    addRecords(store, [uploading]);
    updateRecord(store, uploading.id, { status: 'attaching', fileToken: 'tok' });
    // The attach waits for its token on disk (the panel bounds that wait): through the retry.
    let saved = false;
    void persistence.saved(uploading.id).then(() => { saved = true; });
    await persistence.flush();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(saved).toBe(false);
    failing.on = false;
    expect(await onReload('again')).toEqual([]);
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    await vi.waitFor(() => expect(saved).toBe(true), { timeout: 10_000 });
    expect(await onReload('again')).toEqual([[uploading.name, 'tok']]);
    await persistence.close();
  });

  it('tries again twice as late each time, gives up after a few, and the next change tries again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = failRecordWrites();
    // Files are kept a day after the drop: no file write (and the record write that follows it) in the hour waited below.
    const { store, persistence } = mirroredPanel('backoff', 24 * 3_600_000);
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
    await persistence.flush();
    expect(failing.tries).toBe(RETRIES + 1);
    // IndexedDB works again; another file dropped takes the first one's record with it.
    failing.on = false;
    const second = record();
    addRecords(store, [second]);
    await persistence.flush();
    expect(await onReload('backoff')).toEqual([[first.name, null], [second.name, null]]);
    await persistence.close();
  });

  it('changes during an outage do not use up the retries of the last one', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = failRecordWrites();
    const { store, persistence } = mirroredPanel('outage', 24 * 3_600_000);
    const queued = record();
    addRecords(store, [queued]);
    await persistence.flush();
    for (let attempt = 1; attempt <= RETRIES + 2; attempt += 1) {
      updateRecord(store, queued.id, { attempts: attempt });
      await persistence.flush();
    }
    failing.on = false;
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    await persistence.flush();
    expect((await keptAfterReload('outage')).map((r) => [r.name, r.attempts])).toEqual([[queued.name, RETRIES + 2]]);
    await persistence.close();
  });

  it('closing while files are being kept waits for them, and warns of nothing', async () => {
    vi.useRealTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { store, persistence } = mirroredPanel('closing-files', 0);
    // 300 files: two transactions of files (250 at most each), the first under way as the panel goes.
    const drop = Array.from({ length: 300 }, () => record());
    addRecords(store, drop);
    // The keeper's timer (0 ms: a drop of more than 8 is kept at once) starts the first
    // transaction of files; the panel goes while it runs.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await persistence.close();
    expect(warn).not.toHaveBeenCalled();
    const found = await keptAfterReload('closing-files');
    // Every record on disk; the files of the first transaction kept, the rest said not kept.
    expect(found).toHaveLength(300);
    expect(found.filter((r) => r.file).length).toBe(250);
  });

  it('a database that would not open is opened again for the next write', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // The first open fails (its upgrade aborted, as when the browser cannot create the database).
    const realOpen = indexedDB.open.bind(indexedDB);
    vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
      const request = realOpen(`${DB_NAME}-aborted`, 1);
      request.addEventListener('upgradeneeded', (event) => {
        event.stopImmediatePropagation();
        request.transaction!.abort();
      });
      return request;
    });
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'reopen', owner: OWNER, keepFileAfterMs: 60_000 });
    expect(await persistence.load()).toEqual([]);
    expect(warn).toHaveBeenCalledWith('Uploads from before the reload could not be read', expect.objectContaining({ name: 'AbortError' }));
    persistence.mirror(store);
    const queued = record();
    addRecords(store, [queued]);
    await persistence.flush();
    expect(await onReload('reopen')).toEqual([[queued.name, null]]);
    await persistence.close();
  });

  it('one record IndexedDB cannot take does not hold back the others, and is not tried again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { store, persistence } = mirroredPanel('refused', 24 * 3_600_000);
    // A value structured cloning refuses (a function): a put of it throws DataCloneError.
    const odd = record({ target: { ...record().target, pick: () => 1 } as unknown as UploadRecord['target'] });
    const plain = record();
    addRecords(store, [odd, plain]);
    await persistence.flush();
    expect(await onReload('refused')).toEqual([[plain.name, null]]);
    expect(warn).toHaveBeenCalledWith('An upload could not be saved for after a reload', expect.objectContaining({ name: 'DataCloneError' }));
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    await vi.advanceTimersByTimeAsync(60_000);
    await persistence.flush();
    expect(puts).not.toHaveBeenCalled();
    await persistence.close();
  });

  it('close() writes a change still waiting for its retry', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = failRecordWrites();
    const { store, persistence } = mirroredPanel('leaving', 24 * 3_600_000);
    const queued = record();
    addRecords(store, [queued]);
    await persistence.flush();
    failing.on = false;
    // The panel is taken off the page before the retry's second is up.
    await persistence.close();
    expect(failing.tries).toBe(2);
    expect(await onReload('leaving')).toEqual([[queued.name, null]]);
  });

  it('close() lets what is queued land, then closes its connection and opens none again', async () => {
    const close = vi.spyOn(IDBDatabase.prototype, 'close');
    const open = vi.spyOn(indexedDB, 'open');
    const { store, persistence } = await loadedPanel('closing', 60_000);
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
