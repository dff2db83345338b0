import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A stable function that calls the latest `fn`: host callbacks are new on every render, and an
 * effect that depends on one would fire again each time.
 */
export function useEventCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
export function useEventCallback<A extends unknown[]>(fn: ((...args: A) => void) | undefined): (...args: A) => void;
export function useEventCallback<A extends unknown[], R>(fn: ((...args: A) => R) | undefined): (...args: A) => R | undefined {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current?.(...args), []);
}
