import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { listSegmentAssets } from '../../api/list-assets';
import { assetKeys } from '../../api/query-keys';
import { assetKey, type Asset } from '../../domain/asset';
import type { UploadRecord } from './core/types';

/** Finished uploads show at once: the attach answers go into their segments' lists. */
export function putAssetsInCache(queryClient: QueryClient, arrivals: readonly { scope: string; asset: Asset }[]): void {
  const bySegment = new Map<string, { scope: string; segmentId: number; assets: Asset[] }>();
  for (const { scope, asset } of arrivals) {
    const key = `${scope}|${asset.segmentId}`;
    const group = bySegment.get(key);
    if (group) group.assets.push(asset);
    else bySegment.set(key, { scope, segmentId: asset.segmentId, assets: [asset] });
  }
  for (const { scope, segmentId, assets } of bySegment.values()) {
    queryClient.setQueryData<Asset[]>(assetKeys.segment(scope, segmentId), (list) => {
      if (!list) return list;
      const next = [...list];
      // The first item of each key is the one replaced, as a search from the start would find.
      const indexByKey = new Map<string, number>();
      next.forEach((item, index) => {
        const key = assetKey(item);
        if (!indexByKey.has(key)) indexByKey.set(key, index);
      });
      for (const asset of assets) {
        const key = assetKey(asset);
        const index = indexByKey.get(key);
        if (index === undefined) {
          indexByKey.set(key, next.length);
          next.push(asset);
        } else next[index] = asset;
      }
      return next;
    });
  }
}

/**
 * Finished files reach the gallery together, not one render each: a file that finishes alone
 * shows within `soonMs`; the files of a batch (others still on their way, or finishing one after
 * another: a drop of 1,000 screenshots) reach it together every `streamMs`. Each batch moves the
 * tiles in view (newest first), and each tile that comes into view loads its preview: at 150 ms a
 * stream of small files had the gallery fetch 686 previews during a 1,000-file upload, in the
 * uploads' way; and the first file of a batch of 100 showing at 150 ms, then the rest a second
 * later, drew the gallery twice while the others were sending: 3 to 5 % of that batch's time on a
 * two-core machine. The queue's end shows at once (`flush`).
 */
export function createArrivals(queryClient: QueryClient, { soonMs = 150, streamMs = 2000 } = {}) {
  let arrived: { scope: string; asset: Asset }[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let shownAt = -Infinity;
  const show = () => {
    timer = null;
    shownAt = performance.now();
    const batch = arrived;
    arrived = [];
    putAssetsInCache(queryClient, batch);
    // The segment list's counts (a small call per page of segments) follow with the tiles, not
    // only once the whole queue is quiet: a long video must not keep them stale for minutes.
    for (const scope of new Set(batch.map((a) => a.scope))) {
      void queryClient.invalidateQueries({ queryKey: [...assetKeys.scope(scope), 'segments'] });
    }
  };
  return {
    /** `more`: other files of its batch are still on their way. */
    add(scope: string, asset: Asset, more = false) {
      arrived.push({ scope, asset });
      const streaming = more || performance.now() - shownAt < streamMs;
      timer ??= setTimeout(show, streaming ? streamMs : soonMs);
    },
    /** Shows what arrived at once (the queue went quiet): not at the next tick. */
    flush() {
      if (!timer) return;
      clearTimeout(timer);
      show();
    },
  };
}

/**
 * Then the lists are fetched again, for what others changed meanwhile: once the queue is quiet,
 * not after each file (a drop of 100 files would refetch 100 growing lists, in the uploads' way).
 */
export function createListRefresher(queryClient: QueryClient) {
  const scopes = new Set<string>();
  return {
    touched(scope: string) {
      scopes.add(scope);
    },
    /** The queue has nothing running or waiting: refetch what uploads touched. */
    flush() {
      for (const scope of scopes) void queryClient.invalidateQueries({ queryKey: assetKeys.scope(scope) });
      scopes.clear();
    },
  };
}

/** Clocks of browser and server differ; a replaced file from longer ago than this is not ours. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The asset an upload became: same place, same size, changed after the upload began. */
export async function findAttachedAsset(client: ApiClient, record: UploadRecord): Promise<Asset | null> {
  const { target } = record;
  const key = assetKey({ segmentId: target.segmentId, locale: target.locale, relativePath: target.relativePath, name: record.name });
  const list = await listSegmentAssets(client, target.scope, target.segmentId);
  return list.find((asset) => assetKey(asset) === key && asset.size === record.size
    && Date.parse(asset.modifiedDate) >= record.createdAt - CLOCK_SKEW_MS) ?? null;
}
