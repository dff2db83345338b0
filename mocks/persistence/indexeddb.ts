import type { MediaRecord, MockPersistence, StoredAsset } from '../store/state';

const DB_NAME = 'wordbee-mock';
const VERSION = 1;
const STORES = ['assets', 'media', 'meta'] as const;

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const name of STORES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
  };
  return promisify(request);
}

type Write = { store: (typeof STORES)[number]; action: (s: IDBObjectStore) => void };

/**
 * The browser mock keeps its assets (with their bytes) in IndexedDB, so a reload keeps them.
 * Writes made in the same turn share one transaction (seeding 1,000 assets is one write).
 */
export function indexedDbPersistence(): MockPersistence {
  const db = open();
  let pending: Write[] = [];
  let flushing: Promise<void> = Promise.resolve();

  function drain(): Promise<void> {
    const writes = pending;
    pending = [];
    if (writes.length === 0) return Promise.resolve();
    return db.then((idb) => new Promise<void>((resolve, reject) => {
      const tx = idb.transaction([...STORES], 'readwrite');
      for (const write of writes) write.action(tx.objectStore(write.store));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    }));
  }

  /** Queues a write; resolves when its batch, and so every earlier write, has landed. */
  function run(store: Write['store'], action: Write['action']): Promise<void> {
    const first = pending.length === 0;
    pending.push({ store, action });
    if (first) flushing = flushing.catch(() => undefined).then(() => new Promise<void>((resolve) => queueMicrotask(resolve))).then(drain);
    return flushing;
  }

  async function entries<T>(store: string): Promise<[string, T][]> {
    const tx = (await db).transaction(store, 'readonly');
    const [keys, values] = await Promise.all([
      promisify(tx.objectStore(store).getAllKeys()),
      promisify(tx.objectStore(store).getAll()),
    ]);
    return keys.map((key, i) => [String(key), values[i] as T]);
  }

  return {
    putAsset: (key, asset) => run('assets', (s) => s.put(asset, key)),
    deleteAsset: (key) => run('assets', (s) => s.delete(key)),
    putMedia: (media) => run('media', (s) => s.put(media, media.token)),
    deleteMedia: (token) => run('media', (s) => s.delete(token)),
    markSeeded: () => run('meta', (s) => s.put(true, 'seeded')),
    async load() {
      const tx = (await db).transaction('meta', 'readonly');
      const seeded = await promisify(tx.objectStore('meta').get('seeded'));
      if (!seeded) return null;
      return {
        assets: await entries<StoredAsset>('assets'),
        media: (await entries<MediaRecord>('media')).map(([, media]) => media),
      };
    },
    async clear() {
      // Queued in the same turn, the three clears share one transaction.
      await Promise.all(STORES.map((store) => run(store, (s) => s.clear())));
    },
    flush: () => flushing,
  };
}
