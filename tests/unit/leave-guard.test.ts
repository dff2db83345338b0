import { describe, expect, it } from 'vitest';
import { addRecords, createUploadStore, updateRecord } from '../../src/features/upload/core/store';
import type { UploadRecord } from '../../src/features/upload/core/types';
import { guardLeaving } from '../../src/features/upload/leave-guard';

let n = 0;
function record(change: Partial<UploadRecord> = {}): UploadRecord {
  n += 1;
  return {
    id: `r${n}`, name: `file-${n}.png`, size: 4, type: 'image/png', file: new Blob([new Uint8Array(4)]),
    target: { scope: 'pr7214', segmentId: 27665601, locale: null, relativePath: '' }, status: 'queued', sent: 0, fileToken: null,
    attempts: 0, retryAt: null, error: null, asset: null, createdAt: n, ...change,
  };
}

/** A page's window as far as leaving goes: whether a `beforeunload` now would ask, and whether anyone listens for it. */
function page() {
  const listeners = new Set<unknown>();
  const target = new (class extends EventTarget {
    override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
      listeners.add(args[1]);
      super.addEventListener(...args);
    }

    override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>) {
      listeners.delete(args[1]);
      super.removeEventListener(...args);
    }
  })();
  const asks = () => !target.dispatchEvent(new Event('beforeunload', { cancelable: true }));
  return { target, asks, listening: () => listeners.size > 0 };
}

describe('asking before the page goes', () => {
  it('asks while an upload is on its way or waiting, and listens only then', () => {
    const store = createUploadStore(4);
    const { target, asks, listening } = page();
    guardLeaving(store, () => false, target);
    expect([listening(), asks()]).toEqual([false, false]);
    const file = record();
    addRecords(store, [file]);
    expect([listening(), asks()]).toEqual([true, true]);
    for (const status of ['uploading', 'finishing', 'attaching'] as const) {
      updateRecord(store, file.id, { status });
      expect(asks()).toBe(true);
    }
    updateRecord(store, file.id, { status: 'done' });
    expect([listening(), asks()]).toEqual([false, false]);
  });

  it('does not ask for failures (they wait for the user, who was told) nor for canceled files', () => {
    const store = createUploadStore(4);
    const { target, asks, listening } = page();
    guardLeaving(store, () => false, target);
    addRecords(store, [record({ status: 'failed', error: { title: 'No', retryable: true, step: 'upload' } }), record({ status: 'canceled' })]);
    expect([listening(), asks()]).toEqual([false, false]);
  });

  it('does not ask when a reload would find every upload in progress again', () => {
    const store = createUploadStore(4);
    const { target, asks } = page();
    const kept = new Set<string>();
    guardLeaving(store, (r) => kept.has(r.id), target);
    const [a, b] = [record(), record()];
    addRecords(store, [a, b]);
    kept.add(a.id);
    expect(asks()).toBe(true);
    kept.add(b.id);
    expect(asks()).toBe(false);
  });

  it('stops listening when the queue stops (the panel goes)', () => {
    const store = createUploadStore(4);
    const { target, asks, listening } = page();
    const stop = guardLeaving(store, () => false, target);
    addRecords(store, [record()]);
    stop();
    expect([listening(), asks()]).toEqual([false, false]);
    addRecords(store, [record()]);
    expect([listening(), asks()]).toEqual([false, false]);
  });
});
