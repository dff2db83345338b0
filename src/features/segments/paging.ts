/** Pages of a list: page numbers start at 0; a page shows `size` segments, the last one fewer. */
export interface PageBounds {
  /** Index of the first segment shown. */
  start: number;
  /** Index after the last segment shown. */
  end: number;
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageOfIndex(index: number, size: number): number {
  return Math.floor(index / size);
}

export function clampPage(page: number, total: number, size: number): number {
  return Math.min(Math.max(page, 0), pageCount(total, size) - 1);
}

export function pageBounds(page: number, total: number, size: number): PageBounds {
  const start = clampPage(page, total, size) * size;
  return { start, end: Math.min(start + size, total) };
}
