import { useEffect, useState, type RefObject } from 'react';

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
    let timer: ReturnType<typeof setTimeout> | null = null;
    const observer = new IntersectionObserver((entries) => {
      // The latest entry says where the element is now.
      const now = entries[entries.length - 1]!;
      if (now.isIntersecting) {
        timer ??= setTimeout(() => {
          observer.disconnect();
          setNear(true);
        }, settleMs);
      } else if (timer) {
        clearTimeout(timer);
        timer = null;
      }
    }, { rootMargin: margin });
    observer.observe(element);
    return () => {
      observer.disconnect();
      if (timer) clearTimeout(timer);
    };
  }, [ref, margin, settleMs, near]);
  return near;
}
