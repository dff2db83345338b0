import type { StoreApi } from 'zustand/vanilla';

type Listener<T> = (state: T, previous: T) => void;

/**
 * The same store, but its listeners hear of changes at most once per `ms`, all together. A drop
 * of 100 files makes hundreds of state changes (progress, status) a second; the screen needs a
 * few. The first change after a quiet spell goes out at once (a file finishing alone shows
 * without delay); readers always get the latest state, only the wake-ups are fewer.
 */
export type ThrottledStore<T> = Pick<StoreApi<T>, 'getState' | 'getInitialState' | 'subscribe'> & {
  /** Tells the listeners now (a file just finished: no reason to make anyone wait). */
  flush(): void;
};

export function throttledStore<T>(store: StoreApi<T>, ms: number): ThrottledStore<T> {
  const listeners = new Set<Listener<T>>();
  let since: T | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastNotified = -Infinity;
  let unsubscribe: (() => void) | null = null;

  const notify = () => {
    timer = null;
    if (since === null) return;
    const previous = since;
    since = null;
    lastNotified = performance.now();
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
        const wait = Math.max(0, lastNotified + ms - performance.now());
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
