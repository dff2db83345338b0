import { useSyncExternalStore, type RefObject } from 'react';

export interface GridLayout {
  columns: number;
  rowHeight: number;
  /** Rows to render, [first, last). */
  firstRow: number;
  lastRow: number;
  totalRows: number;
}

interface GridOptions {
  count: number;
  minTileWidth: number;
  gap: number;
  /** The tile's height for its width: a preview of fixed aspect plus the text below. */
  tileHeight: (tileWidth: number) => number;
  /** Rows rendered beyond the visible ones, each way. */
  overscan?: number;
  /** A list: one item a row, whatever the width. */
  columns?: number;
}

/** Scroll positions closer than this render the same rows (the overscan covers the difference). */
const SCROLL_STEP = 50;
const NO_BOX = '0|0|0';

type ElementRef = RefObject<HTMLElement | null>;

interface Measured {
  subscribe: (notify: () => void) => () => void;
  snapshot: () => string;
}

const measured = new WeakMap<ElementRef, Measured>();

/**
 * One stable store per container ref. The box is measured on scroll and resize (once per frame)
 * and cached: React reads snapshots after every commit, and reading clientWidth there would force
 * a layout on each of them (each upload progress event, for one).
 */
function measuredBox(container: ElementRef): Measured {
  let entry = measured.get(container);
  if (entry) return entry;
  let box = NO_BOX;
  const measure = () => {
    const element = container.current;
    box = element
      ? `${element.clientWidth}|${element.clientHeight}|${Math.floor(element.scrollTop / SCROLL_STEP) * SCROLL_STEP}`
      : NO_BOX;
  };
  entry = {
    snapshot: () => box,
    subscribe(notify) {
      const element = container.current;
      if (!element) return () => {};
      let frame = 0;
      const onChange = () => {
        if (!frame) frame = requestAnimationFrame(() => {
          frame = 0;
          measure();
          notify();
        });
      };
      element.addEventListener('scroll', onChange, { passive: true });
      const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onChange);
      resize?.observe(element);
      // The first measurement, once mounted; React compares the snapshot right after subscribing.
      measure();
      return () => {
        cancelAnimationFrame(frame);
        element.removeEventListener('scroll', onChange);
        resize?.disconnect();
      };
    },
  };
  measured.set(container, entry);
  return entry;
}

/**
 * A windowed grid: only the rows near the scroll container's view are rendered, so a segment
 * with 1,000 assets costs about as much as one with 30. The container's size and scroll position
 * are an external store: read on scroll (once per frame) and on resize.
 */
export function useVirtualGrid(container: RefObject<HTMLElement | null>, options: GridOptions): GridLayout {
  const { count, minTileWidth, gap, tileHeight, overscan = 2, columns: fixedColumns } = options;

  const store = measuredBox(container);
  const box = useSyncExternalStore(store.subscribe, store.snapshot, () => NO_BOX);

  const [measuredWidth, measuredHeight, scrollTop] = box.split('|').map(Number) as [number, number, number];
  // Before the first measurement (or without layout, as in jsdom) assume a modest viewport.
  const width = measuredWidth || 4 * (minTileWidth + gap);
  const height = measuredHeight || 600;
  const columns = fixedColumns ?? Math.max(1, Math.floor((width + gap) / (minTileWidth + gap)));
  const tileWidth = (width - gap * (columns - 1)) / columns;
  const rowHeight = Math.ceil(tileHeight(tileWidth)) + gap;
  const totalRows = Math.ceil(count / columns);
  const firstRow = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const lastRow = Math.min(totalRows, Math.ceil((scrollTop + SCROLL_STEP + height) / rowHeight) + overscan);
  return { columns, rowHeight, firstRow, lastRow, totalRows };
}
