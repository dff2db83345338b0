import { describe, expect, it, vi } from 'vitest';
import { createKeepingStatus, type KeepingSource, type NotKeptReason } from '../../src/features/upload/core/keeping-status';
import { createUploadPersistence } from '../../src/features/upload/core/persistence';
import { addRecords, createUploadStore, updateRecord } from '../../src/features/upload/core/store';
import type { UploadRecord } from '../../src/features/upload/core/types';
import { DB_NAME, deleteDatabase, fakePanelTimers, loadedPanel, OWNER, record } from './kept-uploads';

/** A keeper that gives each record the reason in `reasons` (by ID), and says when told to. */
function fakeSource(reasons: Record<string, NotKeptReason>) {
  const listeners = new Set<() => void>();
  const source: KeepingSource = {
    whyNotKept: (r) => reasons[r.id] ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { source, tell: () => listeners.forEach((listener) => listener()), listeners };
}

describe('keeping status: what a reload would lose, for the screen', () => {
  it('says nothing while keeping is not asked for, whatever a source says', () => {
    const status = createKeepingStatus();
    const store = createUploadStore(4);
    const a = record();
    addRecords(store, [a]);
    status.use(fakeSource({ [a.id]: 'quota' }).source);
    expect(status.summary(store.getState())).toBeNull();
    status.ask(1000);
    expect(status.summary(store.getState())).toEqual({ count: 1, reason: 'quota' });
  });

  it('counts uploads in progress only, and says one reason by a fixed order, not by count (so it does not swap as counts move)', () => {
    const status = createKeepingStatus();
    const store = createUploadStore(4);
    const [a, b, c, d, done] = Array.from({ length: 5 }, () => record());
    addRecords(store, [a!, b!, c!, d!, done!]);
    updateRecord(store, done!.id, { status: 'done', file: null });
    status.ask(1000);
    const fake = fakeSource({ [a!.id]: 'too-large', [b!.id]: 'too-large', [c!.id]: 'failed', [done!.id]: 'quota' });
    status.use(fake.source);
    expect(status.summary(store.getState())).toEqual({ count: 3, reason: 'failed' });
    // A reason of the whole database is every upload's: said first.
    const whole = fakeSource({ [a!.id]: 'too-large', [b!.id]: 'quota', [c!.id]: 'quota', [d!.id]: 'superseded' });
    status.use(whole.source);
    expect(status.summary(store.getState())).toEqual({ count: 4, reason: 'superseded' });
    expect(fake.listeners.size).toBe(0);
  });

  it('nothing to keep with (no IndexedDB): every upload in progress; stopping says nothing any more', () => {
    vi.useFakeTimers();
    try {
      const status = createKeepingStatus();
      const store = createUploadStore(4);
      addRecords(store, [record(), record()]);
      const heard = vi.fn();
      status.subscribe(heard);
      status.ask(1000);
      status.unavailable();
      expect(status.summary(store.getState())).toEqual({ count: 2, reason: 'unavailable' });
      // Listeners hear of both changes once, a moment later.
      expect(heard).not.toHaveBeenCalled();
      vi.advanceTimersByTime(100);
      expect(heard).toHaveBeenCalledTimes(1);
      const version = status.version();
      status.stop();
      expect(status.version()).toBeGreaterThan(version);
      expect(status.summary(store.getState())).toBeNull();
      vi.advanceTimersByTime(100);
      expect(heard).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a source that tells changes the version the screen reads', () => {
    const status = createKeepingStatus();
    status.ask(1000);
    const fake = fakeSource({});
    status.use(fake.source);
    const version = status.version();
    fake.tell();
    expect(status.version()).toBe(version + 1);
  });
});

describe('upload persistence says which uploads a reload would lose', () => {
  fakePanelTimers();

  const keptPanel = (namespace: string, maxStoredFileSize = 1000) => {
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace, owner: OWNER, keepFileAfterMs: 0, maxStoredFileSize });
    const told = vi.fn();
    persistence.subscribe(told);
    return { store, persistence, told };
  };
  const reasons = (persistence: ReturnType<typeof createUploadPersistence>, records: UploadRecord[]) => records.map((r) => persistence.whyNotKept(r));

  it('a browser that refuses IndexedDB (open throws): every upload, until an open succeeds', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { store, persistence, told } = keptPanel('refused');
    expect(await persistence.load()).toEqual([]);
    persistence.mirror(store);
    const drop = [record(), record()];
    addRecords(store, drop);
    await persistence.flush({ keepNow: true });
    expect(reasons(persistence, drop)).toEqual(['unavailable', 'unavailable']);
    expect(told).toHaveBeenCalled();
    // The browser lets it open again (the user allowed storage): the next write opens it, and the files are kept.
    open.mockRestore();
    told.mockClear();
    const later = record();
    addRecords(store, [later]);
    await persistence.flush({ keepNow: true });
    expect(told).toHaveBeenCalled();
    expect(reasons(persistence, [later])).toEqual([null]);
    await persistence.close();
  });

  it('a newer panel upgraded the database: every upload not on disk before, said once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { store, persistence } = await loadedPanel('superseded', 0, 1000);
    const told = vi.fn();
    persistence.subscribe(told);
    const first = record();
    addRecords(store, [first]);
    await persistence.flush({ keepNow: true });
    expect(reasons(persistence, [first])).toEqual([null]);
    expect(told).not.toHaveBeenCalled();
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(DB_NAME, 2);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    expect(told).toHaveBeenCalledTimes(1);
    // The one kept before is still found by a reload; a new one would not be.
    expect(reasons(persistence, [first, record()])).toEqual([null, 'superseded']);
    await persistence.close();
    await deleteDatabase();
  });

  it('one file: too large to keep at once, no room when IndexedDB says so; a kept file is not lost', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { store, persistence } = await loadedPanel('one-file', 0, 4);
    const told = vi.fn();
    persistence.subscribe(told);
    const big = record({ size: 5000, file: new Blob([new Uint8Array(5000)]) });
    const full = record();
    const fine = record();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.name === 'files' && key === full.id) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    addRecords(store, [big, full, fine]);
    expect(reasons(persistence, [big])).toEqual(['too-large']);
    await persistence.flush({ keepNow: true });
    expect(reasons(persistence, [big, full, fine])).toEqual(['too-large', 'quota', null]);
    expect(told).toHaveBeenCalledTimes(1);
    await persistence.close();
  });

  it('uploads dropped before mirroring began: their keeping is told as it begins', async () => {
    const { store, persistence, told } = keptPanel('before-mirror', 4);
    const big = record({ size: 5000, file: new Blob([new Uint8Array(5000)]) });
    addRecords(store, [big]);
    await persistence.load();
    expect(told).not.toHaveBeenCalled();
    persistence.mirror(store);
    expect(told).toHaveBeenCalledTimes(1);
    expect(reasons(persistence, [big])).toEqual(['too-large']);
    await persistence.close();
  });
});
