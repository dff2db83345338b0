import type { ApiClient } from '../../api/client';
import { downloadAsset, downloadAssetByCookie, downloadAssetHead } from '../../api/download-asset';
import type { Asset } from '../../domain/asset';
import { isPreviewable, sniffMedia, SNIFF_HEAD_BYTES, SNIFF_MARKUP_BYTES, type SniffedKind } from '../../domain/sniff-media';
import type { PreviewAuth } from './gallery-options';
import { rasterizeSvg } from './rasterize-svg';

/** Larger files are not pulled into memory just to preview them (with auth headers). */
export const MAX_PREVIEW_BYTES = 60 * 1024 * 1024;

/** What a tile shows: a picture or a video from `src`, or, for any other bytes, a type icon. */
export type PreviewSource =
  | { kind: 'image' | 'video'; src: string }
  | { kind: 'none'; sniffed: SniffedKind };

async function sniff(blob: Blob, bytes: number) {
  return sniffMedia(new Uint8Array(await blob.slice(0, bytes).arrayBuffer()));
}

/**
 * The bytes decide, never the name or the server's `Content-Type`: an object URL is made only
 * for a raster image or a video, and typed as sniffed (opened as a document, it stays a picture).
 * SVG is drawn into a PNG; HTML, XML, PDF and unknown bytes get no URL at all.
 */
export async function previewFromBytes(blob: Blob, signal?: AbortSignal): Promise<PreviewSource> {
  const media = await sniff(blob, SNIFF_MARKUP_BYTES);
  // A cancelled query drops its result: an object URL made now would never be revoked.
  signal?.throwIfAborted();
  if (isPreviewable(media)) return { kind: media.kind, src: URL.createObjectURL(blob.slice(0, blob.size, media.type)) };
  if (media.kind === 'svg') {
    const png = await rasterizeSvg(blob, signal).catch(() => null);
    signal?.throwIfAborted();
    if (png) return { kind: 'image', src: URL.createObjectURL(png) };
  }
  return { kind: 'none', sniffed: media.kind };
}

/**
 * With the auth headers the whole file is fetched and previewed from memory. When the host's
 * cookie authenticates, the download URL itself is used (videos stream), but only after its
 * first bytes (a range request) say it is a raster image or a video; SVG is fetched whole to be
 * rasterized; anything else is an icon.
 */
export async function loadPreview(
  client: ApiClient, asset: Pick<Asset, 'downloadUrl' | 'size'>, auth: PreviewAuth, directUrl: string, signal?: AbortSignal,
): Promise<PreviewSource> {
  if (auth === 'headers') return previewFromBytes(await downloadAsset(client, asset, signal), signal);
  const head = sniffMedia(await downloadAssetHead(client, asset, SNIFF_HEAD_BYTES, signal));
  if (isPreviewable(head)) return { kind: head.kind, src: directUrl };
  // A head that is markup may be an SVG past a long prolog.
  if ((head.kind !== 'svg' && head.kind !== 'xml') || asset.size > MAX_PREVIEW_BYTES) return { kind: 'none', sniffed: head.kind };
  return previewFromBytes(await downloadAssetByCookie(client, asset, signal), signal);
}
