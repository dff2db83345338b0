import type { UploadState, UploadStore } from './store';
import type { UploadRecord } from './types';

/** Files up to this size are kept in IndexedDB to resume after a reload; larger ones are asked for again. */
export const DEFAULT_MAX_STORED_FILE_SIZE = 200 * 1024 * 1024;

const DB_NAME = 'segment-asset-panel';
const DB_VERSION = 1;

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
}

/**
 * Keeps queued and failed uploads (with their files) in IndexedDB so that a reload resumes them:
 * the file, its target and its file token. Uppy's Golden Retriever restores files but forgets
 * where they were going; here the target is the point.
 */
export function createUploadPersistence({ namespace, owner, maxStoredFileSize = DEFAULT_MAX_STORED_FILE_SIZE }: UploadPersistenceOptions) {
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
          Object.assign(record, { status: 'failed', error: { title: CHOOSE_AGAIN_TITLE, retryable: false, step: 'check' } });
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
      const sig = signature(record);
      if (written.get(id) === sig) continue;
      written.set(id, sig);
      const storeFile = !!record.file && record.file.size <= maxStoredFileSize && !fileStored.has(id);
      if (storeFile) fileStored.add(id);
      const { file, ...rest } = record;
      const item: StoredRecord = { id, namespace, owner, record: rest, hasFile: fileStored.has(id) || storeFile };
      const earlier = batch.get(id);
      write(id, (uploads, files) => {
        // A file stored by an earlier change of this same batch must still be written.
        earlier?.(uploads, files);
        uploads.put(item);
        if (storeFile && file) files.put(file, id);
      });
    }
  }

  return {
    load,
    /** Mirrors the store into IndexedDB until the returned function is called. */
    attach: (store: UploadStore) => {
      sync(store.getState(), { ...store.getState(), records: {} });
      return store.subscribe(sync);
    },
    /** Resolves when every write so far has landed. */
    flush: () => queue,
  };
}

export type UploadPersistence = ReturnType<typeof createUploadPersistence>;
