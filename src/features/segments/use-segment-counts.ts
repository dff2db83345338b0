import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/client-context';
import { assetsOfSegmentsQuery } from '../../api/list-assets';
import { countAssetsBySegment } from './asset-counts';

/**
 * The list may not share the panel's cache (AssetPanel keeps one per instance), and other people
 * add context too: while a page is shown its counts are asked again every 30 s, and on window
 * focus once they are older than the client's stale time. Whoever shares a cache with the uploads
 * gets fresh counts at once: invalidating `assetKeys.scope(scope)` covers these keys.
 */
const COUNTS_REFRESH_MS = 30_000;

/**
 * The asset counts of one page of segments: ONE list-of-several call for the whole page, never
 * one per segment. No placeholder from the previous page: its counts would read as "no assets".
 */
export function useSegmentCounts(scope: string, segmentIds: readonly number[]) {
  const client = useApiClient();
  return useQuery({
    ...assetsOfSegmentsQuery(client, scope, segmentIds),
    select: countAssetsBySegment,
    enabled: segmentIds.length > 0,
    refetchInterval: COUNTS_REFRESH_MS,
  });
}
