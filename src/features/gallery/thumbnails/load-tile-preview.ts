import type { ApiClient } from '../../../api/client';
import { fetchAssetBytes } from '../../../api/download-asset';
import type { Asset } from '../../../domain/asset';
import type { PreviewAuth } from '../gallery-options';
import { loadPreview, MAX_PREVIEW_BYTES, previewFromBytes, type PreviewSource } from '../load-preview';
import { pictureSources } from './picture-sources';
import { thumbnailMaker, type ThumbnailMaker } from './thumbnail-client';
import type { StoredThumbnail } from './thumbnail-store';

/** A tile's picture; a thumbnail says the natural size of the image it was made from. */
export type TilePreviewSource = PreviewSource & { natural?: { width: number; height: number } };

function shown(thumbnail: StoredThumbnail): TilePreviewSource {
  return { kind: 'image', src: URL.createObjectURL(thumbnail.blob), natural: { width: thumbnail.width, height: thumbnail.height } };
}

/** A picture the page drew (an SVG, a PDF's page) through the worker, or null when that fails. */
async function drawnThumbnail(maker: ThumbnailMaker, url: string, bytes: Blob, kind: keyof typeof pictureSources, signal?: AbortSignal) {
  const draw = pictureSources[kind];
  const picture = draw ? await draw(bytes, signal).catch(() => null) : null;
  signal?.throwIfAborted();
  const outcome = picture ? await maker.make(url, picture, signal).catch(() => null) : null;
  return outcome?.kind === 'thumbnail' ? outcome : null;
}

/**
 * What a tile shows: a thumbnail made off the main thread (thumbnail-worker.ts) and kept by
 * download URL, so a tile never decodes a full-size screenshot and a segment seen before loads
 * no bytes at all. The bytes are fetched here, on the page, by the panel's own client (its auth
 * headers, their renewal, or the host's cookie): the token never leaves the main thread, and the
 * Blob goes to the worker by reference. The full image is for the lightbox alone.
 *
 * Where thumbnails cannot be made (no Worker, OffscreenCanvas or createImageBitmap; a worker that
 * failed), the tile shows the full picture as the lightbox does (load-preview.ts). The bytes
 * decide either way: the worker sniffs them and decodes raster images only.
 */
export async function loadTilePreview(
  client: ApiClient, asset: Pick<Asset, 'downloadUrl' | 'size'>, auth: PreviewAuth, url: string, signal?: AbortSignal,
  maker: ThumbnailMaker | null = thumbnailMaker(),
): Promise<TilePreviewSource> {
  // With cookies a large file is sniffed by its head and streamed, never pulled whole.
  if (!maker || (auth === 'cookie' && asset.size > MAX_PREVIEW_BYTES)) return loadPreview(client, asset, auth, url, signal);
  const kept = await maker.lookup(url).catch(() => null);
  signal?.throwIfAborted();
  if (kept) return shown(kept);
  const bytes = await fetchAssetBytes(client, asset, auth, signal);
  const outcome = await maker.make(url, bytes, signal).catch(() => null);
  // A cancelled query drops its result: an object URL made now would never be revoked.
  signal?.throwIfAborted();
  if (!outcome) return previewFromBytes(bytes, signal);
  if (outcome.kind === 'thumbnail') return shown(outcome);
  if (outcome.sniffed === 'video') {
    return { kind: 'video', src: auth === 'cookie' ? url : URL.createObjectURL(bytes.slice(0, bytes.size, outcome.type)) };
  }
  const drawn = await drawnThumbnail(maker, url, bytes, outcome.sniffed, signal);
  signal?.throwIfAborted();
  return drawn ? shown(drawn) : { kind: 'none', sniffed: outcome.sniffed };
}
