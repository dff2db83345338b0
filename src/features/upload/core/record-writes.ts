import { writeTransaction, type Lane, type StoredRecord, type UploadDb } from './upload-db';

/** Writes one record's change; says what it did: stored the record, deleted it, or nothing. */
type RecordWrite = (uploads: IDBObjectStore) => 'stored' | 'deleted' | null;

/**
 * A transaction that failed (IndexedDB busy or briefly broken, the connection closed under it)
 * is tried again after this long, then twice as long each time, this many times at most; after
 * that, the next change of any record tries again. Without it, a record whose write failed once
 * was not on disk until it changed again: a file token written in vain, and after a reload the
 * file sent twice, or a queued file not found at all.
 */
export const RETRY_FIRST_MS = 1000;
export const RETRIES = 5;

/**
 * The writes of upload records. Changes of one turn (a drop of 100 files) go into one
 * transaction: a reload right after the drop finds them all, not the first few. The latest change
 * of a record wins, and what a put stores is read when its transaction runs.
 */
export function createRecordWrites(database: () => Promise<UploadDb>, lane: Lane) {
  /** The write that holds each record's latest change. */
  const lastWrite = new Map<string, Promise<void>>();
  /** Records a committed transaction stored, and not deleted since: what a reload would find. */
  const landed = new Set<string>();
  let batch = new Map<string, RecordWrite>();
  let batchDone: Promise<void> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Transactions failed in a row. */
  let failures = 0;
  let stopped = false;

  /** Failed changes go again, unless a newer change of the same record is already waiting. */
  function again(actions: Map<string, RecordWrite>) {
    for (const [key, act] of actions) if (!batch.has(key)) batch.set(key, act);
    failures += 1;
    // A newer change queued a transaction already: they go with it.
    if (batchDone || retryTimer || stopped || failures > RETRIES) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (batch.size > 0) void writeBatch().catch(() => undefined);
    }, RETRY_FIRST_MS * 2 ** (failures - 1));
  }

  /** The transaction that writes what waits in `batch` (queued once per turn). */
  function writeBatch(): Promise<void> {
    if (batchDone) return batchDone;
    // A change while a retry waits: everything goes now.
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    const done: Promise<void> = lane.run(async () => {
      await Promise.resolve();
      const actions = batch;
      batch = new Map();
      batchDone = null;
      const did = new Map<string, 'stored' | 'deleted' | null>();
      try {
        await writeTransaction(await database(), ['uploads'], (tx) => {
          for (const [key, act] of actions) did.set(key, act(tx.objectStore('uploads')));
        });
        failures = 0;
        // Committed: what the transaction did is on disk.
        for (const [key, what] of did) {
          if (what === 'stored') landed.add(key);
          else if (what === 'deleted') landed.delete(key);
        }
      } catch (error) {
        again(actions);
        throw error;
      } finally {
        for (const key of actions.keys()) if (lastWrite.get(key) === done) lastWrite.delete(key);
      }
    });
    batchDone = done;
    return done;
  }

  function write(id: string, action: RecordWrite) {
    batch.set(id, action);
    lastWrite.set(id, writeBatch());
  }

  return {
    /** Stores what `stored()` gives when the transaction runs (nothing, if it gives null). */
    put(id: string, stored: () => StoredRecord | null) {
      write(id, (uploads) => {
        const item = stored();
        if (!item) return null;
        uploads.put(item);
        return 'stored';
      });
    },
    delete(id: string) {
      write(id, (uploads) => {
        uploads.delete(id);
        return 'deleted';
      });
    },
    /** Whether a transaction that committed stored this record (a reload would find it). */
    onDisk: (id: string) => landed.has(id),
    /** A record read from disk (after a reload): it is there. */
    found(id: string) {
      landed.add(id);
    },
    /** Resolves when the record's latest change is on disk (or could not be written). */
    saved(id: string): Promise<void> {
      return (lastWrite.get(id) ?? Promise.resolve()).catch(() => undefined);
    },
    /** No more timed retries (the panel is gone); what is queued still runs. */
    stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
    },
  };
}
