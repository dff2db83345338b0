import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { listSegmentAssets } from '../../api/list-assets';
import { assetKeys } from '../../api/query-keys';
import { assetKey, type Asset } from '../../domain/asset';
import type { UploadRecord } from './core/types';

/** A finished upload shows at once: the attach answer goes into the list, then the list is refetched. */
export function putAssetInCache(queryClient: QueryClient, scope: string, asset: Asset): void {
  queryClient.setQueryData<Asset[]>(assetKeys.segment(scope, asset.segmentId), (list) => {
    if (!list) return list;
    const key = assetKey(asset);
    const index = list.findIndex((item) => assetKey(item) === key);
    return index === -1 ? [...list, asset] : list.map((item, i) => (i === index ? asset : item));
  });
  void queryClient.invalidateQueries({ queryKey: assetKeys.scope(scope) });
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
