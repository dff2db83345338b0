import { useEffect, useState, type RefObject } from 'react';
import { watchNear } from './near-watch';

/**
 * How long an element must stay near the view before it counts: tiles that only flash past
 * during a fast scroll load nothing (no request, no decoding, no garbage), the ones the user
 * stops at load at once.
 */
export const SETTLE_MS = 120;

/**
 * True once the element has stayed within `margin` of the view for `settleMs` (and stays true).
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '200px', settleMs = SETTLE_MS): boolean {
  // Without IntersectionObserver (old engines, jsdom) everything counts as near.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    // One observer and one timer for every element watched this way (near-watch.ts).
    return watchNear(element, margin, settleMs, () => setNear(true));
  }, [ref, margin, settleMs, near]);
  return near;
}
