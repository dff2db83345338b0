import type { UploadState, UploadStore } from './store';
import { createFileKeeper, notKeptError, type FileKeeping } from './file-keeper';
import type { UploadRecord } from './types';
import { createLane, openUploadDb, request, writeTransaction } from './upload-db';

export { needsFileAgain, notKeptError } from './file-keeper';

/** Files up to this size are kept in IndexedDB to resume after a reload; larger ones are asked for again. */
export const DEFAULT_MAX_STORED_FILE_SIZE = 200 * 1024 * 1024;

/** A file near its turn is kept only if its upload is still unfinished this long after the drop. */
const KEEP_FILE_AFTER_MS = 500;

interface StoredRecord {
  id: string;
  /** Which panel it belongs to, and which server and account: only those restore it. */
  namespace: string;
  owner: string;
  record: Omit<UploadRecord, 'file'>;
  file?: FileKeeping;
  /** Before `file` existed: whether the file was kept. */
  hasFile?: boolean;
}

/** Worth keeping until the user dismisses it: anything not finished or canceled. */
function keeps(record: UploadRecord): boolean {
  return record.status !== 'done' && record.status !== 'canceled';
}

/** The fields whose change is worth a write. Progress is not, nor starting to send (after a
 * reload an upload that was running waits again): one write per file for its token, one when it
 * is done, not five. */
function signature(record: UploadRecord): string {
  const status = record.status === 'uploading' || record.status === 'finishing' ? 'queued' : record.status;
  return [status, record.fileToken, record.error?.title, record.attempts, record.file ? 1 : 0, record.size].join('|');
}

/** A restored record that should have had a file: failed, with the true reason it has none. */
function withoutFile(record: UploadRecord, stored: StoredRecord, maxStoredFileSize: number): UploadRecord {
  const needsFile = record.status === 'queued' || !!record.error?.retryable;
  if (record.file || record.fileToken || !needsFile) return record;
  const said = stored.file ?? (stored.hasFile ? 'kept' : 'waiting');
  // Said kept (or nothing to keep) yet missing: the browser lost it.
  const reason = said === 'kept' || said === 'none' ? 'failed' : said;
  return { ...record, status: 'failed', error: notKeptError(reason, record.size, maxStoredFileSize) };
}

export interface UploadPersistenceOptions {
  namespace: string;
  owner: string;
  maxStoredFileSize?: number;
  keepFileAfterMs?: number;
}

type RecordWrite = (uploads: IDBObjectStore) => void;

/**
 * Keeps unfinished uploads (with their files) in IndexedDB so that a reload resumes them: the
 * file, its target and its file token. Uppy's Golden Retriever restores files but forgets where
 * they were going; here the target is the point. A name stays until the user dismisses it.
 *
 * Records and files are written in two lanes that never wait for each other: a file token is on
 * disk within milliseconds, not behind a video being copied.
 */
export function createUploadPersistence({
  namespace, owner, maxStoredFileSize = DEFAULT_MAX_STORED_FILE_SIZE, keepFileAfterMs = KEEP_FILE_AFTER_MS,
}: UploadPersistenceOptions) {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => (db ??= openUploadDb());
  const recordLane = createLane('Uploads');
  const fileLane = createLane('Files of uploads');
  const files = createFileKeeper({ database, lane: fileLane, maxStoredFileSize, keepFileAfterMs, changed: putRecord });
  /** What was last written of each record (its signature): an unchanged record is not written. */
  const written = new Map<string, string>();
  /** Each live record as last seen: what a write stores, also after the store is detached. */
  const latest = new Map<string, UploadRecord>();
  /** The write that holds each record's latest change. */
  const lastWrite = new Map<string, Promise<void>>();
  /** Changes of one turn (a drop of 100 files) go into one transaction: a reload right after
   * the drop finds them all, not the first few. The latest change of a record wins. */
  let batch = new Map<string, RecordWrite>();
  let batchDone: Promise<void> | null = null;

  const writtenAs = (record: UploadRecord) => `${signature(record)}|${files.state(record.id)}`;

  function write(id: string, action: RecordWrite) {
    batch.set(id, action);
    if (!batchDone) {
      const done: Promise<void> = recordLane.run(async () => {
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

  /** The record as stored now: built when its transaction runs, so the latest state wins. */
  function stored(id: string): StoredRecord | null {
    const record = latest.get(id);
    if (!record || !keeps(record)) return null;
    const { file: _file, ...rest } = record;
    return { id, namespace, owner, record: rest, file: files.state(id) ?? 'none' };
  }

  function putRecord(id: string) {
    write(id, (uploads) => {
      const item = stored(id);
      if (item) uploads.put(item);
    });
  }

  function forget(id: string) {
    written.delete(id);
    latest.delete(id);
    files.forget(id);
    write(id, (uploads) => uploads.delete(id));
  }

  async function load(): Promise<UploadRecord[]> {
    try {
      const idb = await database();
      const tx = idb.transaction(['uploads', 'files'], 'readonly');
      const all = (await request(tx.objectStore('uploads').getAll())) as StoredRecord[];
      const mine = all.filter((s) => s.namespace === namespace && s.owner === owner);
      // Every record's file is looked for: a file lands before its record says it is kept.
      const blobs = await Promise.all(mine.map((item) => request(tx.objectStore('files').get(item.id) as IDBRequest<Blob | undefined>)));
      const restored = mine.map((item, index) => {
        const file = blobs[index] ?? null;
        const found: UploadRecord = { ...item.record, file, sent: 0, retryAt: null, status: item.record.status === 'failed' ? 'failed' : 'queued' };
        const record = withoutFile(found, item, maxStoredFileSize);
        files.restored(record.id, !!file);
        latest.set(record.id, record);
        // Written again when it changed here (now failed, with its reason): the disk says what the screen says.
        written.set(record.id, record === found ? writtenAs(record) : '');
        return record;
      });
      void forgetOrphanFiles();
      return restored.sort((a, b) => a.createdAt - b.createdAt);
    } catch (error) {
      console.warn('Uploads from before the reload could not be read', error);
      return [];
    }
  }

  /**
   * Files whose record is gone (a reload came between the two deletes): disk given back. Records
   * and files are read in the same transaction that deletes: a file kept meanwhile by another
   * panel (or tab) always has its record there, so it is never taken for an orphan.
   */
  function forgetOrphanFiles() {
    return fileLane.run(async () => {
      const idb = await database();
      await writeTransaction(idb, ['uploads', 'files'], (tx) => {
        const records = tx.objectStore('uploads').getAllKeys();
        const files = tx.objectStore('files').getAllKeys();
        files.onsuccess = () => {
          const ids = new Set((records.result ?? []).map(String));
          for (const key of files.result) if (!ids.has(String(key))) tx.objectStore('files').delete(key);
        };
      });
    });
  }

  /** Called on every change of the store (each progress event of each file): no work per record
   * that did not change, and no arrays of a 2,000-file queue's IDs. */
  function sync(state: UploadState, previous: UploadState) {
    if (state.records === previous.records) return;
    // Records leave the store only with a change of `order` (dismissed, cleared).
    if (state.order !== previous.order) {
      for (const id in previous.records) if (!(id in state.records) && latest.has(id)) forget(id);
    }
    for (const id in state.records) {
      const record = state.records[id]!;
      if (record === previous.records[id]) continue;
      if (!keeps(record)) {
        if (latest.has(id)) forget(id);
        continue;
      }
      latest.set(id, record);
      files.update(record);
      const sig = writtenAs(record);
      if (written.get(id) === sig) continue;
      written.set(id, sig);
      putRecord(id);
    }
  }

  return {
    load,
    /** Mirrors the store into IndexedDB until the returned function is called. */
    attach: (store: UploadStore) => {
      sync(store.getState(), { ...store.getState(), records: {} });
      const unsubscribe = store.subscribe(sync);
      files.attach(store);
      return () => {
        unsubscribe();
        files.detach();
      };
    },
    /** Resolves when the record's latest change is on disk (or could not be written): what an
     * attach waits for, so that after a reload its file token is known and nothing goes twice. */
    saved(id: string): Promise<void> {
      return (lastWrite.get(id) ?? Promise.resolve()).catch(() => undefined);
    },
    /** Resolves when every write so far has landed, files due for keeping (or all, `keepNow`) included. */
    async flush({ keepNow = false } = {}) {
      await files.flush({ keepNow });
      await recordLane.idle();
    },
  };
}

export type UploadPersistence = ReturnType<typeof createUploadPersistence>;
