import type { UploadState } from './store';

/**
 * Questions the runner's pump asks of the queue a few times per file, over a queue of maybe
 * thousands: answered without a walk over all of it.
 */

/** How many of the records with a request open (`open`: the runner's controllers) are sending bytes. */
export function sendingCount(open: Iterable<string>, { records }: UploadState): number {
  let sending = 0;
  for (const id of open) {
    const status = records.get(id)?.status;
    if (status === 'uploading' || status === 'finishing') sending += 1;
  }
  return sending;
}

/** Something waits or attaches at or after `from` (the records before it are settled): the walk stops at the first. */
export function hasWorkFrom({ order, records }: UploadState, from: number): boolean {
  for (let i = from; i < order.length; i += 1) {
    const { status } = records.get(order[i]!)!;
    if (status === 'queued' || status === 'attaching') return true;
  }
  return false;
}

/** Another file than `id` has a request open (`open`), or one waits or attaches at or after `from`: `id` is not the batch's last. */
export function othersPending(open: Iterable<string>, id: string, state: UploadState, from: number): boolean {
  for (const other of open) if (other !== id) return true;
  return hasWorkFrom(state, from);
}
