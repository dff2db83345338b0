import { useCallback, useSyncExternalStore } from 'react';

/** The view lives in the URL (`?scope=pr7214&segment=27665601&locale=de`) so a link opens it again. */
export interface UrlView {
  scope: string | null;
  segment: string | null;
  locale: string | null;
}

const KEYS = ['scope', 'segment', 'locale'] as const;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const snapshot = () => window.location.search;

export function readView(search: string): UrlView {
  const params = new URLSearchParams(search);
  return { scope: params.get('scope'), segment: params.get('segment'), locale: params.get('locale') };
}

export function writeView(change: Partial<UrlView>, mode: 'push' | 'replace' = 'replace'): void {
  const url = new URL(window.location.href);
  for (const key of KEYS) {
    if (!(key in change)) continue;
    const value = change[key];
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  if (url.href === window.location.href) return;
  window.history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  for (const listener of listeners) listener();
}

export function useUrlView(): [UrlView, (change: Partial<UrlView>, mode?: 'push' | 'replace') => void] {
  const search = useSyncExternalStore(subscribe, snapshot, () => '');
  const update = useCallback((change: Partial<UrlView>, mode?: 'push' | 'replace') => writeView(change, mode), []);
  return [readView(search), update];
}

/** A one-off URL parameter outside the view (e.g. `server`), read once. */
export function urlParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}
