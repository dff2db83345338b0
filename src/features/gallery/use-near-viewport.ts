import { useEffect, useState, type RefObject } from 'react';

/** True once the element comes within `margin` of its scroll container's view (and stays true). */
export function useNearViewport(ref: RefObject<Element | null>, margin = '200px'): boolean {
  // Without IntersectionObserver (old engines, jsdom) everything counts as near.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        setNear(true);
        observer.disconnect();
      }
    }, { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
