import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { assetKey, type Asset } from '../../domain/asset';

interface RovingGridOptions {
  assets: readonly Asset[];
  grid: RefObject<HTMLElement | null>;
  columns: number;
  /** Rows that fit in the view: Page Up and Page Down move by as many. */
  pageRows: number;
  /** The rendered tiles, [first, last): only these exist in the DOM. */
  first: number;
  last: number;
  /** Brings a tile's row into view, so that it renders; focus follows once it is there. */
  scrollToIndex: (index: number) => void;
  onOpen: (asset: Asset) => void;
  /** Absent where the user may not delete. */
  onDelete?: (asset: Asset) => void;
}

export interface RovingGrid {
  /** The one tile in the tab order. */
  tabbable: number;
  /** Set by a tile that goes away (scrolled out of the window) while it holds the focus. */
  lostFocus: RefObject<boolean>;
  focusIndex: (index: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
}

const cellIndex = (element: Element | null): number | null => {
  const value = element?.closest<HTMLElement>('[data-index]')?.dataset.index;
  return value === undefined ? null : Number(value);
};

/**
 * A roving tabindex over a windowed grid of tiles (the APG grid pattern): one tab stop, arrows,
 * Home/End (Ctrl: the first and last tile), Page Up/Down, Enter opens, Delete asks to delete; Tab
 * goes on into the focused tile's buttons, and Esc from one of them back to the tile. A move to a
 * tile outside the rendered window scrolls its row in first and focuses it once it renders; a
 * focused tile scrolled out of the window leaves the focus on the grid, which gives it back when
 * the tile returns.
 */
export function useRovingGrid({ assets, grid, columns, pageRows, first, last, scrollToIndex, onOpen, onDelete }: RovingGridOptions): RovingGrid {
  const [active, setActive] = useState<{ key: string; index: number } | null>(null);
  const pending = useRef<number | null>(null);
  const lostFocus = useRef(false);
  const count = assets.length;
  const found = active ? assets.findIndex((a) => assetKey(a) === active.key) : -1;
  // A deleted or filtered-out tile hands its place to the one now there.
  const activeIndex = found >= 0 ? found : Math.min(active?.index ?? 0, count - 1);
  const tabbable = activeIndex >= first && activeIndex < last ? activeIndex : first;

  const cell = (index: number) => grid.current?.querySelector<HTMLElement>(`[data-index="${index}"]`) ?? null;
  const remember = (index: number) => {
    const asset = assets[index];
    if (asset && (active?.key !== assetKey(asset) || active.index !== index)) setActive({ key: assetKey(asset), index });
  };

  const focusIndex = (index: number) => {
    const target = Math.max(0, Math.min(count - 1, index));
    remember(target);
    scrollToIndex(target);
    const element = cell(target);
    if (element) {
      element.focus({ preventScroll: true });
      pending.current = null;
    } else {
      pending.current = target;
    }
  };

  useLayoutEffect(() => {
    const element = grid.current;
    if (!element) return;
    if (pending.current !== null) {
      const target = cell(pending.current);
      if (target) {
        target.focus({ preventScroll: true });
        pending.current = null;
      }
    } else if (lostFocus.current) {
      lostFocus.current = false;
      (cell(activeIndex) ?? element).focus({ preventScroll: true });
    } else if (document.activeElement === element) {
      cell(activeIndex)?.focus({ preventScroll: true });
    }
  });

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const index = cellIndex(event.target);
    if (index === null) return;
    remember(index);
    // A tile focused another way (a click) wins over a move still on its way.
    if (index !== pending.current) pending.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    const onGrid = target === grid.current;
    const onCell = !onGrid && target.dataset.index !== undefined;
    if (!onGrid && !onCell) {
      // In one of a tile's buttons: Esc goes back to the tile; the rest is the button's.
      const index = cellIndex(target);
      if (event.key === 'Escape' && index !== null) {
        event.preventDefault();
        cell(index)?.focus();
      }
      return;
    }
    // Keys pressed faster than the window renders go on from the tile on its way, not from the
    // one that still holds the focus (else a Page Down in a quick run is lost).
    const index = pending.current ?? (onCell ? Number(target.dataset.index) : activeIndex);
    const asset = assets[index];
    if (!asset) return;
    const rowStart = index - (index % columns);
    const page = Math.max(1, pageRows) * columns;
    let next: number;
    switch (event.key) {
      case 'ArrowRight': next = Math.min(count - 1, index + 1); break;
      case 'ArrowLeft': next = Math.max(0, index - 1); break;
      // Down from a column the last row does not reach lands on the last tile.
      case 'ArrowDown': next = rowStart + columns < count ? Math.min(count - 1, index + columns) : index; break;
      case 'ArrowUp': next = index >= columns ? index - columns : index; break;
      case 'Home': next = event.ctrlKey ? 0 : rowStart; break;
      case 'End': next = event.ctrlKey ? count - 1 : Math.min(count - 1, rowStart + columns - 1); break;
      case 'PageDown': next = Math.min(count - 1, index + page); break;
      case 'PageUp': next = index - page >= 0 ? index - page : index % columns; break;
      case 'Enter':
        if (!onCell) return;
        event.preventDefault();
        onOpen(asset);
        return;
      case 'Delete':
        if (!onCell || !onDelete) return;
        event.preventDefault();
        onDelete(asset);
        return;
      case 'F2':
        event.preventDefault();
        cell(index)?.querySelector<HTMLElement>('.sap-tile-actions button')?.focus();
        return;
      default:
        return;
    }
    event.preventDefault();
    focusIndex(next);
  };

  return { tabbable, lostFocus, focusIndex, onKeyDown, onFocus };
}
