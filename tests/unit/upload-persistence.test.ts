import { describe, expect, it, vi } from 'vitest';
import { needsFileAgain } from '../../src/features/upload/core/keeping';
import { createUploadPersistence } from '../../src/features/upload/core/persistence';
import { addRecords, createUploadStore, updateRecord } from '../../src/features/upload/core/store';
import type { UploadRecord } from '../../src/features/upload/core/types';
import { fakePanelTimers, OWNER, record } from './kept-uploads';

const reopen = (namespace: string, max = 100) => createUploadPersistence({ namespace, owner: OWNER, maxStoredFileSize: max }).load();
const reasonOf = (r: UploadRecord) => (r.file ? 'file' : r.error?.message?.key ?? r.status);

async function roundTrip(namespace: string, records: UploadRecord[], after?: (store: ReturnType<typeof createUploadStore>) => void, max = 100) {
  const store = createUploadStore(4);
  const persistence = createUploadPersistence({ namespace, owner: OWNER, maxStoredFileSize: max, keepFileAfterMs: 0 });
  persistence.mirror(store);
  addRecords(store, records);
  after?.(store);
  await persistence.flush({ keepNow: true });
  return reopen(namespace, max);
}

/** Every put into the `files` store, in order, with the transaction it was part of. */
function watchFilePuts() {
  const puts: { key: IDBValidKey; tx: IDBTransaction }[] = [];
  const original = IDBObjectStore.prototype.put;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
    if (this.name === 'files') puts.push({ key: key!, tx: this.transaction });
    return original.call(this, value, key);
  });
  return { puts, restore: () => spy.mockRestore() };
}

describe('upload persistence (IndexedDB)', () => {
  fakePanelTimers();

  it('brings queued uploads back with their bytes and target', async () => {
    const queued = record();
    const [restored] = await roundTrip('a', [queued]);
    expect(restored).toMatchObject({ id: queued.id, name: queued.name, status: 'queued', target: queued.target });
    expect(new Uint8Array(await restored!.file!.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3, 4]));
  });

  it('puts interrupted uploads back in the queue, keeping a file token for attach-only', async () => {
    const uploading = record({ status: 'uploading', sent: 3 });
    const attaching = record({ status: 'attaching', fileToken: 'tok' });
    const restored = await roundTrip('b', [uploading, attaching]);
    expect(restored.map((r) => [r.status, r.sent, r.fileToken])).toEqual([['queued', 0, null], ['queued', 0, 'tok']]);
  });

  it('says a file was too large to keep only when it was, with its size and the limit', async () => {
    const big = record({ size: 500, file: new Blob([new Uint8Array(500)]) });
    const bigWithToken = record({ size: 500, file: new Blob([new Uint8Array(500)]), fileToken: 'tok' });
    const [first, second] = await roundTrip('c', [big, bigWithToken]);
    expect(first).toMatchObject({
      status: 'failed', file: null, name: big.name, target: big.target,
      error: {
        title: 'Choose this file again: at 500\u00a0B it is larger than the 100\u00a0B kept across a reload.',
        message: { key: 'refusal.notKept.tooLarge', params: { size: 500, max: 100 }, bytes: ['size', 'max'] },
      },
    });
    expect(needsFileAgain(first!)).toBe(true);
    expect(second).toMatchObject({ status: 'queued', file: null, fileToken: 'tok' });
  });

  it('forgets finished and canceled uploads, and keeps every name that failed until it is dismissed', async () => {
    const finished = record();
    const canceled = record();
    const refused = record({ status: 'failed', file: null, error: { title: 'no', retryable: false, step: 'check' } });
    const failed = record({ status: 'failed', error: { title: 'Server down', retryable: true, step: 'upload' } });
    const restored = await roundTrip('d', [finished, canceled, refused, failed], (store) => {
      updateRecord(store, finished.id, { status: 'done', file: null });
      updateRecord(store, canceled.id, { status: 'canceled' });
    });
    expect(restored.map((r) => [r.id, r.status, r.error?.title, !!r.file])).toEqual([
      [refused.id, 'failed', 'no', false], [failed.id, 'failed', 'Server down', true],
    ]);
  });

  it('a quick upload never touches the disk; a queue that waits is kept within its first second', async () => {
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'slow', owner: 'o', keepFileAfterMs: 500 });
    persistence.mirror(store);
    const quick = record();
    const slow = record();
    addRecords(store, [quick, slow]);
    await vi.advanceTimersByTimeAsync(300);
    updateRecord(store, quick.id, { status: 'done', file: null });
    await persistence.flush();
    // A reload now: the waiting file was not kept yet, and the panel says so truly.
    const early = await createUploadPersistence({ namespace: 'slow', owner: 'o' }).load();
    expect(early.map((r) => [r.id, reasonOf(r)])).toEqual([[slow.id, 'refusal.notKept.closed']]);
    expect(early[0]!.error!.title).toBe('Choose this file again: the page was closed before it could be kept.');
    await vi.advanceTimersByTimeAsync(200);
    await persistence.flush();
    const later = await createUploadPersistence({ namespace: 'slow', owner: 'o' }).load();
    expect(later.map((r) => [r.id, r.status, reasonOf(r)])).toEqual([[slow.id, 'queued', 'file']]);
  });

  it('says which uploads a reload now would find again with their bytes: record and file on disk; not a file waiting to be kept, one too large, nor a file token alone', async () => {
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'survive', owner: 'o', maxStoredFileSize: 100, keepFileAfterMs: 500 });
    persistence.mirror(store);
    const waiting = record();
    const big = record({ size: 500, file: new Blob([new Uint8Array(500)]) });
    addRecords(store, [waiting, big]);
    const now = (id: string) => persistence.survivesReload(store.getState().records.get(id)!);
    expect([now(waiting.id), now(big.id)]).toEqual([false, false]);
    await vi.advanceTimersByTimeAsync(500);
    await persistence.flush();
    expect([now(waiting.id), now(big.id)]).toEqual([true, false]);
    // A token alone: after a closed tab it may have expired by the time the panel is back.
    updateRecord(store, big.id, { status: 'attaching', fileToken: 'tok' });
    expect(now(big.id)).toBe(false);
  });

  it('does not count a kept file whose record no committed transaction stored (the reload would throw the file away)', async () => {
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'no-record', owner: 'o', keepFileAfterMs: 0 });
    persistence.mirror(store);
    const [first, second] = [record(), record()];
    // The second record's write fails after the first's was made: the transaction takes both back
    // (and says so on the console); the files land.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const filesPut: IDBValidKey[] = [];
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.name === 'uploads' && (value as { id: string }).id === second.id) throw new DOMException('No room.', 'QuotaExceededError');
      if (this.name === 'files') filesPut.push(key!);
      return original.call(this, value, key);
    });
    addRecords(store, [first, second]);
    await persistence.flush({ keepNow: true });
    expect(filesPut.sort()).toEqual([first.id, second.id].sort());
    const now = (id: string) => persistence.survivesReload(store.getState().records.get(id)!);
    expect([now(first.id), now(second.id)]).toEqual([false, false]);
  });

  it('counts uploads brought back after a reload: their records and files were read from disk', async () => {
    const queued = record();
    const [restored] = await roundTrip('back', [queued]);
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'back', owner: OWNER, maxStoredFileSize: 100 });
    const again = await persistence.load();
    persistence.mirror(store);
    addRecords(store, again);
    expect(restored!.file).not.toBeNull();
    expect(persistence.survivesReload(store.getState().records.get(queued.id)!)).toBe(true);
  });

  it('keeps a drop of 2,000 files at once in a few batched transactions, furthest from their turn first', async () => {
    const files = watchFilePuts();
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'big', owner: 'o', keepFileAfterMs: 500 });
    persistence.mirror(store);
    const drop = Array.from({ length: 2000 }, () => record({ size: 256, file: new Blob([new Uint8Array(256)]) }));
    addRecords(store, drop);
    for (const r of drop.slice(0, 4)) updateRecord(store, r.id, { status: 'uploading' });
    // No waiting for the files far back in the line: they will wait anyway.
    await vi.advanceTimersByTimeAsync(0);
    await persistence.flush();
    expect(files.puts).toHaveLength(1992);
    expect(new Set(files.puts.map((p) => p.tx)).size).toBe(8);
    expect(files.puts[0]!.key).toBe(drop[1999]!.id);
    expect(files.puts.at(-1)!.key).toBe(drop[8]!.id);
    // The eight nearest their turn (four of them uploading) are kept if still unfinished after 500 ms.
    updateRecord(store, drop[4]!.id, { status: 'done', file: null });
    await vi.advanceTimersByTimeAsync(500);
    await persistence.flush();
    expect(files.puts.slice(1992).map((p) => p.key)).toEqual([7, 6, 5, 3, 2, 1, 0].map((i) => drop[i]!.id));
    const restored = await createUploadPersistence({ namespace: 'big', owner: 'o' }).load();
    expect(restored.filter((r) => r.file && r.status === 'queued')).toHaveLength(1999);
    expect(restored.map((r) => r.name)).toEqual(drop.filter((_, i) => i !== 4).map((r) => r.name));
  });

  it('a file the browser has no room for says so; the rest of its batch is kept', async () => {
    const drop = [record(), record(), record()];
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.name === 'files' && key === drop[1]!.id) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, value, key);
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const restored = await roundTrip('quota', drop);
    expect(restored.map(reasonOf)).toEqual(['file', 'refusal.notKept.quota', 'file']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(restored[1]!.error!.title).toBe('Choose this file again: the browser had no room left to keep it across a reload.');
  });

  it('a name asked for again survives the next reload too, with the same reason', async () => {
    const waiting = record();
    const store = createUploadStore(4);
    createUploadPersistence({ namespace: 'twice', owner: OWNER, keepFileAfterMs: 500 }).mirror(store);
    addRecords(store, [waiting]);
    await vi.advanceTimersByTimeAsync(0);
    const first = await reopen('twice');
    // The next page restores it into its own store, and is reloaded in turn.
    const next = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'twice', owner: OWNER });
    await persistence.load();
    persistence.mirror(next);
    addRecords(next, first);
    await persistence.flush({ keepNow: true });
    const second = await reopen('twice');
    expect([first, second].map((list) => list.map((r) => [r.name, r.status, reasonOf(r)]))).toEqual([
      [[waiting.name, 'failed', 'refusal.notKept.closed']], [[waiting.name, 'failed', 'refusal.notKept.closed']],
    ]);
  });

  it('saved(id) resolves once the record\u2019s latest change, its file token, is on disk', async () => {
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'token', owner: OWNER, keepFileAfterMs: 500 });
    persistence.mirror(store);
    const uploading = record();
    addRecords(store, [uploading]);
    updateRecord(store, uploading.id, { status: 'attaching', fileToken: 'tok' });
    await persistence.saved(uploading.id);
    const [restored] = await reopen('token');
    expect(restored).toMatchObject({ id: uploading.id, status: 'queued', fileToken: 'tok' });
  });

  it('restores only its own panel\u2019s and account\u2019s uploads', async () => {
    await roundTrip('mine', [record()]);
    expect(await createUploadPersistence({ namespace: 'other', owner: OWNER }).load()).toEqual([]);
    expect(await createUploadPersistence({ namespace: 'mine', owner: 'https://y/api|demo' }).load()).toEqual([]);
  });
});
