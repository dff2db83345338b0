import { isInProgress, type UploadRecord } from './types';
import type { UploadState } from './store';

/**
 * Why an upload in progress would be lost by a reload, in a panel asked to keep uploads:
 * `unavailable`, the browser gives the panel no database (none, or it fails to open);
 * `superseded`, a newer panel in another tab upgraded it; the rest are one file's, as the file
 * keeper found them (over the size kept, no room left, refused otherwise).
 */
export type NotKeptReason = 'unavailable' | 'superseded' | 'too-large' | 'quota' | 'failed';

/** What keeps uploads (core/persistence), as far as the screen needs it. */
export interface KeepingSource {
  /** Null: kept, or about to be (a file is copied a moment after its drop), or nothing to keep. */
  whyNotKept(record: UploadRecord): NotKeptReason | null;
  /** Hears when an answer of `whyNotKept` may have become a reason. */
  subscribe(listener: () => void): () => void;
}

/** What a reload would lose now: how many uploads in progress, and the reason said for them (see SAID_FIRST). */
export interface NotKeptSummary {
  count: number;
  reason: NotKeptReason;
}

/**
 * Which reason is said when uploads have several: those of the whole database first (they are
 * every upload's), then the ones the user can least foresee. A fixed order, so that the reason
 * said changes only when one goes or comes, not as the counts move.
 */
const SAID_FIRST: readonly NotKeptReason[] = ['superseded', 'unavailable', 'quota', 'failed', 'too-large'];

/** Listeners hear of changes at most this often: a batch of files refused one by one is one wake-up. */
const TELL_EVERY_MS = 100;

/**
 * Whether the uploads of a panel asked to keep them are kept, for the screen: the kit says when
 * keeping was asked for and what does it (or that nothing can), and a notice reads it. Nothing
 * is asked (no `persist-key`): nothing to say, and nothing here costs anything.
 */
export function createKeepingStatus() {
  let asked: { maxStoredFileSize: number } | null = null;
  let source: KeepingSource | null = null;
  let unavailable = false;
  let version = 0;
  let stopListening = () => {};
  const listeners = new Set<() => void>();
  let telling: ReturnType<typeof setTimeout> | null = null;
  const changed = () => {
    version += 1;
    telling ??= setTimeout(() => {
      telling = null;
      for (const listener of [...listeners]) listener();
    }, TELL_EVERY_MS);
  };
  const whyNotKept = (record: UploadRecord): NotKeptReason | null => {
    if (!asked) return null;
    if (unavailable) return 'unavailable';
    return source?.whyNotKept(record) ?? null;
  };

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Changes whenever an answer may have (listeners hear of it within 0.1 s): for useSyncExternalStore. */
    version: () => version,
    /** The largest file kept across a reload, while keeping is asked for. */
    maxStoredFileSize: () => asked?.maxStoredFileSize ?? 0,
    /** Keeping is asked for; what does it comes later (its code loads on first use). */
    ask(maxStoredFileSize: number) {
      asked = { maxStoredFileSize };
      changed();
    },
    /** What keeps the uploads from now on. */
    use(next: KeepingSource) {
      stopListening();
      source = next;
      stopListening = next.subscribe(changed);
      changed();
    },
    /** Nothing can keep them in this browser (no IndexedDB, or its code did not load). */
    unavailable() {
      unavailable = true;
      changed();
    },
    /** The panel stopped: nothing asked any more. */
    stop() {
      stopListening();
      stopListening = () => {};
      asked = null;
      source = null;
      unavailable = false;
      changed();
    },
    /** The uploads in progress a reload would lose now, with the reason said first (see SAID_FIRST), or null. */
    summary(state: UploadState): NotKeptSummary | null {
      if (!asked) return null;
      let count = 0;
      let said = SAID_FIRST.length;
      for (const id of state.order) {
        const record = state.records.get(id)!;
        if (!isInProgress(record)) continue;
        const reason = whyNotKept(record);
        if (!reason) continue;
        count += 1;
        said = Math.min(said, SAID_FIRST.indexOf(reason));
      }
      return count === 0 ? null : { count, reason: SAID_FIRST[said]! };
    },
  };
}

export type KeepingStatus = ReturnType<typeof createKeepingStatus>;
