import { hasWork, type UploadState } from './core/store';
import { isInProgress, type UploadRecord } from './core/types';

interface Watched {
  getState(): UploadState;
  subscribe(listener: (state: UploadState) => void): () => void;
}

/**
 * Asks before the page goes while leaving would lose an upload in progress: the browser's own
 * "Leave site?" (its words; a page cannot give its own), on a reload, a closed tab, or a host
 * page that navigates away. An upload a reload would find again with its bytes (`survives`: its
 * record and file on disk, for `persist-key`) does not count, so a panel that keeps uploads asks
 * only in the moments before a dropped file is kept, and for files too large to keep.
 *
 * Listening only while uploads are in progress (a `beforeunload` listener keeps a page out of
 * Firefox's back-forward cache): from the first change of the queue's own store that brings one
 * (so a reload right after a drop is asked about), until the screen's store (`settled`: its
 * changes come at most every 100-300 ms, and at once when the queue ends) has none left. While
 * listening, a change of the queue costs nothing here. Browsers show the question only on a page
 * the user has clicked or typed in (a drop from the desktop alone does not count).
 */
export function guardLeaving(
  { live, settled }: { live: Watched; settled: Watched }, survives: (record: UploadRecord) => boolean, target: EventTarget = window,
): () => void {
  const ask = (event: Event) => {
    const { order, records } = live.getState();
    if (!order.some((id) => {
      const record = records.get(id)!;
      return isInProgress(record) && !survives(record);
    })) return;
    // The standard way, in every current browser (Chromium since 119, Firefox, Safari 11.1).
    event.preventDefault();
  };
  let listening = false;
  const listen = (on: boolean) => {
    if (on === listening) return;
    listening = on;
    if (on) target.addEventListener('beforeunload', ask);
    else target.removeEventListener('beforeunload', ask);
  };
  listen(hasWork(live.getState()));
  const stops = [
    live.subscribe((state) => {
      if (!listening && hasWork(state)) listen(true);
    }),
    settled.subscribe((state) => {
      if (listening && !hasWork(state)) listen(false);
    }),
  ];
  return () => {
    for (const stop of stops) stop();
    listen(false);
  };
}
