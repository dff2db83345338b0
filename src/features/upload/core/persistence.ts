import { RecordTable, type UploadState, type UploadStore } from './store';
import { createFileKeeper, notKeptError } from './file-keeper';
import type { NotKeptReason } from './keeping-status';
import { DEFAULT_MAX_STORED_FILE_SIZE } from './keeping';
import { diffRecords, keeps, signature } from './persistence-diff';
import { createRecordWrites } from './record-writes';
import type { UploadRecord } from './types';
import { createLane, openUploadDb, readStored, UploadDbUnavailable, writeTransaction, type FileKeeping, type StoredRecord, type UploadDb } from './upload-db';

const NEWER_VERSION = 'A newer version of the panel, in another tab, upgraded the uploads kept for a reload: reload this page to keep them again.';

/** A file near its turn is kept only if its upload is still unfinished this long after the drop. */
const KEEP_FILE_AFTER_MS = 500;

/** A file's keeping that a reload would lose, for good (not `waiting`: that one is kept soon). */
function lostByReload(state: FileKeeping | undefined): state is 'too-large' | 'quota' | 'failed' {
  return state === 'too-large' || state === 'quota' || state === 'failed';
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

/**
 * Keeps unfinished uploads (with their files) in IndexedDB so that a reload resumes them: the
 * file, its target and its file token. Uppy's Golden Retriever restores files but forgets where
 * they were going; here the target is the point. A name stays until the user dismisses it.
 *
 * Records and files are written in two lanes that never wait for each other: a file token is on
 * disk within milliseconds, not behind a video being copied. The parts: `upload-db` (IndexedDB),
 * `persistence-diff` (which changes are worth a write), `record-writes` (one transaction a turn),
 * `file-keeper` (the bytes, a little after the drop).
 */
export function createUploadPersistence({
  namespace, owner, maxStoredFileSize = DEFAULT_MAX_STORED_FILE_SIZE, keepFileAfterMs = KEEP_FILE_AFTER_MS,
}: UploadPersistenceOptions) {
  let db: Promise<UploadDb> | null = null;
  let closed = false;
  /** A newer panel upgraded the database: this page's code cannot open it any more. */
  let superseded = false;
  /** The last open of the database failed (the browser refuses one, or is out of room): until one succeeds. */
  let failing = false;
  /** Times the database was deleted (or closed by the browser) under this page. */
  let losses = 0;
  /** Who hears that uploads are no longer kept (the screen): see `whyNotKept`. */
  const listeners = new Set<() => void>();
  const tell = () => {
    for (const listener of [...listeners]) listener();
  };
  const setFailing = (now: boolean) => {
    if (failing === now) return;
    failing = now;
    tell();
  };
  /**
   * The connection, opened on first use, and again after one that failed to open or was closed;
   * none once the panel is closed, or once a newer version of the database exists (this page's
   * code cannot open it: trying again for every file would only fail again).
   */
  const database = (): Promise<UploadDb> => {
    if (closed) return Promise.reject(new UploadDbUnavailable('The uploads kept for a reload were closed with their panel.'));
    if (superseded) return Promise.reject(new UploadDbUnavailable(NEWER_VERSION));
    if (db) return db;
    const forget = () => {
      if (db === opening) db = null;
    };
    let opening: Promise<UploadDb>;
    try {
      opening = openUploadDb((gone) => {
        forget();
        if (gone) writeAllAgain();
        else supersede();
      });
    } catch (error) {
      // Some browsers refuse at once (storage blocked: a SecurityError), others through the request.
      opening = Promise.reject(error);
    }
    opening.then(() => setFailing(false), (error: unknown) => {
      forget();
      if ((error as { name?: string }).name === 'VersionError') supersede();
      else setFailing(true);
    });
    db = opening;
    return opening;
  };
  function supersede() {
    superseded = true;
    tell();
  }
  const recordLane = createLane('Uploads');
  const fileLane = createLane('Files of uploads');
  const writes = createRecordWrites(database, recordLane);
  const files = createFileKeeper({
    database, lane: fileLane, maxStoredFileSize, keepFileAfterMs,
    changed(id) {
      putRecord(id);
      if (lostByReload(files.state(id))) tell();
    },
  });
  /** What was last written of each record (its signature): an unchanged record is not written. */
  const written = new Map<string, string>();
  /** Each live record as last seen: what a write stores, also after the store is no longer mirrored. */
  const latest = new Map<string, UploadRecord>();

  const writtenAs = (record: UploadRecord) => `${signature(record)}|${files.state(record.id)}`;

  /** The record as stored now: built when its transaction runs, so the latest state wins. */
  function stored(id: string): StoredRecord | null {
    const record = latest.get(id);
    if (!record || !keeps(record)) return null;
    const { file: _file, ...rest } = record;
    return { id, namespace, owner, record: rest, file: files.state(id) ?? 'none' };
  }

  function putRecord(id: string) {
    writes.put(id, () => stored(id));
  }

  /**
   * The database was deleted (by another tab) or closed by the browser (its storage cleared,
   * maybe): what it held is gone, as far as we know. Every live record is written again, and
   * every kept file kept again, into the database as it is opened next.
   */
  function writeAllAgain() {
    losses += 1;
    writes.lost();
    files.lost();
    for (const id of latest.keys()) putRecord(id);
  }

  function forget(id: string) {
    written.delete(id);
    latest.delete(id);
    files.forget(id);
    writes.delete(id);
  }

  async function load(): Promise<UploadRecord[]> {
    const lossesBefore = losses;
    try {
      const mine = await readStored(await database(), (s) => s.namespace === namespace && s.owner === owner);
      const restored = mine.map(({ stored: item, file }) => {
        const found: UploadRecord = { ...item.record, file, sent: 0, retryAt: null, status: item.record.status === 'failed' ? 'failed' : 'queued' };
        const record = withoutFile(found, item, maxStoredFileSize);
        files.restored(record.id, !!file);
        writes.found(record.id);
        latest.set(record.id, record);
        // Written again when it changed here (now failed, with its reason): the disk says what the screen says.
        written.set(record.id, record === found ? writtenAs(record) : '');
        return record;
      });
      // Deleted while it was read: what was read is no longer on disk, and goes there again.
      if (losses !== lossesBefore) writeAllAgain();
      else void forgetOrphanFiles();
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
      if (closed) return;
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

  const changes = {
    mirrored: (id: string) => latest.has(id),
    gone: forget,
    changed(record: UploadRecord) {
      latest.set(record.id, record);
      files.update(record);
      const sig = writtenAs(record);
      if (written.get(record.id) === sig) return;
      written.set(record.id, sig);
      putRecord(record.id);
    },
  };
  const sync = (state: UploadState, previous: UploadState) => diffRecords(state, previous, changes);
  let stopMirroring = () => {};

  return {
    load,
    /** Mirrors the store into IndexedDB until the returned function (or `close`) is called. */
    mirror(store: UploadStore): () => void {
      sync(store.getState(), { ...store.getState(), records: RecordTable.empty });
      // The uploads dropped before mirroring began now have their keeping (too large, say).
      tell();
      const unsubscribe = store.subscribe(sync);
      files.start(store);
      stopMirroring = () => {
        unsubscribe();
        files.stop();
      };
      return stopMirroring;
    },
    /**
     * The panel is gone: mirroring stops, what is queued lands, then the connection is closed
     * (a host that mounts and removes panels all day keeps none of them open).
     */
    async close(): Promise<void> {
      stopMirroring();
      // The files being kept now are kept (no next batch starts); their records say so.
      await files.settled();
      writes.stop();
      // Until nothing more is queued: a write that lands may queue another.
      for (let tails: Promise<void>[] = []; tails[0] !== recordLane.idle() || tails[1] !== fileLane.idle();) {
        tails = [recordLane.idle(), fileLane.idle()];
        await Promise.all(tails);
      }
      closed = true;
      const open = db;
      db = null;
      (await open?.catch(() => null))?.close();
    },
    /**
     * Whether a reload now would find this upload again with its bytes: its record and its file
     * both on disk. (Not a file token alone: after a closed tab the panel may come back hours
     * later, when the token is long expired, and without the bytes the upload is lost.)
     */
    survivesReload: (record: UploadRecord) => files.state(record.id) === 'kept' && writes.onDisk(record.id),
    /**
     * Why a reload now would lose this upload for good, or null (kept, being kept in a moment, or
     * nothing to keep). The screen says it: without it, only the browser's "Leave site?" would.
     */
    whyNotKept(record: UploadRecord): NotKeptReason | null {
      const state = files.state(record.id);
      // On disk before the database went away (or stopped opening): a reload still finds it.
      if (state === 'kept' && writes.onDisk(record.id)) return null;
      if (superseded) return 'superseded';
      if (failing) return 'unavailable';
      return lostByReload(state) ? state : null;
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Resolves when the record's latest change is on disk (or could not be written): what an
     * attach waits for, so that after a reload its file token is known and nothing goes twice. */
    saved: writes.saved,
    /** Resolves when every write so far has landed, files due for keeping (or all, `keepNow`) included. */
    async flush({ keepNow = false } = {}) {
      await files.flush({ keepNow });
      await recordLane.idle();
    },
  };
}

export type UploadPersistence = ReturnType<typeof createUploadPersistence>;
