import type { Asset } from '../domain/asset';
import type { ApiClient } from './client';

export type AssetAddress = Pick<Asset, 'segmentId' | 'name' | 'locale' | 'relativePath'>;

/** `keepalive`: the call outlives the page (a delete sent as the page goes away). */
export interface DeleteOptions {
  signal?: AbortSignal;
  keepalive?: boolean;
}

/** `DELETE /api/resources/assets/{segmentId}?scope=&filename=&locale=&relativePath=`; 200 also when already gone. */
export async function deleteAsset(client: ApiClient, scope: string, asset: AssetAddress, { signal, keepalive }: DeleteOptions = {}): Promise<void> {
  await client.request({
    method: 'DELETE',
    path: `resources/assets/${asset.segmentId}`,
    query: {
      scope,
      filename: asset.name,
      locale: asset.locale || undefined,
      relativePath: asset.relativePath || undefined,
    },
    signal,
    keepalive,
  });
}

/** `DELETE /api/resources/assets/{segmentId}?scope=` without a file name: every asset of the
 * segment, all locales and folders. Irreversible: the UI asks first. */
export async function deleteAllAssets(client: ApiClient, scope: string, segmentId: number, { signal, keepalive }: DeleteOptions = {}): Promise<void> {
  await client.request({ method: 'DELETE', path: `resources/assets/${segmentId}`, query: { scope }, signal, keepalive });
}
