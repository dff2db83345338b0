import type { UploadState } from './store';
import type { UploadRecord } from './types';

/** Done or canceled: for good, neither ever starts again. */
const isSettled = (record: UploadRecord | undefined) => record?.status === 'done' || record?.status === 'canceled';

/**
 * How many records at the queue's start are settled, so that the runner's pump, which runs a few
 * times per file over a queue of maybe thousands, need not look at them again. Remembered with
 * the order array it was counted in: a new array that only grew keeps the count.
 */
export function createSettledPrefix() {
  let settled: { order: readonly string[]; count: number } = { order: [], count: 0 };
  return {
    count({ order, records }: UploadState): number {
      let count = settled.count;
      // Records are appended (`addRecords`) or removed (`removeRecords`): after a removal, count afresh.
      if (order !== settled.order && (order.length < settled.count || order[count - 1] !== settled.order[count - 1])) count = 0;
      while (count < order.length && isSettled(records.get(order[count]!))) count += 1;
      settled = { order, count };
      return count;
    },
    /** A record's status changes: should a settled one change (say after a host callback threw), count afresh. */
    changing(record: UploadRecord | undefined, change: Partial<UploadRecord>): void {
      if (change.status && isSettled(record)) settled = { order: [], count: 0 };
    },
  };
}
