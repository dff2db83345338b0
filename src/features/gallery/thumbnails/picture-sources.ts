import type { SniffedKind } from '../../../domain/sniff-media';
import { rasterizeSvg } from '../rasterize-svg';

/** A raster picture of a file's bytes (the page draws it: the worker has no DOM). */
export type DrawPicture = (bytes: Blob, signal?: AbortSignal) => Promise<Blob>;

/**
 * Kinds of file the worker does not decode itself but that still get a thumbnail: drawn into a
 * raster picture here first, which then goes through the worker like any image (scaled down,
 * encoded anew, kept by download URL). SVG is drawn from a `data:` URL in an `<img>` (no script
 * runs). A slot per kind: a PDF's first page can join as `pdf`.
 */
export const pictureSources: Partial<Record<SniffedKind, DrawPicture>> = {
  svg: rasterizeSvg,
};
