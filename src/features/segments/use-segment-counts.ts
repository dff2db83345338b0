import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/client-context';
import { assetsOfSegmentsQuery } from '../../api/list-assets';
import { countAssetsBySegment } from './asset-counts';

/**
 * The asset counts of one page of segments: ONE list-of-several call for the whole page, never
 * one per segment. No placeholder from the previous page: its counts would read as "no assets".
 * Share the cache with the panel: its uploads and deletes invalidate `assetKeys.scope(scope)`,
 * which covers these keys; other people's changes show on window focus once the counts are stale.
 */
export function useSegmentCounts(scope: string, segmentIds: readonly number[]) {
  const client = useApiClient();
  return useQuery({
    ...assetsOfSegmentsQuery(client, scope, segmentIds),
    select: countAssetsBySegment,
    enabled: segmentIds.length > 0,
  });
}
