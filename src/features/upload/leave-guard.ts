import type { UploadState } from './core/store';
import type { UploadRecord } from './core/types';

/** On its way or waiting its turn: work the queue has still to do (a failure waits for the user, who was told). */
function inProgress(record: UploadRecord): boolean {
  return record.status === 'queued' || record.status === 'uploading' || record.status === 'finishing' || record.status === 'attaching';
}

interface Watched {
  getState(): UploadState;
  subscribe(listener: (state: UploadState) => void): () => void;
}

/**
 * Asks before the page goes while leaving would lose an upload in progress: the browser's own
 * "Leave site?" (its words; a page cannot give its own), on a reload, a closed tab, or a host
 * that navigates away. An upload a reload would find again (`survives`: its file kept on disk
 * for `persist-key`, or its file token saved) does not count, so a panel that keeps uploads asks
 * only in the second before a dropped file is kept, and for files too large to keep.
 *
 * Listening only while uploads are in progress: a `beforeunload` listener keeps a page out of
 * Firefox's back-forward cache. Browsers show the question only on a page the user has clicked
 * or typed in (a drop from the desktop alone does not count).
 */
export function guardLeaving(store: Watched, survives: (record: UploadRecord) => boolean, target: EventTarget = window): () => void {
  const ask = (event: Event) => {
    const { order, records } = store.getState();
    if (!order.some((id) => {
      const record = records.get(id)!;
      return inProgress(record) && !survives(record);
    })) return;
    // The standard way, in every current browser (Chromium since 119, Firefox, Safari 11.1).
    event.preventDefault();
  };
  let listening = false;
  const follow = (state: UploadState) => {
    const busy = state.records.values().some(inProgress);
    if (busy === listening) return;
    listening = busy;
    if (busy) target.addEventListener('beforeunload', ask);
    else target.removeEventListener('beforeunload', ask);
  };
  follow(store.getState());
  const unsubscribe = store.subscribe(follow);
  return () => {
    unsubscribe();
    target.removeEventListener('beforeunload', ask);
    listening = false;
  };
}
