import { useCallback, useSyncExternalStore } from 'react';

/**
 * The view lives in the URL (`?scope=pr7214&segment=27665601&locale=de`) so a link opens it again;
 * `&asset=de:screens/shot.png` (see domain/asset-link) also opens that asset's lightbox.
 */
export interface UrlView {
  scope: string | null;
  segment: string | null;
  locale: string | null;
  asset: string | null;
}

const KEYS = ['scope', 'segment', 'locale', 'asset'] as const;
/** Kept in a link beside the view: where to connect (the key is always typed, never linked). */
const LINKED_PARAMS = ['server'] as const;
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
  return { scope: params.get('scope'), segment: params.get('segment'), locale: params.get('locale'), asset: params.get('asset') };
}

function applyView(url: URL, change: Partial<UrlView>): void {
  // An asset belongs to its segment: another segment or scope drops it.
  const view: Partial<UrlView> = ('segment' in change || 'scope' in change) && !('asset' in change) ? { ...change, asset: null } : change;
  for (const key of KEYS) {
    if (!(key in view)) continue;
    const value = view[key];
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
}

/** A link for the next person: this page with the view (and the server) only, never a token. */
export function viewLink(view: Partial<UrlView>, current = window.location.href): string {
  const here = new URL(current);
  const url = new URL(here.pathname, here.origin);
  for (const key of LINKED_PARAMS) {
    const value = here.searchParams.get(key);
    if (value) url.searchParams.set(key, value);
  }
  applyView(url, view);
  return url.href;
}

export function writeView(change: Partial<UrlView>, mode: 'push' | 'replace' = 'replace'): void {
  const url = new URL(window.location.href);
  applyView(url, change);
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
