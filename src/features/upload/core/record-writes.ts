import { writeTransaction, type Lane, type StoredRecord, type UploadDb } from './upload-db';

type RecordWrite = (uploads: IDBObjectStore) => void;

/**
 * The writes of upload records. Changes of one turn (a drop of 100 files) go into one
 * transaction: a reload right after the drop finds them all, not the first few. The latest change
 * of a record wins, and what a put stores is read when its transaction runs.
 */
export function createRecordWrites(database: () => Promise<UploadDb>, lane: Lane) {
  /** The write that holds each record's latest change. */
  const lastWrite = new Map<string, Promise<void>>();
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
        try {
          await writeTransaction(await database(), ['uploads'], (tx) => {
            for (const act of actions.values()) act(tx.objectStore('uploads'));
          });
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
        if (item) uploads.put(item);
      });
    },
    delete(id: string) {
      write(id, (uploads) => uploads.delete(id));
    },
    /** Resolves when the record's latest change is on disk (or could not be written). */
    saved(id: string): Promise<void> {
      return (lastWrite.get(id) ?? Promise.resolve()).catch(() => undefined);
    },
  };
}
