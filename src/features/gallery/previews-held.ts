import { createContext, useContext, useEffect, useRef, useState } from 'react';

/** A list that changed this many times in a row, each within `QUIET_MS` of the one before, is streaming. */
const STREAM_CHANGES = 3;
/** Longer than the upload's once-a-second batches (`createArrivals`), with room for a late timer. */
const QUIET_MS = 1500;

/**
 * True while the segment's list keeps changing: a drop of 1,000 files joins it once a second,
 * newest first, and each batch pushes the tiles in view away about when their previews would
 * arrive. Tiles that come near the view then wait until the list has been still for `QUIET_MS`
 * before fetching: every preview fetched during the stream is a request, a decode and a
 * thumbnail in the uploads' way (441 of them in a profiled 1,000-file upload). One change (a
 * file uploaded, a refetch) holds nothing; previews already loaded stay.
 */
export function useListStreaming(list: unknown, key: string, quietMs = QUIET_MS): boolean {
  const last = useRef<{ key: string; list: unknown; at: number; run: number }>({ key, list, at: -Infinity, run: 0 });
  /** The list (by `key`: scope and segment) held now, if any. */
  const [heldFor, setHeldFor] = useState<string | null>(null);
  useEffect(() => {
    const seen = last.current;
    if (seen.list === list && seen.key === key) return;
    if (seen.key !== key || list === undefined) {
      // Another segment, or its list still loading: a new start, not a stream (moving quickly
      // from segment to segment holds nothing).
      last.current = { key, list, at: -Infinity, run: 0 };
      setHeldFor(null);
      return;
    }
    const now = performance.now();
    const run = now - seen.at < quietMs ? seen.run + 1 : 1;
    last.current = { key, list, at: now, run };
    if (run >= STREAM_CHANGES) setHeldFor(key);
  }, [list, key, quietMs]);
  useEffect(() => {
    if (heldFor === null) return;
    // Still once the list has not changed for `quietMs` (each change makes a new `list`, so a new timer).
    const timer = setTimeout(() => {
      last.current = { ...last.current, run: 0 };
      setHeldFor(null);
    }, quietMs);
    return () => clearTimeout(timer);
  }, [heldFor, list, quietMs]);
  return heldFor === key;
}

/** Set by the gallery while its list streams in: tiles near the view wait with their previews. */
export const PreviewsHeld = createContext(false);

export const usePreviewsHeld = () => useContext(PreviewsHeld);
