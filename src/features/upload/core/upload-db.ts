import { openDB, unwrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { UploadRecord } from './types';

/**
 * The IndexedDB behind the uploads kept across a reload: `uploads` holds the records (name,
 * target, status, file token), `files` the bytes, by record ID.
 */
const DB_NAME = 'segment-asset-panel';
const DB_VERSION = 1;

/**
 * What became of a record's file. `waiting`: not kept yet (a reload now loses it, and says so);
 * `too-large`: over the size that is kept; `quota`: the browser had no room; `failed`: IndexedDB
 * refused it otherwise; `none`: nothing to keep (no file, or one that will not be sent again).
 */
export type FileKeeping = 'kept' | 'waiting' | 'too-large' | 'quota' | 'failed' | 'none';
export type NotKept = Exclude<FileKeeping, 'kept' | 'none'>;

export interface StoredRecord {
  id: string;
  /** Which panel it belongs to, and which server and account: only those restore it. */
  namespace: string;
  owner: string;
  record: Omit<UploadRecord, 'file'>;
  file?: FileKeeping;
  /** Before `file` existed: whether the file was kept. */
  hasFile?: boolean;
}

interface UploadDbSchema extends DBSchema {
  uploads: { key: string; value: StoredRecord };
  files: { key: string; value: Blob };
}

export type UploadDb = IDBPDatabase<UploadDbSchema>;
export type UploadDbStore = 'uploads' | 'files';

/** No database for this page: its panel was closed, or a newer panel in another tab upgraded it. */
export class UploadDbUnavailable extends Error {
  override name = 'UploadDbUnavailable';
}

/**
 * Opens the database. `closed` hears that the connection is no longer usable: closed here
 * because another tab upgrades the database (a panel left open must not block it) or deletes it
 * (`gone`), or closed by the browser (its storage cleared, maybe: `gone` too, as far as we know).
 */
export function openUploadDb(closed: (gone: boolean) => void = () => {}): Promise<UploadDb> {
  return openDB<UploadDbSchema>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('uploads', { keyPath: 'id' });
      db.createObjectStore('files');
    },
    blocking(_current, next, event) {
      (event.target as IDBDatabase).close();
      closed(next === null);
    },
    terminated: () => closed(true),
  });
}

/** A panel's stored records, each with its file if one was kept: one read-only transaction. */
export async function readStored(db: UploadDb, mine: (stored: StoredRecord) => boolean): Promise<{ stored: StoredRecord; file: Blob | null }[]> {
  const tx = db.transaction(['uploads', 'files'], 'readonly');
  const records = (await tx.objectStore('uploads').getAll()).filter(mine);
  // Every record's file is looked for: a file lands before its record says it is kept.
  // Read together with the transaction's end: a failed read must not leave tx.done to reject unheard.
  const [files] = await Promise.all([Promise.all(records.map((stored) => tx.objectStore('files').get(stored.id))), tx.done]);
  return records.map((stored, index) => ({ stored, file: files[index] ?? null }));
}

/**
 * Runs `work` in one readwrite transaction over `stores`: all of it lands, or none. `work` makes
 * plain requests (the transaction's end says how they all went, so no promise per write is left
 * to reject unheard); a request that throws (a quota reached) takes the others with it.
 */
export async function writeTransaction(db: UploadDb, stores: UploadDbStore[], work: (tx: IDBTransaction) => void): Promise<void> {
  const tx = db.transaction(stores, 'readwrite');
  try {
    work(unwrap(tx));
  } catch (error) {
    tx.abort();
    tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
}

/** Tasks that run one after another; a failure is logged (or left to the caller) and the next runs. */
export function createLane(what: string) {
  let tail: Promise<void> = Promise.resolve();
  return {
    run(task: () => Promise<void>, report = true): Promise<void> {
      const run = tail.then(task);
      tail = run.catch((error: unknown) => {
        if (report) console.warn(`${what} could not be saved for after a reload`, error);
      });
      return run;
    },
    /** Resolves when every task so far has run. */
    idle: () => tail,
  };
}

export type Lane = ReturnType<typeof createLane>;
