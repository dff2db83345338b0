import { useSyncExternalStore, type RefObject } from 'react';
import { clippingAncestors, visibleSpan } from './scroll-viewport';

export interface GridLayout {
  columns: number;
  rowHeight: number;
  /** Rows to render, [first, last). */
  firstRow: number;
  lastRow: number;
  totalRows: number;
  /** The height of the part of the page the grid is seen through (for Page Up / Page Down). */
  viewHeight: number;
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

/** Visible spans closer than this render the same rows (the overscan covers the difference). */
const STEP = 50;
const NO_BOX = '0|0|0|0';

type ElementRef = RefObject<HTMLElement | null>;

interface Measured {
  subscribe: (notify: () => void) => () => void;
  snapshot: () => string;
}

const measured = new WeakMap<ElementRef, Measured>();

/**
 * Width, the visible part [top, bottom) of the element in steps (clamped to it, so that far away
 * nothing changes), and the height it is seen through.
 */
function boxOf(element: HTMLElement, clips: readonly Element[]): string {
  const span = visibleSpan(element, clips);
  // Without layout (jsdom) the element has no height: take the span as it is.
  const limit = span.height > 0 ? span.height + STEP : Infinity;
  const top = Math.min(limit, Math.max(0, Math.floor(span.top / STEP) * STEP));
  const bottom = Math.min(limit, Math.max(0, Math.ceil(span.bottom / STEP) * STEP));
  const view = Math.round(Math.max(0, span.bottom - span.top) / STEP) * STEP;
  return `${element.clientWidth}|${top}|${bottom}|${view}`;
}

/**
 * One stable store per element ref. The element is not a scroll box: it is seen through the
 * boxes that clip it (the window, the host's column when embedded), so the store listens to
 * every scroll in the document and in those boxes, and to size changes of the element, of what
 * clips it and of the page. It measures once per frame and caches: React reads snapshots after
 * every commit, and measuring there would force a layout on each of them (each upload progress
 * event, for one).
 */
function measuredBox(container: ElementRef): Measured {
  let entry = measured.get(container);
  if (entry) return entry;
  let box = NO_BOX;
  entry = {
    snapshot: () => box,
    subscribe(notify) {
      const element = container.current;
      const view = element?.ownerDocument.defaultView;
      if (!element || !view) return () => {};
      let clips: Element[] = [];
      let frame = 0;
      const measure = () => {
        box = boxOf(element, clips);
      };
      const later = (again: boolean) => () => {
        if (again) findClips();
        if (!frame) frame = view.requestAnimationFrame(() => {
          frame = 0;
          measure();
          notify();
        });
      };
      const onScroll = later(false);
      // A resize may bring other container queries, and with them other clipping boxes.
      const onResize = later(true);
      const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onResize);
      /**
       * The boxes that clip the element, each heard: a scroll inside a shadow root (a host's
       * column in a web component) does not reach the window, not even in the capture phase. A
       * box found after a resize is watched from then on like the first ones (one no longer
       * clipping stays watched: a needless measure at most).
       */
      const findClips = () => {
        const found = clippingAncestors(element);
        for (const clip of clips) if (!found.includes(clip)) clip.removeEventListener('scroll', onScroll);
        for (const clip of found) {
          if (clips.includes(clip)) continue;
          clip.addEventListener('scroll', onScroll, { passive: true });
          // The box resized, or something in it above the element (it moves without a scroll).
          for (const target of [clip, ...clip.children]) resize?.observe(target);
        }
        clips = found;
      };
      // The element, and the page growing above it.
      for (const target of [element, element.ownerDocument.documentElement]) resize?.observe(target);
      findClips();
      // Scroll events do not bubble, but in the document they pass the window in the capture phase.
      view.addEventListener('scroll', onScroll, { capture: true, passive: true });
      view.addEventListener('resize', onResize);
      measure();
      return () => {
        view.cancelAnimationFrame(frame);
        view.removeEventListener('scroll', onScroll, { capture: true });
        view.removeEventListener('resize', onResize);
        for (const clip of clips) clip.removeEventListener('scroll', onScroll);
        resize?.disconnect();
      };
    },
  };
  measured.set(container, entry);
  return entry;
}

/**
 * A windowed grid: only the rows near the visible part of the element are rendered, so a segment
 * with 1,000 assets costs about as much as one with 30. The element's width and visible part are
 * an external store: read on scroll (once per frame) and on resize.
 */
export function useVirtualGrid(container: RefObject<HTMLElement | null>, options: GridOptions): GridLayout {
  const { count, minTileWidth, gap, tileHeight, overscan = 2, columns: fixedColumns } = options;

  const store = measuredBox(container);
  const box = useSyncExternalStore(store.subscribe, store.snapshot, () => NO_BOX);

  const [measuredWidth, top, measuredBottom, measuredView] = box.split('|').map(Number) as [number, number, number, number];
  // Before the first measurement (or without layout, as in jsdom) assume a modest viewport.
  const width = measuredWidth || 4 * (minTileWidth + gap);
  const bottom = box === NO_BOX ? 600 : measuredBottom;
  const columns = fixedColumns ?? Math.max(1, Math.floor((width + gap) / (minTileWidth + gap)));
  const tileWidth = (width - gap * (columns - 1)) / columns;
  const rowHeight = Math.ceil(tileHeight(tileWidth)) + gap;
  const totalRows = Math.ceil(count / columns);
  const firstRow = Math.min(totalRows, Math.max(0, Math.floor(top / rowHeight) - overscan));
  const lastRow = Math.max(firstRow, Math.min(totalRows, Math.ceil(bottom / rowHeight) + overscan));
  return { columns, rowHeight, firstRow, lastRow, totalRows, viewHeight: measuredView || 600 };
}
