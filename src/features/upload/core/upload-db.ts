/**
 * The IndexedDB behind the uploads kept across a reload: `uploads` holds the records (name,
 * target, status, file token), `files` the bytes, by record ID.
 */
const DB_NAME = 'segment-asset-panel';
const DB_VERSION = 1;

export type UploadDbStore = 'uploads' | 'files';

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function openUploadDb(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, DB_VERSION);
  req.onupgradeneeded = () => {
    req.result.createObjectStore('uploads', { keyPath: 'id' });
    req.result.createObjectStore('files');
  };
  return request(req);
}

/** Runs `work` in one readwrite transaction over `stores`: all of it lands, or none. */
export async function writeTransaction(db: IDBDatabase, stores: UploadDbStore[], work: (tx: IDBTransaction) => void): Promise<void> {
  const tx = db.transaction(stores, 'readwrite');
  const finished = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  try {
    work(tx);
  } catch (error) {
    // A put that throws (a quota reached) takes the transaction's other writes with it.
    tx.abort();
    finished.catch(() => undefined);
    throw error;
  }
  await finished;
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
