import type { Mark } from './marks';

/** A rectangle in fractions (0–1) of the image's natural size. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Smaller than this (1 % of a side) is a click, not a mark. */
export const MIN_MARK_SIZE = 0.01;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Inside the image, at least the minimum size, keeping the label. */
export function clampMark<T extends Rect>(mark: T, min = MIN_MARK_SIZE): T {
  const width = clamp(mark.width, min, 1);
  const height = clamp(mark.height, min, 1);
  return { ...mark, width, height, x: clamp(mark.x, 0, 1 - width), y: clamp(mark.y, 0, 1 - height) };
}

/** The rectangle a drag from `a` to `b` spans, in any direction, inside the image. */
export function rectFromPoints(a: Point, b: Point): Rect {
  const x1 = clamp(Math.min(a.x, b.x), 0, 1);
  const y1 = clamp(Math.min(a.y, b.y), 0, 1);
  const x2 = clamp(Math.max(a.x, b.x), 0, 1);
  const y2 = clamp(Math.max(a.y, b.y), 0, 1);
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

/** Moved by (dx, dy), stopping at the image's edges without changing size. */
export function moveMark<T extends Rect>(mark: T, dx: number, dy: number): T {
  return { ...mark, x: clamp(mark.x + dx, 0, 1 - mark.width), y: clamp(mark.y + dy, 0, 1 - mark.height) };
}

export type Handle = 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw';
export const HANDLES: readonly Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

/**
 * Resized by dragging one handle by (dx, dy): the opposite edges stay where they are, the size
 * never drops under the minimum, and nothing leaves the image.
 */
export function resizeByHandle<T extends Rect>(mark: T, handle: Handle, dx: number, dy: number, min = MIN_MARK_SIZE): T {
  let left = mark.x;
  let top = mark.y;
  let right = mark.x + mark.width;
  let bottom = mark.y + mark.height;
  if (handle.includes('w')) left = clamp(left + dx, 0, right - min);
  if (handle.includes('e')) right = clamp(right + dx, left + min, 1);
  if (handle.includes('n')) top = clamp(top + dy, 0, bottom - min);
  if (handle.includes('s')) bottom = clamp(bottom + dy, top + min, 1);
  return { ...mark, x: left, y: top, width: right - left, height: bottom - top };
}

/** Alt+arrows: grows or shrinks from the top-left corner, within the image. */
export function resizeMark<T extends Rect>(mark: T, dw: number, dh: number, min = MIN_MARK_SIZE): T {
  return resizeByHandle(mark, 'se', dw, dh, min);
}

/** A new mark in the middle of the image (the keyboard's way to start one). */
export function centeredMark(width = 0.2, height = 0.08): Mark {
  return { x: (1 - width) / 2, y: (1 - height) / 2, width, height };
}

/** The smallest rectangle holding all the given ones (null for none). */
export function unionRect(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** How much two rectangles overlap: intersection over union, 0 to 1. */
export function intersectionOverUnion(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  const inter = width * height;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/**
 * The part of the image to show so that `mark` fills a view of `viewAspect` (width / height),
 * with `margin` (a share of the mark's larger side in pixels) around it; in fractions of the
 * image. Wider or taller than the image where the view's aspect asks for it, then centred.
 */
export function frameRect(mark: Rect, imageWidth: number, imageHeight: number, viewAspect: number, margin = 0.25): Rect {
  const markW = mark.width * imageWidth;
  const markH = mark.height * imageHeight;
  const pad = Math.max(markW, markH) * margin;
  let w = markW + 2 * pad;
  let h = markH + 2 * pad;
  if (w / h < viewAspect) w = h * viewAspect;
  else h = w / viewAspect;
  // Never zoom out past the whole image: then the whole image is the frame.
  const scale = Math.max(w / imageWidth, h / imageHeight);
  if (scale > 1) {
    w /= scale;
    h /= scale;
  }
  const cx = (mark.x + mark.width / 2) * imageWidth;
  const cy = (mark.y + mark.height / 2) * imageHeight;
  const left = clamp(cx - w / 2, 0, imageWidth - w);
  const top = clamp(cy - h / 2, 0, imageHeight - h);
  return { x: left / imageWidth, y: top / imageHeight, width: w / imageWidth, height: h / imageHeight };
}

/** The mark in the image's pixels (rounded), for drawing and for the announcement. */
export function toPixels(rect: Rect, imageWidth: number, imageHeight: number): Rect {
  return {
    x: Math.round(rect.x * imageWidth),
    y: Math.round(rect.y * imageHeight),
    width: Math.round(rect.width * imageWidth),
    height: Math.round(rect.height * imageHeight),
  };
}

/** Whole percentages, for what a screen reader says: "12 % from the left, 40 % from the top". */
export function markPercentages(rect: Rect): { left: number; top: number; width: number; height: number } {
  const pct = (value: number) => Math.round(value * 100);
  return { left: pct(rect.x), top: pct(rect.y), width: pct(rect.width), height: pct(rect.height) };
}
