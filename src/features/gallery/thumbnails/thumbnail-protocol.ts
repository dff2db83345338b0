import type { SniffedKind } from '../../../domain/sniff-media';

/** The longest side of a thumbnail, in pixels: a 320 × 240 tile at twice the density. */
export const THUMBNAIL_MAX_SIDE = 640;
/** What the kept thumbnails may weigh together (a 640-pixel JPEG of a screenshot: 20–60 KB). */
export const THUMBNAIL_CACHE_BYTES = 48 * 1024 * 1024;

/** The size that fits in THUMBNAIL_MAX_SIDE on both sides, never larger than the image. */
export function thumbnailSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, THUMBNAIL_MAX_SIDE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** From the page to the thumbnail worker. */
export type ThumbnailRequest =
  /** A thumbnail kept for this download URL, if any. */
  | { id: number; type: 'lookup'; url: string }
  /** Make one from these bytes (typed by nothing: the worker sniffs them) and keep it under `url`. */
  | { id: number; type: 'make'; url: string; blob: Blob }
  /** The `make` of this id is no longer wanted: dropped if it has not started. */
  | { id: number; type: 'callOff' };

/** What the bytes gave: a thumbnail, or what else they are (the page decides what to show). */
export type ThumbnailOutcome =
  | { kind: 'thumbnail'; blob: Blob; width: number; height: number }
  /** Not pictures the worker decodes: the page shows a video, rasterizes SVG, or shows a type icon. */
  | { kind: 'other'; sniffed: SniffedKind; type: string };

export type ThumbnailResponse =
  | { id: number; ok: true; outcome: ThumbnailOutcome | null }
  | { id: number; ok: false; error: string };
