import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CHOOSE_AGAIN_TITLE, createUploadPersistence } from '../../src/features/upload/core/persistence';
import { addRecords, createUploadStore, updateRecord } from '../../src/features/upload/core/store';
import type { UploadRecord } from '../../src/features/upload/core/types';

let n = 0;
function record(change: Partial<UploadRecord> = {}): UploadRecord {
  n += 1;
  return {
    id: `r${n}`, name: `file-${n}.png`, size: 4, type: 'image/png', file: new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/png' }),
    target: { scope: 'pr7214', segmentId: 27665601, locale: 'de', relativePath: 'shots' }, status: 'queued', sent: 0, fileToken: null,
    attempts: 0, retryAt: null, error: null, asset: null, createdAt: n, ...change,
  };
}

async function roundTrip(namespace: string, records: UploadRecord[], after?: (store: ReturnType<typeof createUploadStore>) => void, max = 100) {
  const store = createUploadStore(4);
  const persistence = createUploadPersistence({ namespace, owner: 'https://x/api|demo', maxStoredFileSize: max, keepFileAfterMs: 0 });
  persistence.attach(store);
  addRecords(store, records);
  after?.(store);
  await persistence.flush();
  return createUploadPersistence({ namespace, owner: 'https://x/api|demo', maxStoredFileSize: max }).load();
}

describe('upload persistence (IndexedDB)', () => {
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

  it('asks for files too large to keep again, keeping name and target', async () => {
    const big = record({ size: 500, file: new Blob([new Uint8Array(500)]) });
    const bigWithToken = record({ size: 500, file: new Blob([new Uint8Array(500)]), fileToken: 'tok' });
    const [first, second] = await roundTrip('c', [big, bigWithToken]);
    expect(first).toMatchObject({ status: 'failed', file: null, name: big.name, target: big.target, error: { title: CHOOSE_AGAIN_TITLE } });
    expect(second).toMatchObject({ status: 'queued', file: null, fileToken: 'tok' });
  });

  it('forgets finished, canceled and refused uploads', async () => {
    const finished = record();
    const canceled = record();
    const refused = record({ status: 'failed', file: null, error: { title: 'no', retryable: false, step: 'check' } });
    const failed = record({ status: 'failed', error: { title: 'Server down', retryable: true, step: 'upload' } });
    const restored = await roundTrip('d', [finished, canceled, refused, failed], (store) => {
      updateRecord(store, finished.id, { status: 'done', file: null });
      updateRecord(store, canceled.id, { status: 'canceled' });
    });
    expect(restored.map((r) => r.id)).toEqual([failed.id]);
  });

  it('keeps a file only once its upload has waited a while: quick ones never touch the disk', async () => {
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace: 'slow', owner: 'o', keepFileAfterMs: 150 });
    persistence.attach(store);
    const quick = record();
    const slow = record();
    addRecords(store, [quick, slow]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    updateRecord(store, quick.id, { status: 'done', file: null });
    await persistence.flush();
    const early = await createUploadPersistence({ namespace: 'slow', owner: 'o' }).load();
    expect(early.map((r) => [r.id, r.file ? 'file' : r.error?.title])).toEqual([[slow.id, CHOOSE_AGAIN_TITLE]]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await persistence.flush();
    const later = await createUploadPersistence({ namespace: 'slow', owner: 'o' }).load();
    expect(later.map((r) => [r.id, r.status, !!r.file])).toEqual([[slow.id, 'queued', true]]);
  });

  it('restores only its own panel\u2019s and account\u2019s uploads', async () => {
    await roundTrip('mine', [record()]);
    expect(await createUploadPersistence({ namespace: 'other', owner: 'https://x/api|demo' }).load()).toEqual([]);
    expect(await createUploadPersistence({ namespace: 'mine', owner: 'https://y/api|demo' }).load()).toEqual([]);
  });
});
