import { createStore } from 'zustand/vanilla';
import { RecordTable } from './record-table';
import { isInProgress, type UploadRecord } from './types';

export { RecordTable } from './record-table';

export type QueuePause =
  | { reason: 'throttled'; until: number }
  | { reason: 'session' }
  /** A request got no answer. `confirmed`: the server did not answer a probe either (an outage,
   * not one lost request); `nextProbeAt`: when it is asked again, null while a probe runs. */
  | { reason: 'offline'; confirmed: boolean; nextProbeAt: number | null };

export interface UploadState {
  /** Record IDs in the order they were dropped. */
  order: string[];
  records: RecordTable;
  pause: QueuePause | null;
  /** How many uploads may run now: the configured concurrency, or less while ramping up after a 429. */
  limit: number;
}

/** One store per panel (created inside its provider), so two panels never share a queue. */
export function createUploadStore(concurrency: number) {
  return createStore<UploadState>(() => ({ order: [], records: RecordTable.empty, pause: null, limit: concurrency }));
}

export type UploadStore = ReturnType<typeof createUploadStore>;

/**
 * For each records object made by `updateRecord`: the one it was made from, and the record
 * changed. The older one is held weakly: held strongly, each table kept the one before it alive,
 * and that one the one before (every table of a batch, about 5,000 arrays of 1,000 records for
 * 1,000 files), a chain of weak-map entries that each major garbage collection walked one by one
 * (16-25 ms of a 50-66 ms task at the end of a 1,000-file upload).
 */
const singleChanges = new WeakMap<UploadState['records'], { from: WeakRef<UploadState['records']>; id: string }>();

/**
 * The one record changed between two records objects, when the newer one was made from the older
 * by `updateRecord`; else undefined. A listener that looks at changed records (persistence) need
 * not look at a thousand records for each progress event of one file.
 */
export function singleChange(records: UploadState['records'], previous: UploadState['records']): string | undefined {
  const change = singleChanges.get(records);
  return change && change.from.deref() === previous ? change.id : undefined;
}

export function updateRecord(store: UploadStore, id: string, change: Partial<UploadRecord>): void {
  store.setState((state) => {
    const record = state.records.get(id);
    if (!record) return state;
    const records = state.records.with({ ...record, ...change });
    singleChanges.set(records, { from: new WeakRef(state.records), id });
    return { records };
  });
}

export function addRecords(store: UploadStore, records: UploadRecord[]): void {
  if (records.length === 0) return;
  store.setState((state) => {
    return { records: state.records.added(records), order: [...state.order, ...records.map((r) => r.id)] };
  });
}

export function removeRecords(store: UploadStore, ids: string[]): void {
  const gone = new Set(ids);
  store.setState((state) => {
    return { records: state.records.without(gone), order: state.order.filter((id) => !gone.has(id)) };
  });
}

export function recordsOf(state: UploadState): UploadRecord[] {
  return state.order.map((id) => state.records.get(id)!).filter(Boolean);
}

export interface UploadTotals {
  /** Files that count: all but the canceled ones. */
  files: number;
  done: number;
  failed: number;
  active: number;
  queued: number;
  bytes: number;
  sentBytes: number;
}

export function uploadTotals(state: UploadState): UploadTotals {
  const totals: UploadTotals = { files: 0, done: 0, failed: 0, active: 0, queued: 0, bytes: 0, sentBytes: 0 };
  for (const id of state.order) {
    const record = state.records.get(id)!;
    if (record.status === 'canceled') continue;
    totals.files += 1;
    totals.bytes += record.size;
    if (record.status === 'done') {
      totals.done += 1;
      totals.sentBytes += record.size;
      continue;
    }
    totals.sentBytes += record.fileToken ? record.size : record.sent;
    if (record.status === 'failed') totals.failed += 1;
    else if (record.status === 'queued') totals.queued += 1;
    else totals.active += 1;
  }
  return totals;
}

/** Something still to do (waiting or on its way): worth pausing for when the browser goes offline. */
export function hasWork(state: UploadState): boolean {
  return state.records.values().some(isInProgress);
}
