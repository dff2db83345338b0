import { queryOptions } from '@tanstack/react-query';
import type { Asset } from '../domain/asset';
import { parseAssetList } from './asset-schema';
import type { ApiClient } from './client';
import { assetKeys } from './query-keys';

/** `GET /api/resources/assets/{segmentId}/list?scope=`: every locale and folder. */
export async function listSegmentAssets(client: ApiClient, scope: string, segmentId: number, signal?: AbortSignal): Promise<Asset[]> {
  return parseAssetList(await client.json<unknown>({ path: `resources/assets/${segmentId}/list`, query: { scope }, signal }));
}

/** `GET /api/resources/assets/list?scope=&segmentIds=`: several segments in one call. */
export async function listAssetsOfSegments(
  client: ApiClient, scope: string, segmentIds: readonly number[], signal?: AbortSignal,
): Promise<Asset[]> {
  if (segmentIds.length === 0) return [];
  const answer = await client.json<unknown>({
    path: 'resources/assets/list',
    query: { scope, segmentIds: segmentIds.join(',') },
    signal,
  });
  return parseAssetList(answer);
}

export function segmentAssetsQuery(client: ApiClient, scope: string, segmentId: number) {
  return queryOptions({
    queryKey: assetKeys.segment(scope, segmentId),
    queryFn: ({ signal }) => listSegmentAssets(client, scope, segmentId, signal),
  });
}

export function assetsOfSegmentsQuery(client: ApiClient, scope: string, segmentIds: readonly number[]) {
  return queryOptions({
    queryKey: assetKeys.segments(scope, segmentIds),
    queryFn: ({ signal }) => listAssetsOfSegments(client, scope, segmentIds, signal),
  });
}
