import { useCallback, useSyncExternalStore } from 'react';

/**
 * A yes/no preference of the person, remembered by this browser (localStorage), shared by every
 * panel of the page (one changes it, all follow; another tab's change too). Where storage is
 * refused (a sandboxed iframe, private modes), it holds for the page's life.
 */
const listeners = new Set<() => void>();
const inMemory = new Map<string, boolean>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea === localStorage) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function readStoredFlag(key: string): boolean | null {
  try {
    const value = localStorage.getItem(key);
    if (value === 'true' || value === 'false') return value === 'true';
  } catch {
    // Storage refused: the page's own memory below.
  }
  return inMemory.get(key) ?? null;
}

export function writeStoredFlag(key: string, value: boolean): void {
  inMemory.set(key, value);
  try {
    localStorage.setItem(key, String(value));
  } catch {
    // Kept for this page only.
  }
  for (const listener of listeners) listener();
}

/** The person's choice for `key`, or `fallback` (the host's default) while they made none. */
export function useStoredFlag(key: string, fallback: boolean): [boolean, (value: boolean) => void] {
  const stored = useSyncExternalStore(subscribe, () => readStoredFlag(key), () => null);
  const set = useCallback((value: boolean) => writeStoredFlag(key, value), [key]);
  return [stored ?? fallback, set];
}
