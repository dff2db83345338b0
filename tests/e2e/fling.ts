import type { Locator, Page } from '@playwright/test';

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
 * the timer and reports the steps it took so (`stalls`), instead of hanging the test. A page that
 * answers nothing for 30 s (no frame and no timer either: another CI run hung so) fails the
 * test then, saying where its main thread is.
 */
export async function flingToEnd(scroller: Locator, ms = 2000): Promise<Fling> {
  // The debugger is on before the fling: once the main thread is stuck it can no longer turn it
  // on, but a pause still interrupts a script that runs for ever.
  const watch = await mainThreadWatch(scroller.page());
  try {
    const done = await within(flingIn(scroller, ms), HUNG_AFTER_MS);
    if (done) return done;
    // The page gave no answer: neither a frame nor a timer ran. Say where its main thread is.
    throw new Error(`the page did not answer for ${HUNG_AFTER_MS / 1000} s during a ${ms} ms fling; ${await watch.where()}`);
  } finally {
    await watch.stop();
  }
}

/**
 * What `promise` gives within `ms`, else null. A page that does not answer must not hold the
 * test's own error; and an answer that comes too late (or fails as the page closes) is nobody's error.
 */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  promise.catch(() => {});
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Far beyond a slow fling (2 s of the page's clock plus steps of at most 100 ms each). */
const HUNG_AFTER_MS = 30_000;

type CallFrame = { functionName: string; url: string; location: { lineNumber: number; columnNumber: number } };

/**
 * Where a page's main thread is, from Chromium's debugger: the script it runs (paused there), or,
 * when the pause gets no answer, that it is held outside any script (layout, a sync call to the
 * browser).
 */
async function mainThreadWatch(page: Page): Promise<{ where(): Promise<string>; stop(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  const paused = new Promise<CallFrame[]>((resolve) => {
    cdp.on('event', ({ method, params }) => {
      if (method === 'Debugger.paused') resolve((params as { callFrames: CallFrame[] }).callFrames);
    });
  });
  await cdp.send('Debugger.enable');
  const frame = (f: CallFrame) => `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.location.lineNumber + 1}:${f.location.columnNumber + 1}`;
  return {
    async where() {
      void cdp.send('Debugger.pause').catch(() => {});
      const frames = await within(paused, 5_000);
      if (!frames) return 'a pause got no answer in 5 s: the main thread is held outside any script';
      return `its main thread was running: ${frames.slice(0, 12).map(frame).join(' < ')}`;
    },
    async stop() {
      // A page still stuck would not answer: the test's own error must not wait on it.
      await within((async () => {
        await cdp.send('Debugger.disable');
        await cdp.detach();
      })(), 2_000);
    },
  };
}

function flingIn(scroller: Locator, ms: number): Promise<Fling> {
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

/**
 * What the browser does with the page now, in words: whether a frame comes within a second. A
 * failed check after a fling says which of these went wrong: the page (frames come, the grid did
 * not follow), the browser (no frame at all, so no scroll handler, IntersectionObserver or paint
 * ran: seen in headless Chromium under load, with the page's script still answering), or the
 * page's main thread (no answer at all).
 */
export async function framesNow(page: Page): Promise<string> {
  const frame = page.evaluate(() => new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 1_000);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve(true);
    });
  }));
  const drawn = await within(frame, 5_000);
  if (drawn === null) return 'The page did not answer in 5 s: its main thread is held.';
  return drawn
    ? 'The browser draws frames: the grid did not follow the scroll.'
    : 'The browser drew no frame in 1 s: nothing that runs with a frame (the grid\'s measuring, IntersectionObserver) could run.';
}
