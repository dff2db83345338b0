import { openDB, unwrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { MediaRecord, MockPersistence, StoredAsset } from '../store/state';

const DB_NAME = 'wordbee-mock';
const VERSION = 1;
const STORES = ['assets', 'media', 'meta'] as const;

interface MockDbSchema extends DBSchema {
  assets: { key: string; value: StoredAsset };
  media: { key: string; value: MediaRecord };
  meta: { key: string; value: boolean };
}

function open(): Promise<IDBPDatabase<MockDbSchema>> {
  return openDB<MockDbSchema>(DB_NAME, VERSION, {
    upgrade(db) {
      for (const name of STORES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
    },
  });
}

/** A write inside the batch's transaction: a plain request, whose outcome the transaction's end reports. */
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
    return db.then((idb) => {
      const tx = idb.transaction([...STORES], 'readwrite');
      const raw = unwrap(tx);
      for (const write of writes) write.action(raw.objectStore(write.store));
      return tx.done;
    });
  }

  /** Queues a write; resolves when its batch, and so every earlier write, has landed. */
  function run(store: Write['store'], action: Write['action']): Promise<void> {
    const first = pending.length === 0;
    pending.push({ store, action });
    if (first) flushing = flushing.catch(() => undefined).then(() => new Promise<void>((resolve) => queueMicrotask(resolve))).then(drain);
    return flushing;
  }

  async function entries<Name extends 'assets' | 'media'>(store: Name): Promise<[string, MockDbSchema[Name]['value']][]> {
    const tx = (await db).transaction(store, 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    return keys.map((key, i) => [String(key), values[i]!]);
  }

  return {
    putAsset: (key, asset) => run('assets', (s) => s.put(asset, key)),
    deleteAsset: (key) => run('assets', (s) => s.delete(key)),
    putMedia: (media) => run('media', (s) => s.put(media, media.token)),
    deleteMedia: (token) => run('media', (s) => s.delete(token)),
    markSeeded: () => run('meta', (s) => s.put(true, 'seeded')),
    async load() {
      const seeded = await (await db).get('meta', 'seeded');
      if (!seeded) return null;
      return {
        assets: await entries('assets'),
        media: (await entries('media')).map(([, media]) => media),
      };
    },
    async clear() {
      // Queued in the same turn, the three clears share one transaction.
      await Promise.all(STORES.map((store) => run(store, (s) => s.clear())));
    },
    flush: () => flushing,
  };
}
