import { UploadDbUnavailable, writeTransaction, type Lane, type StoredRecord, type UploadDb } from './upload-db';

/** Writes one record's change; says what it did: stored the record, deleted it, or nothing. */
type RecordWrite = (uploads: IDBObjectStore) => 'stored' | 'deleted' | null;

/**
 * A transaction that failed (IndexedDB busy or briefly broken, the connection closed under it)
 * is tried again after this long, then twice as long each time, this many times at most; each
 * new change starts the count again. Without it, a record whose write failed once was not on
 * disk until it changed again: a file token written in vain, and after a reload the file sent
 * twice, or a queued file not found at all.
 */
export const RETRY_FIRST_MS = 1000;
export const RETRIES = 5;

/** What a record's own value can make a put throw (it cannot be cloned, or has no valid key): no retry helps. */
const REFUSED_RECORD = new Set(['DataCloneError', 'DataError']);

interface Retry {
  timer: ReturnType<typeof setTimeout>;
  /** Settles with the transaction that carries the retried changes. */
  done: Promise<void>;
  start(transaction: Promise<void>): void;
}

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
  let retry: Retry | null = null;
  /** Transactions failed since the last change or success. */
  let failures = 0;
  let stopped = false;
  /** Times the database was lost (deleted): a transaction that began before wrote into the old one. */
  let losses = 0;

  /** Failed changes go again, unless a newer change of the same record is already waiting. */
  function again(actions: Map<string, RecordWrite>) {
    const carried: string[] = [];
    for (const [key, act] of actions) {
      if (batch.has(key)) continue;
      batch.set(key, act);
      carried.push(key);
    }
    failures += 1;
    // A newer change queued a transaction already: they go with it. (No retry waits here: a
    // retry is only set while nothing is queued, and cleared when a transaction is queued.)
    let next = batchDone;
    if (!next && !stopped && failures <= RETRIES) {
      let start!: (transaction: Promise<void>) => void;
      const done = new Promise<void>((resolve) => { start = resolve; });
      done.catch(() => undefined);
      const timer = setTimeout(() => void writeBatch().catch(() => undefined), RETRY_FIRST_MS * 2 ** (failures - 1));
      retry = { timer, done, start };
      next = done;
    }
    // An attach waiting for its file token on disk waits for the retry (at most its own limit).
    if (next) for (const key of carried) lastWrite.set(key, next);
  }

  /** The transaction that writes what waits in `batch` (queued once per turn). */
  function writeBatch(): Promise<void> {
    if (batchDone) return batchDone;
    const waiting = retry;
    retry = null;
    if (waiting) clearTimeout(waiting.timer);
    const done: Promise<void> = lane.run(async () => {
      await Promise.resolve();
      const actions = batch;
      batch = new Map();
      batchDone = null;
      const did = new Map<string, 'stored' | 'deleted' | null>();
      const lossesBefore = losses;
      try {
        await writeTransaction(await database(), ['uploads'], (tx) => {
          const uploads = tx.objectStore('uploads');
          for (const [key, act] of actions) {
            try {
              did.set(key, act(uploads));
            } catch (error) {
              // One record IndexedDB cannot take: the others still go, and it is not tried again.
              if (!REFUSED_RECORD.has((error as { name?: string }).name ?? '')) throw error;
              actions.delete(key);
              if (lastWrite.get(key) === done) lastWrite.delete(key);
              console.warn('An upload could not be saved for after a reload', error);
            }
          }
        });
        failures = 0;
        // Committed: what the transaction did is on disk (unless that database was deleted
        // meanwhile: the records are written again into the new one, and count once there).
        if (losses === lossesBefore) for (const [key, what] of did) {
          if (what === 'stored') landed.add(key);
          else if (what === 'deleted') landed.delete(key);
        }
      } catch (error) {
        // No database for this page any more (its panel closed, or a newer one upgraded it): no retry helps.
        if (!(error instanceof UploadDbUnavailable)) again(actions);
        throw error;
      } finally {
        for (const key of actions.keys()) if (lastWrite.get(key) === done) lastWrite.delete(key);
      }
    });
    batchDone = done;
    waiting?.start(done);
    return done;
  }

  function write(id: string, action: RecordWrite) {
    batch.set(id, action);
    failures = 0;
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
    /** The database was deleted: nothing is on disk any more. */
    lost() {
      losses += 1;
      landed.clear();
    },
    /**
     * Resolves when the record's latest change is on disk, or could not be written and will not
     * be tried again by itself (a failed write's retries are waited for: the caller, an attach,
     * bounds its own wait).
     */
    async saved(id: string): Promise<void> {
      for (let write = lastWrite.get(id); write;) {
        try {
          await write;
          return;
        } catch {
          const next = lastWrite.get(id);
          write = next === write ? undefined : next;
        }
      }
    },
    /** No more timed retries (the panel is leaving): what waits for one goes once more, now. */
    stop() {
      stopped = true;
      if (batch.size > 0 || retry) void writeBatch().catch(() => undefined);
    },
  };
}
