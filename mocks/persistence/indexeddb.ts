import type { MediaRecord, MockPersistence, StoredAsset } from '../store/state';

const DB_NAME = 'wordbee-mock';
const VERSION = 1;

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
    for (const name of ['assets', 'media', 'meta']) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
  };
  return promisify(request);
}

/** The browser mock keeps its assets (with their bytes) in IndexedDB, so a reload keeps them. */
export function indexedDbPersistence(): MockPersistence {
  const db = open();

  async function run(store: string, mode: IDBTransactionMode, action: (s: IDBObjectStore) => void): Promise<void> {
    const tx = (await db).transaction(store, mode);
    action(tx.objectStore(store));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
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
    putAsset: (key, asset) => run('assets', 'readwrite', (s) => s.put(asset, key)),
    deleteAsset: (key) => run('assets', 'readwrite', (s) => s.delete(key)),
    putMedia: (media) => run('media', 'readwrite', (s) => s.put(media, media.token)),
    deleteMedia: (token) => run('media', 'readwrite', (s) => s.delete(token)),
    markSeeded: () => run('meta', 'readwrite', (s) => s.put(true, 'seeded')),
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
      for (const store of ['assets', 'media', 'meta']) await run(store, 'readwrite', (s) => s.clear());
    },
  };
}
