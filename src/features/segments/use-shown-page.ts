import { useState } from 'react';
import { clampPage, pageOfIndex } from './paging';

interface ShownPageInput {
  selectedId: number | null;
  /** The selected segment's index in the list; -1 when it is not in the list. */
  selectedIndex: number;
  total: number;
  pageSize: number;
}

/**
 * The page shown: the selected segment's page, until the translator turns the page. A turned
 * page holds while the selection stays; a new selection shows its own page again.
 */
export function useShownPage({ selectedId, selectedIndex, total, pageSize }: ShownPageInput) {
  const [turned, setTurned] = useState<number | null>(null);
  const [turnedAt, setTurnedAt] = useState(selectedId);
  if (turnedAt !== selectedId) {
    setTurnedAt(selectedId);
    setTurned(null);
  }
  const selectedPage = selectedIndex >= 0 ? pageOfIndex(selectedIndex, pageSize) : 0;
  const page = clampPage(turnedAt === selectedId && turned !== null ? turned : selectedPage, total, pageSize);
  return { page, turnTo: (next: number) => setTurned(clampPage(next, total, pageSize)) };
}
