/**
 * The thumbnail worker: bytes in, a small picture out, off the page's main thread. It sniffs the
 * bytes (their content decides, never a name or a header), decodes only raster images, scales
 * them down with `createImageBitmap`, and encodes the result anew on an OffscreenCanvas: JPEG
 * when every pixel is opaque (a screenshot), else WebP where the browser encodes it (PNG where
 * not), which keeps the transparency. The new file holds pixels and nothing else, whatever the
 * original held. Thumbnails are kept by download URL in IndexedDB (thumbnail-store.ts).
 */
import { PICTURE_HEADER_BYTES, tooManyPixels } from '../../../domain/picture-size';
import { sniffMedia, SNIFF_MARKUP_BYTES } from '../../../domain/sniff-media';
import { THUMBNAIL_CACHE_BYTES, thumbnailSize, type ThumbnailOutcome, type ThumbnailRequest, type ThumbnailResponse } from './thumbnail-protocol';
import { openThumbnailStore, type ThumbnailStore } from './thumbnail-store';
import { createTurns } from './thumbnail-turns';

// The worker's global, typed by what is used (the DOM and WebWorker libraries do not mix in one program).
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ThumbnailRequest>) => void) | null;
  postMessage(message: ThumbnailResponse): void;
};

const WEBP_QUALITY = 0.8;
const JPEG_QUALITY = 0.85;

let store: Promise<ThumbnailStore | null> | null = null;
/** IndexedDB may be missing or refused (a private window, storage blocked): then nothing is kept.
 * A store closed by a sign-out (the database deleted) is opened afresh on the next use. */
async function thumbnails(): Promise<ThumbnailStore | null> {
  const current = await store;
  if (current && !current.isOpen()) store = null;
  store ??= typeof indexedDB === 'undefined'
    ? Promise.resolve(null)
    : openThumbnailStore({ indexedDB, capBytes: THUMBNAIL_CACHE_BYTES }).catch(() => null);
  return store;
}

/** Whether any pixel of the drawn thumbnail lets the background through (about 1 ms for 640 × 400). */
function hasTransparency(context: OffscreenCanvasRenderingContext2D, width: number, height: number): boolean {
  const { data } = context.getImageData(0, 0, width, height);
  for (let alpha = 3; alpha < data.length; alpha += 4) if (data[alpha] !== 255) return true;
  return false;
}

/**
 * JPEG for an opaque picture: encoding a 640-pixel one takes Chromium 1.5 ms, WebP 12-16 ms.
 * On a machine of two cores that encoding runs beside the page's main thread while a gallery
 * scrolls, and every millisecond of it can hold a frame back. A JPEG file never holds transparency.
 */
function encodingOf(type: string, context: OffscreenCanvasRenderingContext2D, width: number, height: number): ImageEncodeOptions {
  const opaque = type === 'image/jpeg' || !hasTransparency(context, width, height);
  return opaque ? { type: 'image/jpeg', quality: JPEG_QUALITY } : { type: 'image/webp', quality: WEBP_QUALITY };
}

async function shrink(blob: Blob, type: string): Promise<ThumbnailOutcome> {
  const full = await createImageBitmap(blob);
  try {
    const size = thumbnailSize(full.width, full.height);
    const small = size.width < full.width
      ? await createImageBitmap(full, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'medium' })
      : full;
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas to draw the thumbnail on.');
    context.drawImage(small, 0, 0, size.width, size.height);
    if (small !== full) small.close();
    const encoded = await canvas.convertToBlob(encodingOf(type, context, size.width, size.height));
    return { kind: 'thumbnail', blob: encoded, width: full.width, height: full.height };
  } finally {
    full.close();
  }
}

async function make(url: string, blob: Blob): Promise<ThumbnailOutcome> {
  // One read of the file's start serves both the sniffing and the header's picture size.
  const head = new Uint8Array(await blob.slice(0, Math.max(SNIFF_MARKUP_BYTES, PICTURE_HEADER_BYTES)).arrayBuffer());
  const media = sniffMedia(head.subarray(0, SNIFF_MARKUP_BYTES));
  if (media.kind !== 'image') return { kind: 'other', sniffed: media.kind, type: media.type };
  // A picture whose header claims more pixels than the panel decodes gets no thumbnail (the tile
  // shows its type): decoding it would take hundreds of MB, whatever the file weighs.
  if (tooManyPixels(head)) return { kind: 'other', sniffed: 'unknown', type: media.type };
  const outcome = await shrink(blob, media.type);
  if (outcome.kind === 'thumbnail') {
    const kept = await thumbnails();
    // Kept after the answer is on its way: the tile does not wait on the disk.
    void Promise.resolve().then(() => kept?.put(url, outcome)).catch(() => {});
  }
  return outcome;
}

/**
 * Pictures decoded at once: all cores but one (the page's), at most 4, at least 1. On two cores
 * one at a time: decoding is the heavy part, and it must not take the core the page scrolls on.
 */
const turns = createTurns(Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)));

async function answer(request: Exclude<ThumbnailRequest, { type: 'callOff' }>): Promise<ThumbnailOutcome | null> {
  if (request.type === 'lookup') {
    const found = await (await thumbnails())?.get(request.url).catch(() => null);
    return found ? { kind: 'thumbnail', ...found } : null;
  }
  return turns.run(request.id, () => make(request.url, request.blob));
}

scope.onmessage = (event: MessageEvent<ThumbnailRequest>) => {
  const request = event.data;
  // Its tile went away: the job is dropped if it still waits (and answered as failed then).
  if (request.type === 'callOff') return turns.callOff(request.id);
  const { id } = request;
  answer(request).then(
    (outcome) => scope.postMessage({ id, ok: true, outcome } satisfies ThumbnailResponse),
    (error: unknown) => scope.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies ThumbnailResponse),
  );
};
