import { describe, expect, it } from 'vitest';
import { addRecords, createUploadStore, updateRecord, type UploadState } from '../../src/features/upload/core/store';
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

/** The queue's store, and a screen's store that passes its changes on only when told (`settle`). */
function stores() {
  const live = createUploadStore(4);
  const listeners = new Set<(state: UploadState) => void>();
  const settled = {
    getState: live.getState,
    subscribe(listener: (state: UploadState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const settle = () => {
    for (const listener of listeners) listener(live.getState());
  };
  return { live, settled, settle };
}

describe('asking before the page goes', () => {
  it('asks while an upload is on its way or waiting; listens from the queue\'s first change that brings one until the screen\'s store has none', () => {
    const { live: store, settled, settle } = stores();
    const { target, asks, listening } = page();
    guardLeaving({ live: store, settled }, () => false, target);
    expect([listening(), asks()]).toEqual([false, false]);
    const file = record();
    addRecords(store, [file]);
    // At once, not at the screen's next wake-up: a reload right after a drop is asked about.
    expect([listening(), asks()]).toEqual([true, true]);
    for (const status of ['uploading', 'finishing', 'attaching'] as const) {
      updateRecord(store, file.id, { status });
      expect(asks()).toBe(true);
    }
    updateRecord(store, file.id, { status: 'done' });
    // Still listening until the screen's store passes the change on; but asking no more.
    expect([listening(), asks()]).toEqual([true, false]);
    settle();
    expect([listening(), asks()]).toEqual([false, false]);
  });

  it('does not ask for failures (they wait for the user, who was told) nor for canceled files', () => {
    const { live: store, settled } = stores();
    const { target, asks, listening } = page();
    guardLeaving({ live: store, settled }, () => false, target);
    addRecords(store, [record({ status: 'failed', error: { title: 'No', retryable: true, step: 'upload' } }), record({ status: 'canceled' })]);
    expect([listening(), asks()]).toEqual([false, false]);
  });

  it('does not ask when a reload would find every upload in progress again', () => {
    const { live: store, settled } = stores();
    const { target, asks } = page();
    const kept = new Set<string>();
    guardLeaving({ live: store, settled }, (r) => kept.has(r.id), target);
    const [a, b] = [record(), record()];
    addRecords(store, [a, b]);
    kept.add(a.id);
    expect(asks()).toBe(true);
    kept.add(b.id);
    expect(asks()).toBe(false);
  });

  it('stops listening when the queue stops (the panel goes)', () => {
    const { live: store, settled, settle } = stores();
    const { target, asks, listening } = page();
    const stop = guardLeaving({ live: store, settled }, () => false, target);
    addRecords(store, [record()]);
    stop();
    expect([listening(), asks()]).toEqual([false, false]);
    addRecords(store, [record()]);
    settle();
    expect([listening(), asks()]).toEqual([false, false]);
  });
});
