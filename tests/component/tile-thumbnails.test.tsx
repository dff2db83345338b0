import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelView } from '../../src/embed/panel-view';
import type { ThumbnailRequest, ThumbnailResponse } from '../../src/features/gallery/thumbnails/thumbnail-protocol';
import { renderUi, startMock } from './render';

// Under jsdom the mock's stored Blob reaches a response as "[object Blob]": real bytes are served.
const PNG = new Uint8Array(readFileSync(resolve('mocks/fixtures', 'checkout-screen.png')));
const JPEG = new Uint8Array(readFileSync(resolve('mocks/fixtures', 'pexels-gons3.jpg')));
const THUMBNAIL = new Blob([new Uint8Array([82, 73, 70, 70])], { type: 'image/webp' });

/** Every object URL the panel makes, with the blob behind it. */
function watchObjectUrls() {
  const made = new Map<string, Blob>();
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = create(blob);
    made.set(url, blob as Blob);
    return url;
  });
  return made;
}

async function openSegment() {
  const mock = await startMock();
  mock.server.use(http.get('*/api/resources/assets/27665601', ({ request }) => {
    const name = new URL(request.url).searchParams.get('filename') ?? '';
    return new HttpResponse(name.endsWith('.jpg') ? JPEG : PNG, { headers: { 'Content-Type': 'application/octet-stream' } });
  }));
  renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={27665601} persistKey={null} />);
  return within(await screen.findByRole('grid', { name: 'Assets' }));
}

const tileImage = async (grid: Awaited<ReturnType<typeof openSegment>>, name: string) => (await grid.findByRole('img', { name })).getAttribute('src')!;

/** A stand-in for the thumbnail worker: nothing kept, and every picture made into THUMBNAIL. */
class FakeThumbnailWorker {
  static started = 0;
  onmessage: ((event: { data: ThumbnailResponse }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeThumbnailWorker.started += 1;
  }
  postMessage(request: ThumbnailRequest) {
    const outcome = request.type === 'lookup' ? null : { kind: 'thumbnail' as const, blob: THUMBNAIL, width: 800, height: 500 };
    queueMicrotask(() => this.onmessage?.({ data: { id: request.id, ok: true, outcome } }));
  }
  terminate() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('tile thumbnails', () => {
  it('without OffscreenCanvas and createImageBitmap (jsdom), a tile shows the full picture, typed by its bytes', async () => {
    const made = watchObjectUrls();
    const grid = await openSegment();
    const blob = made.get(await tileImage(grid, 'checkout-screen.png'))!;
    expect([blob.size, blob.type]).toEqual([PNG.length, 'image/png']);
  });

  it('where thumbnails can be made, a tile shows the worker\'s thumbnail and the lightbox the full image', async () => {
    vi.stubGlobal('OffscreenCanvas', class {});
    vi.stubGlobal('createImageBitmap', () => Promise.reject(new Error('not on the page')));
    vi.stubGlobal('Worker', FakeThumbnailWorker);
    const made = watchObjectUrls();
    const grid = await openSegment();
    expect(made.get(await tileImage(grid, 'checkout-screen.png'))).toBe(THUMBNAIL);
    expect(made.get(await tileImage(grid, 'pexels-gons3.jpg'))).toBe(THUMBNAIL);
    expect(FakeThumbnailWorker.started).toBe(1);
    // jsdom has no ResizeObserver; the lightbox's stage asks for one.
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
    await userEvent.click(grid.getByRole('button', { name: 'Open checkout-screen.png' }));
    await waitFor(() => expect(document.querySelector('dialog img[alt="checkout-screen.png"]')).not.toBeNull());
    const full = made.get(document.querySelector('dialog img[alt="checkout-screen.png"]')!.getAttribute('src')!)!;
    expect([full.size, full.type]).toEqual([PNG.length, 'image/png']);
  });
});
