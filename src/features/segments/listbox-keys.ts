import { pageBounds, pageCount } from './paging';

export interface ListPosition {
  /** Index of the selected segment in the whole list; -1 when none is selected. */
  selectedIndex: number;
  /** The page shown, which may not be the selected segment's after "Next page". */
  page: number;
  pageSize: number;
  total: number;
}

/**
 * Which segment a key selects, or null when the key is not the list's. Up and Down step from the
 * selected segment when it is on the page shown, else from the page's first or last one (the
 * translator turned the page and starts there); Page Up and Page Down keep the row on the next page.
 */
export function indexForKey(key: string, position: ListPosition): number | null {
  const { selectedIndex, page, pageSize, total } = position;
  if (total === 0) return null;
  const last = total - 1;
  const shown = pageBounds(page, total, pageSize);
  const onPage = selectedIndex >= shown.start && selectedIndex < shown.end;
  switch (key) {
    case 'ArrowDown':
      return onPage ? Math.min(selectedIndex + 1, last) : shown.start;
    case 'ArrowUp':
      return onPage ? Math.max(selectedIndex - 1, 0) : shown.end - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      if (!onPage) return pageBounds(Math.min(page + 1, pageCount(total, pageSize) - 1), total, pageSize).start;
      return Math.min(selectedIndex + pageSize, last);
    case 'PageUp':
      if (!onPage) return pageBounds(Math.max(page - 1, 0), total, pageSize).start;
      return Math.max(selectedIndex - pageSize, 0);
    default:
      return null;
  }
}
