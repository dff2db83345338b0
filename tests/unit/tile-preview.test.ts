import { resolveObjectURL } from 'node:buffer';
import { afterEach, describe, expect, it } from 'vitest';
import { listSegmentAssets } from '../../src/api/list-assets';
import { loadTilePreview } from '../../src/features/gallery/thumbnails/load-tile-preview';
import { pictureSources } from '../../src/features/gallery/thumbnails/picture-sources';
import type { ThumbnailMaker } from '../../src/features/gallery/thumbnails/thumbnail-client';
import type { ThumbnailOutcome } from '../../src/features/gallery/thumbnails/thumbnail-protocol';
import { startMock } from '../component/render';

const SMALL = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' });
const blobOf = (src: string) => resolveObjectURL(src)!;

async function demoAsset(name: string) {
  const mock = await startMock();
  const requests: string[] = [];
  mock.server.events.on('request:start', ({ request }) => {
    if (request.url.includes('filename=')) requests.push(request.url);
  });
  const asset = (await listSegmentAssets(mock.client, 'pr7214', 27665601)).find((a) => a.name === name)!;
  return { mock, asset, requests };
}

/** A maker that answers as told and records what it was given. */
function fakeMaker(make: (blob: Blob) => Promise<ThumbnailOutcome>, kept: Blob | null = null) {
  const given: Blob[] = [];
  const maker: ThumbnailMaker = {
    lookup: async () => (kept ? { blob: kept, width: 2880, height: 1800 } : null),
    make: (_url, blob) => {
      given.push(blob);
      return make(blob);
    },
  };
  return { maker, given };
}

const thumbnailOf = async (): Promise<ThumbnailOutcome> => ({ kind: 'thumbnail', blob: SMALL, width: 800, height: 533 });

const original = { ...pictureSources };
afterEach(() => {
  Object.assign(pictureSources, original);
});

describe('a tile\'s picture', () => {
  it('is a thumbnail from the worker, with the natural size of the image; the worker got the downloaded bytes', async () => {
    const { mock, asset } = await demoAsset('pexels-gons3.jpg');
    const { maker, given } = fakeMaker(thumbnailOf);
    const shown = await loadTilePreview(mock.client, asset, 'headers', asset.downloadUrl, undefined, maker);
    expect(shown).toMatchObject({ kind: 'image', natural: { width: 800, height: 533 } });
    expect(blobOf(shown.kind === 'image' ? shown.src : '').size).toBe(SMALL.size);
    expect(given).toHaveLength(1);
    expect(given[0]!.size).toBe(asset.size);
  });

  it('goes when its tile goes: the worker\'s job is handed the query\'s signal, and no picture is made of an answer that came after', async () => {
    const { mock, asset } = await demoAsset('pexels-gons3.jpg');
    const controller = new AbortController();
    let signalGiven: AbortSignal | undefined;
    const maker: ThumbnailMaker = {
      lookup: async () => null,
      make: (_url, _blob, signal) => {
        signalGiven = signal;
        controller.abort(new DOMException('The tile went away.', 'AbortError'));
        return thumbnailOf();
      },
    };
    await expect(loadTilePreview(mock.client, asset, 'headers', asset.downloadUrl, controller.signal, maker)).rejects.toThrow('The tile went away.');
    expect(signalGiven).toBe(controller.signal);
  });

  it('comes from the kept thumbnails without a download when one is kept for the URL', async () => {
    const { mock, asset, requests } = await demoAsset('pexels-gons3.jpg');
    const { maker, given } = fakeMaker(thumbnailOf, SMALL);
    const shown = await loadTilePreview(mock.client, asset, 'headers', asset.downloadUrl, undefined, maker);
    expect(shown).toMatchObject({ kind: 'image', natural: { width: 2880, height: 1800 } });
    expect(requests).toEqual([]);
    expect(given).toEqual([]);
  });

  it('falls back to the full picture, typed by its bytes, where no thumbnails can be made (jsdom, old engines)', async () => {
    const { mock, asset } = await demoAsset('pexels-gons3.jpg');
    const shown = await loadTilePreview(mock.client, asset, 'headers', asset.downloadUrl, undefined, null);
    expect(shown.kind).toBe('image');
    expect('natural' in shown).toBe(false);
    const blob = blobOf(shown.kind === 'image' ? shown.src : '');
    expect([blob.size, blob.type]).toEqual([asset.size, 'image/jpeg']);
  });

  it('falls back to the full picture when the worker fails', async () => {
    const { mock, asset } = await demoAsset('checkout-screen.png');
    const { maker } = fakeMaker(() => Promise.reject(new Error('The thumbnail worker stopped.')));
    const shown = await loadTilePreview(mock.client, asset, 'headers', asset.downloadUrl, undefined, maker);
    const blob = blobOf(shown.kind === 'image' ? shown.src : '');
    expect([blob.size, blob.type]).toEqual([asset.size, 'image/png']);
  });

  it('is a video, typed as sniffed, when the worker says the bytes are one', async () => {
    const { mock, asset } = await demoAsset('pexels-gons3.jpg');
    const { maker } = fakeMaker(async () => ({ kind: 'other', sniffed: 'video', type: 'video/webm' }));
    const shown = await loadTilePreview(mock.client, asset, 'headers', asset.downloadUrl, undefined, maker);
    expect(shown.kind).toBe('video');
    expect(blobOf(shown.kind === 'video' ? shown.src : '').type).toBe('video/webm');
  });

  it('draws what the worker does not decode through the slot of its kind, then through the worker', async () => {
    const { mock, asset } = await demoAsset('pexels-gons3.jpg');
    const drawn = new Blob([new Uint8Array([9])], { type: 'image/png' });
    pictureSources.pdf = async () => drawn;
    const { maker, given } = fakeMaker(async (blob) => (blob === drawn ? thumbnailOf() : { kind: 'other', sniffed: 'pdf', type: 'application/pdf' }));
    const shown = await loadTilePreview(mock.client, asset, 'headers', asset.downloadUrl, undefined, maker);
    expect(shown.kind).toBe('image');
    expect(given).toEqual([expect.any(Blob), drawn]);
  });

  it('is a type icon, with no URL at all, for bytes nothing can draw', async () => {
    const { mock, asset } = await demoAsset('pexels-gons3.jpg');
    delete pictureSources.pdf;
    const { maker } = fakeMaker(async () => ({ kind: 'other', sniffed: 'html', type: 'text/html' }));
    const shown = await loadTilePreview(mock.client, asset, 'headers', asset.downloadUrl, undefined, maker);
    expect(shown).toEqual({ kind: 'none', sniffed: 'html' });
  });
});

