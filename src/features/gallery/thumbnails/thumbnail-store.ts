import { wrap, type DBSchema, type IDBPDatabase } from 'idb';

/** A thumbnail as kept: the small picture and the natural size of the image it was made from. */
export interface StoredThumbnail {
  blob: Blob;
  width: number;
  height: number;
}

export interface ThumbnailStore {
  /** The thumbnail kept for this download URL, or null. */
  get(url: string): Promise<StoredThumbnail | null>;
  /** Keeps it; the oldest kept ones go while all together weigh more than the cap. */
  put(url: string, thumbnail: StoredThumbnail): Promise<void>;
  close(): void;
  /** False once closed, by this side or because the database is being deleted (sign-out). */
  isOpen(): boolean;
}

interface Entry {
  url: string;
  /** Bytes, not a Blob: every IndexedDB (and its test double) clones an ArrayBuffer. */
  bytes: ArrayBuffer;
  type: string;
  width: number;
  height: number;
  savedAt: number;
}

export interface ThumbnailStoreOptions {
  indexedDB: IDBFactory;
  /** What all thumbnails together may weigh, in bytes. */
  capBytes: number;
  name?: string;
  /** The clock that orders the entries (oldest go first). */
  now?: () => number;
}

export const THUMBNAIL_DB = 'segment-asset-panel-thumbnails';
const ENTRIES = 'thumbnails';
const META = 'meta';
const TOTAL = 'totalBytes';
/** An eviction makes room for more than the one new entry: down to this share of the cap. */
const EVICT_TO = 0.9;

interface ThumbnailSchema extends DBSchema {
  thumbnails: { key: string; value: Entry; indexes: { savedAt: number } };
  meta: { key: string; value: number };
}

function open(factory: IDBFactory, name: string): Promise<IDBPDatabase<ThumbnailSchema>> {
  // idb's openDB uses the global indexedDB; a given factory (a test's, a worker's) is opened the
  // same way through idb's wrapper of the raw request.
  const request = factory.open(name, 1);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore(ENTRIES, { keyPath: 'url' }).createIndex('savedAt', 'savedAt');
    db.createObjectStore(META);
  };
  return wrap(request) as Promise<IDBPDatabase<ThumbnailSchema>>;
}

/**
 * Thumbnails by download URL in IndexedDB. A download URL never changes its bytes (its `v` is the
 * file's version), so a kept thumbnail is right for ever; only the cap ends it. The running
 * total lives in the same database and changes in the same transaction as the entries, so two
 * panels (or tabs) writing at once keep it exact.
 */
export async function openThumbnailStore({ indexedDB, capBytes, name = THUMBNAIL_DB, now = Date.now }: ThumbnailStoreOptions): Promise<ThumbnailStore> {
  const db = await open(indexedDB, name);
  let isOpen = true;
  const close = () => {
    isOpen = false;
    db.close();
  };
  // Another tab upgrading the database (a later version of the panel), or a sign-out deleting it,
  // must not wait on this one.
  db.onversionchange = close;

  async function get(url: string): Promise<StoredThumbnail | null> {
    const entry = await db.get(ENTRIES, url);
    return entry ? { blob: new Blob([entry.bytes], { type: entry.type }), width: entry.width, height: entry.height } : null;
  }

  async function put(url: string, { blob, width, height }: StoredThumbnail): Promise<void> {
    if (blob.size > capBytes) return;
    const bytes = await blob.arrayBuffer();
    const tx = db.transaction([ENTRIES, META], 'readwrite');
    const entries = tx.objectStore(ENTRIES);
    const meta = tx.objectStore(META);
    const [total = 0, old] = await Promise.all([meta.get(TOTAL), entries.get(url)]);
    let kept = total - (old?.bytes.byteLength ?? 0) + bytes.byteLength;
    // Each write's own failure is the transaction's: `tx.done` says it, once.
    entries.put({ url, bytes, type: blob.type, width, height, savedAt: now() } satisfies Entry).catch(() => {});
    if (kept > capBytes) {
      let cursor = await entries.index('savedAt').openCursor();
      while (cursor && kept > capBytes * EVICT_TO) {
        if (cursor.value.url !== url) {
          kept -= cursor.value.bytes.byteLength;
          cursor.delete().catch(() => {});
        }
        cursor = await cursor.continue();
      }
    }
    meta.put(kept, TOTAL).catch(() => {});
    await tx.done;
  }

  return { get, put, close, isOpen: () => isOpen };
}

/**
 * Deletes every kept thumbnail (the whole database): on sign-out, pictures of the account's
 * files must not stay on a shared computer. Open connections (a worker's) close themselves on
 * the version change; a store opened afterwards starts empty.
 */
export function forgetThumbnails(factory: IDBFactory | undefined = globalThis.indexedDB, name = THUMBNAIL_DB): Promise<void> {
  if (!factory) return Promise.resolve();
  return new Promise((resolve) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    // Not deleted (storage blocked): nothing more this page can do, and signing out goes on.
    request.onerror = () => resolve();
  });
}
