import { describe, expect, it, vi } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { diffRecords, type RecordChanges } from '../../src/features/upload/core/persistence-diff';
import { addRecords, createUploadStore, RecordTable, singleChange, updateRecord, type UploadState } from '../../src/features/upload/core/store';
import type { UploadRecord } from '../../src/features/upload/core/types';

function record(id: string): UploadRecord {
  return {
    id, name: `${id}.png`, size: 4, type: 'image/png', file: null,
    target: { scope: 'pr7214', segmentId: 27665601, locale: null, relativePath: '' }, status: 'queued', sent: 0, fileToken: null,
    attempts: 0, retryAt: null, error: null, asset: null, createdAt: 0,
  };
}

function watch(store: ReturnType<typeof createUploadStore>) {
  const mirrored = new Set<string>();
  const changes = { mirrored: (id: string) => mirrored.has(id), gone: vi.fn((id: string) => mirrored.delete(id)), changed: vi.fn((r: UploadRecord) => mirrored.add(r.id)) } satisfies RecordChanges;
  store.subscribe((state: UploadState, previous: UploadState) => diffRecords(state, previous, changes));
  return changes;
}

describe('what changed between two states of the upload store', () => {
  it('names the one record updateRecord changed, and only for the records object it was made from', () => {
    const store = createUploadStore(4);
    addRecords(store, [record('a'), record('b')]);
    const before = store.getState().records;
    updateRecord(store, 'b', { sent: 2 });
    const after = store.getState().records;
    expect(singleChange(after, before)).toBe('b');
    updateRecord(store, 'a', { sent: 1 });
    // Two changes since `before`: no single one to name.
    expect(singleChange(store.getState().records, before)).toBeUndefined();
    expect(singleChange(before, after)).toBeUndefined();
  });

  it('reports each changed record once, from single updates and from whole-store changes alike', () => {
    const store = createUploadStore(4);
    const changes = watch(store);
    addRecords(store, [record('a'), record('b'), record('c')]);
    expect(changes.changed.mock.calls.map(([r]) => r.id)).toEqual(['a', 'b', 'c']);
    changes.changed.mockClear();
    updateRecord(store, 'b', { status: 'uploading', sent: 1 });
    expect(changes.changed.mock.calls.map(([r]) => [r.id, r.sent])).toEqual([['b', 1]]);
    updateRecord(store, 'c', { status: 'done' });
    expect(changes.gone).toHaveBeenCalledWith('c');
    expect(changes.changed).toHaveBeenCalledTimes(1);
    // A change made another way (two records at once) is still found by looking at them all.
    store.setState((s) => ({ records: s.records.added([{ ...s.records.get('a')!, sent: 3 }, { ...s.records.get('b')!, sent: 4 }]) }));
    expect(changes.changed.mock.calls.slice(1).map(([r]) => [r.id, r.sent])).toEqual([['a', 3], ['b', 4]]);
  });

  it('looks at one record, not all of them, for a single update of a long queue', () => {
    const store = createUploadStore(4);
    addRecords(store, Array.from({ length: 1000 }, (_, i) => record(`r${i}`)));
    const changes = watch(store);
    const previous = store.getState();
    // Reads of other records, one by one or all together, from here on.
    let reads = 0;
    const original = RecordTable.prototype.get;
    const get = vi.spyOn(RecordTable.prototype, 'get').mockImplementation(function (this: RecordTable, id: string) {
      if (id !== 'r500') reads += 1;
      return original.call(this, id);
    });
    const values = vi.spyOn(RecordTable.prototype, 'values');
    updateRecord(store, 'r500', { sent: 2 });
    expect(changes.changed.mock.calls.map(([r]) => r.id)).toEqual(['r500']);
    expect(reads).toBe(0);
    expect(values).not.toHaveBeenCalled();
    get.mockRestore();
    values.mockRestore();
    expect(store.getState().records.get('r500')!.sent).toBe(2);
    expect(previous.records.get('r500')!.sent).toBe(0);
  });
});

describe('the upload store\'s memory of single changes', () => {
  it('keeps no records table alive that the store has left behind (a chain of them stayed alive for a whole batch)', async () => {
    // The test needs the collector at hand: Node gives it to code run with --expose-gc.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const store = createUploadStore(4);
    addRecords(store, [record('a'), record('b')]);
    updateRecord(store, 'a', { sent: 1 });
    const early = new WeakRef(store.getState().records);
    for (let sent = 2; sent < 50; sent += 1) updateRecord(store, sent % 2 ? 'a' : 'b', { sent });
    // A WeakRef holds its target until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(early.deref()).toBeUndefined();
    // The latest change is still named, for the listener that asks at once.
    const before = store.getState().records;
    updateRecord(store, 'b', { sent: 99 });
    expect(singleChange(store.getState().records, before)).toBe('b');
  });
});
