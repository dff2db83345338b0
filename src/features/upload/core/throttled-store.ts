import type { StoreApi } from 'zustand/vanilla';

type Listener<T> = (state: T, previous: T) => void;

/**
 * The same store, but its listeners hear of changes at most once per `ms`, all together. A drop
 * of 100 files makes hundreds of state changes (progress, status) a second; the screen needs a
 * few. The first change after a quiet spell goes out at once (a file finishing alone shows
 * without delay); readers always get the latest state, only the wake-ups are fewer. Changes that
 * keep coming for `streamAfterMs` (a long batch, a big file's progress) go out once per
 * `streamMs`: each wake-up renders, lays out and paints the list, and on a slow machine that
 * work is taken from the uploads themselves.
 */
export type ThrottledStore<T> = Pick<StoreApi<T>, 'getState' | 'getInitialState' | 'subscribe'> & {
  /** Tells the listeners now (a file just finished: no reason to make anyone wait). */
  flush(): void;
};

export interface ThrottleTimes {
  /** The shortest time between two wake-ups. */
  ms: number;
  /** The time between wake-ups once changes have kept coming for `streamAfterMs`. */
  streamMs?: number;
  streamAfterMs?: number;
}

export function throttledStore<T>(store: StoreApi<T>, { ms, streamMs = ms, streamAfterMs = 1000 }: ThrottleTimes): ThrottledStore<T> {
  const listeners = new Set<Listener<T>>();
  let since: T | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastNotified = -Infinity;
  /** When the wake-ups began following each other with no quiet spell between them. */
  let streamSince = -Infinity;
  let unsubscribe: (() => void) | null = null;

  const notify = () => {
    timer = null;
    if (since === null) return;
    const previous = since;
    since = null;
    const now = performance.now();
    if (now - lastNotified > 2 * Math.max(ms, streamMs)) streamSince = now;
    lastNotified = now;
    const state = store.getState();
    for (const listener of [...listeners]) listener(state, previous);
  };

  return {
    getState: store.getState,
    getInitialState: store.getInitialState,
    flush() {
      if (!timer) return;
      clearTimeout(timer);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      unsubscribe ??= store.subscribe((_, previous) => {
        since ??= previous;
        if (timer) return;
        // Quiet for a while: go out after this task (so one burst is one render); else wait the rest of `ms`.
        const now = performance.now();
        const streaming = now - lastNotified <= 2 * Math.max(ms, streamMs) && now - streamSince >= streamAfterMs;
        const wait = Math.max(0, lastNotified + (streaming ? streamMs : ms) - now);
        timer = setTimeout(notify, wait);
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        unsubscribe?.();
        unsubscribe = null;
        if (timer) clearTimeout(timer);
        timer = null;
        since = null;
      };
    },
  };
}
