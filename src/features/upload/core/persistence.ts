import type { UploadState, UploadStore } from './store';
import { userMessage } from '../../../domain/messages';
import type { UploadRecord } from './types';

/** Files up to this size are kept in IndexedDB to resume after a reload; larger ones are asked for again. */
export const DEFAULT_MAX_STORED_FILE_SIZE = 200 * 1024 * 1024;

const DB_NAME = 'segment-asset-panel';
const DB_VERSION = 1;

/**
 * A file goes into IndexedDB only once its upload has been unfinished this long. Writing every
 * dropped file at once would copy a 100-file drop to disk while it uploads, in its way; files
 * that finish within a second need no keeping, and those that wait get kept one by one.
 */
const KEEP_FILE_AFTER_MS = 1000;

export const CHOOSE_AGAIN_TITLE = 'Choose this file again: it was too large to keep across a reload.';

interface StoredRecord {
  id: string;
  /** Which panel it belongs to, and which server and account: only those restore it. */
  namespace: string;
  owner: string;
  record: Omit<UploadRecord, 'file'>;
  hasFile: boolean;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, DB_VERSION);
  req.onupgradeneeded = () => {
    req.result.createObjectStore('uploads', { keyPath: 'id' });
    req.result.createObjectStore('files');
  };
  return request(req);
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Worth keeping: what is still to do, or failed with a file to retry. */
function keeps(record: UploadRecord): boolean {
  if (record.status === 'done' || record.status === 'canceled') return false;
  return !(record.status === 'failed' && record.error?.step === 'check' && !record.file);
}

/** The fields whose change is worth a write; progress is not (it comes back as 0). */
function signature(record: UploadRecord): string {
  return [record.status, record.fileToken, record.error?.title, record.attempts, record.file ? 1 : 0].join('|');
}

export interface UploadPersistenceOptions {
  namespace: string;
  owner: string;
  maxStoredFileSize?: number;
  keepFileAfterMs?: number;
}

/**
 * Keeps queued and failed uploads (with their files) in IndexedDB so that a reload resumes them:
 * the file, its target and its file token. Uppy's Golden Retriever restores files but forgets
 * where they were going; here the target is the point.
 */
export function createUploadPersistence({
  namespace, owner, maxStoredFileSize = DEFAULT_MAX_STORED_FILE_SIZE, keepFileAfterMs = KEEP_FILE_AFTER_MS,
}: UploadPersistenceOptions) {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => (db ??= openDb());
  const written = new Map<string, string>();
  const fileStored = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  /** Changes of one turn (a drop of 100 files) go into one transaction: a reload right after
   * the drop finds them all, not the first few. The latest change of a record wins. */
  let batch = new Map<string, (uploads: IDBObjectStore, files: IDBObjectStore) => void>();

  function write(id: string, action: (uploads: IDBObjectStore, files: IDBObjectStore) => void) {
    const first = batch.size === 0;
    batch.set(id, action);
    if (!first) return;
    queue = queue
      .then(() => new Promise<void>((resolve) => queueMicrotask(resolve)))
      .then(async () => {
        const actions = [...batch.values()];
        batch = new Map();
        const tx = (await database()).transaction(['uploads', 'files'], 'readwrite');
        for (const act of actions) act(tx.objectStore('uploads'), tx.objectStore('files'));
        await done(tx);
      })
      .catch((error: unknown) => {
        console.warn('Uploads could not be saved for after a reload', error);
      });
  }

  async function load(): Promise<UploadRecord[]> {
    try {
      const idb = await database();
      const tx = idb.transaction(['uploads', 'files'], 'readonly');
      const stored = (await request(tx.objectStore('uploads').getAll())) as StoredRecord[];
      const mine = stored.filter((s) => s.namespace === namespace && s.owner === owner);
      const restored: UploadRecord[] = [];
      for (const item of mine) {
        const file = item.hasFile ? ((await request(tx.objectStore('files').get(item.id))) as Blob | undefined) ?? null : null;
        const record: UploadRecord = { ...item.record, file, sent: 0, retryAt: null };
        if (record.status !== 'failed') record.status = 'queued';
        if (!file && !record.fileToken) {
          Object.assign(record, {
            status: 'failed', error: { title: CHOOSE_AGAIN_TITLE, message: userMessage('refusal.chooseAgain'), retryable: false, step: 'check' },
          });
        }
        written.set(record.id, signature(record));
        if (file) fileStored.add(record.id);
        restored.push(record);
      }
      return restored.sort((a, b) => a.createdAt - b.createdAt);
    } catch (error) {
      console.warn('Uploads from before the reload could not be read', error);
      return [];
    }
  }

  function sync(state: UploadState, previous: UploadState) {
    if (state.records === previous.records) return;
    for (const id of new Set([...Object.keys(previous.records), ...Object.keys(state.records)])) {
      const record = state.records[id];
      if (record === previous.records[id]) continue;
      if (!record || !keeps(record)) {
        if (written.has(id)) {
          written.delete(id);
          fileStored.delete(id);
          write(id, (uploads, files) => {
            uploads.delete(id);
            files.delete(id);
          });
        }
        continue;
      }
      if (record.file && record.file.size <= maxStoredFileSize && !fileStored.has(id) && !waitingFiles.has(id)) {
        waitingFiles.set(id, Date.now());
        keepFilesSoon();
      }
      const sig = signature(record);
      if (written.get(id) === sig) continue;
      written.set(id, sig);
      putRecord(record);
    }
  }

  function putRecord(record: UploadRecord, withFile = false) {
    const { file, ...rest } = record;
    const { id } = record;
    const item: StoredRecord = { id, namespace, owner, record: rest, hasFile: fileStored.has(id) };
    const earlier = batch.get(id);
    write(id, (uploads, files) => {
      // A file stored by an earlier change of this same batch must still be written.
      earlier?.(uploads, files);
      uploads.put(item);
      if (withFile && file) files.put(file, id);
    });
  }

  /** Files of uploads unfinished for a while, oldest first, one per turn. */
  const waitingFiles = new Map<string, number>();
  let fileTimer: ReturnType<typeof setTimeout> | null = null;
  let attached: UploadStore | null = null;

  function keepFilesSoon(delay = Math.min(250, keepFileAfterMs)) {
    fileTimer ??= setTimeout(keepNextFile, delay);
  }

  function keepNextFile() {
    fileTimer = null;
    const now = Date.now();
    let next: [string, number] | null = null;
    for (const entry of waitingFiles) {
      const record = attached?.getState().records[entry[0]];
      if (!record || !keeps(record) || !record.file) waitingFiles.delete(entry[0]);
      else if (now - entry[1] >= keepFileAfterMs && (!next || entry[1] < next[1])) next = entry;
    }
    if (next) {
      const record = attached!.getState().records[next[0]]!;
      waitingFiles.delete(next[0]);
      fileStored.add(next[0]);
      written.set(next[0], signature(record));
      putRecord(record, true);
      // One file per turn, each in its own short transaction: the page stays responsive.
      void queue.then(() => keepFilesSoon(0));
      return;
    }
    if (waitingFiles.size > 0) keepFilesSoon();
  }

  return {
    load,
    /** Mirrors the store into IndexedDB until the returned function is called. */
    attach: (store: UploadStore) => {
      attached = store;
      sync(store.getState(), { ...store.getState(), records: {} });
      const unsubscribe = store.subscribe(sync);
      return () => {
        unsubscribe();
        if (fileTimer) clearTimeout(fileTimer);
        fileTimer = null;
        attached = null;
      };
    },
    /** Resolves when every write so far has landed, files due for keeping included. */
    async flush() {
      for (;;) {
        await queue;
        const due = [...waitingFiles.values()].some((since) => Date.now() - since >= keepFileAfterMs);
        if (!due) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}

export type UploadPersistence = ReturnType<typeof createUploadPersistence>;
