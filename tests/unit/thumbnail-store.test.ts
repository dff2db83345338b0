// idb recognises requests by the global IDB classes, which Node lacks.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { forgetThumbnails, openThumbnailStore } from '../../src/features/gallery/thumbnails/thumbnail-store';

const URL_A = 'https://wordbee.mock/api/resources/assets/27665601?scope=pr7214&filename=a.png&v=1';
const URL_A2 = 'https://wordbee.mock/api/resources/assets/27665601?scope=pr7214&filename=a.png&v=2';

/** A thumbnail of `bytes` bytes, each byte `fill` (so two can be told apart). */
const thumb = (bytes: number, fill = 1, width = 800, height = 500) => ({
  blob: new Blob([new Uint8Array(bytes).fill(fill)], { type: 'image/webp' }), width, height,
});

function clock() {
  let now = 0;
  return () => (now += 1);
}

async function fresh(capBytes: number, factory = new IDBFactory()) {
  return { factory, store: await openThumbnailStore({ indexedDB: factory, capBytes, now: clock() }) };
}

describe('thumbnail store', () => {
  it('keeps a thumbnail by its download URL, with its type and the natural size of its image', async () => {
    const { store } = await fresh(10_000);
    await store.put(URL_A, thumb(100, 7, 2880, 1800));
    const found = await store.get(URL_A);
    expect(found).toMatchObject({ width: 2880, height: 1800 });
    expect(found!.blob.type).toBe('image/webp');
    expect([...new Uint8Array(await found!.blob.arrayBuffer())]).toEqual(new Array(100).fill(7));
    // Another version of the same file is another URL: nothing is found for it.
    expect(await store.get(URL_A2)).toBeNull();
  });

  it('survives being opened again (another panel, a reload)', async () => {
    const { factory, store } = await fresh(10_000);
    await store.put(URL_A, thumb(10));
    store.close();
    const again = await openThumbnailStore({ indexedDB: factory, capBytes: 10_000 });
    expect((await again.get(URL_A))?.blob.size).toBe(10);
  });

  it('drops the oldest thumbnails once all together weigh more than the cap, down to 90 % of it', async () => {
    const { store } = await fresh(1000);
    for (let i = 1; i <= 4; i += 1) await store.put(`u${i}`, thumb(300, i));
    // 1,200 bytes > 1,000: the oldest go until at most 900 remain.
    expect(await store.get('u1')).toBeNull();
    expect(await store.get('u2')).not.toBeNull();
    expect(await store.get('u4')).not.toBeNull();
    await store.put('u5', thumb(300, 5));
    expect(await store.get('u2')).toBeNull();
    for (const url of ['u3', 'u4', 'u5']) expect(await store.get(url)).not.toBeNull();
  });

  it('makes room for more than the newcomer: one eviction frees a tenth of the cap', async () => {
    const { store } = await fresh(1000);
    for (let i = 1; i <= 11; i += 1) await store.put(`u${i}`, thumb(100, i));
    // 1,100 bytes: down to 900, so the two oldest go, not only one.
    expect(await store.get('u1')).toBeNull();
    expect(await store.get('u2')).toBeNull();
    for (let i = 3; i <= 11; i += 1) expect(await store.get(`u${i}`)).not.toBeNull();
  });

  it('counts a replaced thumbnail once', async () => {
    const { store } = await fresh(1000);
    await store.put('u1', thumb(300, 1));
    for (let i = 0; i < 5; i += 1) await store.put('u2', thumb(300, 2));
    await store.put('u3', thumb(300, 3));
    // 900 bytes: nothing had to go, though u2 was written five times.
    for (const url of ['u1', 'u2', 'u3']) expect(await store.get(url)).not.toBeNull();
  });

  it('keeps the total right when two stores (two tabs) write into one database', async () => {
    const factory = new IDBFactory();
    const now = clock();
    const one = await openThumbnailStore({ indexedDB: factory, capBytes: 1000, now });
    const two = await openThumbnailStore({ indexedDB: factory, capBytes: 1000, now });
    await Promise.all([one.put('u1', thumb(300, 1)), two.put('u2', thumb(300, 2)), one.put('u3', thumb(300, 3))]);
    await two.put('u4', thumb(300, 4));
    expect(await one.get('u1')).toBeNull();
    for (const url of ['u2', 'u3', 'u4']) expect(await two.get(url)).not.toBeNull();
  });

  it('never keeps a thumbnail larger than the cap, and keeps the others for it', async () => {
    const { store } = await fresh(500);
    await store.put('small', thumb(200));
    await store.put('huge', thumb(600));
    expect(await store.get('huge')).toBeNull();
    expect(await store.get('small')).not.toBeNull();
  });
});

describe('forgetting thumbnails (sign-out)', () => {
  it('deletes them all, closes an open store instead of waiting on it, and a store opened again starts empty', async () => {
    const { factory, store } = await fresh(10_000);
    await store.put(URL_A, thumb(100));
    expect(store.isOpen()).toBe(true);
    await forgetThumbnails(factory);
    expect(store.isOpen()).toBe(false);
    const again = await openThumbnailStore({ indexedDB: factory, capBytes: 10_000, now: clock() });
    expect(await again.get(URL_A)).toBeNull();
    await again.put(URL_A2, thumb(50));
    expect(await again.get(URL_A2)).not.toBeNull();
  });
});
