import { writeTransaction, type Lane, type StoredRecord, type UploadDb } from './upload-db';

/** Writes one record's change; says what it did: stored the record, deleted it, or nothing. */
type RecordWrite = (uploads: IDBObjectStore) => 'stored' | 'deleted' | null;

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

  function write(id: string, action: RecordWrite) {
    batch.set(id, action);
    if (!batchDone) {
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
          // Committed: what the transaction did is on disk.
          for (const [key, what] of did) {
            if (what === 'stored') landed.add(key);
            else if (what === 'deleted') landed.delete(key);
          }
        } finally {
          for (const key of actions.keys()) if (lastWrite.get(key) === done) lastWrite.delete(key);
        }
      });
      batchDone = done;
    }
    lastWrite.set(id, batchDone);
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
  };
}
