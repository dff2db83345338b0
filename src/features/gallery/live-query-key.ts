import { hashKey, useQueryClient, type QueryCache, type QueryKey } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

/**
 * The key a tile's query should observe: its own once the data is wanted or already cached,
 * else `idle`, a key every such tile shares. A fling through 1,000 tiles mounted three queries a
 * tile, each a cache entry with a 60 s timer of its own (1,900 timers in one 2 s fling, most of
 * a tile's render time); a tile the scroll only passes now costs no entry and no timer. The tile
 * still hears of its own data arriving (loaded by another tile, the lightbox, or itself once
 * wanted): it listens to the cache for that key alone, without creating it.
 */
export function useLiveQueryKey<T extends QueryKey>(key: T, idle: QueryKey, wanted: boolean): T | QueryKey {
  const cache = useQueryClient().getQueryCache();
  const hash = hashKey(key);
  const subscribe = useCallback((changed: () => void) => listenTo(cache, hash, changed), [cache, hash]);
  const cached = useSyncExternalStore(subscribe, () => cache.get(hash)?.state.data !== undefined);
  return wanted || cached ? key : idle;
}

function listenTo(cache: QueryCache, hash: string, changed: () => void): () => void {
  return cache.subscribe((event) => {
    if (event.query.queryHash === hash) changed();
  });
}
