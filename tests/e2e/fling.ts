import type { Locator } from '@playwright/test';

/**
 * Scrolls `scroller` to its end in `ms` of the page's clock, as a fling does: each frame goes
 * where the time says. Stepping a fixed distance a frame made the fling as slow as the frames: on
 * a starved machine (CI with two CPU burners) each step outlasted the tiles' 120 ms settling, so
 * every tile passed started loading its picture, which slowed the frames further, and a
 * 1,000-asset fling ran out of its 2 minutes at row 802.
 */
export function flingToEnd(scroller: Locator, ms = 2000): Promise<void> {
  return scroller.evaluate((element, duration) => new Promise<void>((resolve) => {
    const from = element.scrollTop;
    let start: number | null = null;
    const step = (now: number) => {
      start ??= now;
      const progress = Math.min(1, (now - start) / duration);
      // The end as it is now (a grid may grow while it is scrolled).
      element.scrollTop = from + (element.scrollHeight - element.clientHeight - from) * progress;
      if (progress < 1) requestAnimationFrame(step);
      else requestAnimationFrame(() => setTimeout(resolve, 0));
    };
    requestAnimationFrame(step);
  }), ms);
}
