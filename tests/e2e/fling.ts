import type { Locator } from '@playwright/test';

/** What a fling saw: frames the browser drew, and steps a timer took because no frame came. */
export interface Fling {
  frames: number;
  stalls: number;
}

/**
 * Scrolls `scroller` to its end in `ms` of the page's clock, as a fling does: each frame goes
 * where the time says. Stepping a fixed distance a frame made the fling as slow as the frames: on
 * a starved machine (CI with two CPU burners) each step outlasted the tiles' 120 ms settling, so
 * every tile passed started loading its picture, which slowed the frames further, and a
 * 1,000-asset fling ran out of its 2 minutes at row 802.
 *
 * Each step waits for the next frame or 100 ms, whichever comes first. Headless Chromium can stop
 * giving frames altogether (`requestAnimationFrame` never called back, the page otherwise idle):
 * a CI run on a clone under two CPU burners waited 2 minutes for one. The fling then goes on by
 * the timer and reports the steps it took so (`stalls`), instead of hanging the test.
 */
export function flingToEnd(scroller: Locator, ms = 2000): Promise<Fling> {
  return scroller.evaluate(async (element, duration) => {
    const nextFrame = () => new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 100);
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    const seen = { frames: 0, stalls: 0 };
    const count = (drawn: boolean) => {
      if (drawn) seen.frames += 1;
      else seen.stalls += 1;
    };
    const from = element.scrollTop;
    count(await nextFrame());
    const start = performance.now();
    for (let progress = 0; progress < 1; count(await nextFrame())) {
      progress = Math.min(1, (performance.now() - start) / duration);
      // The end as it is now (a grid may grow while it is scrolled).
      element.scrollTop = from + (element.scrollHeight - element.clientHeight - from) * progress;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    return seen;
  }, ms);
}
