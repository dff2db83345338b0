import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/client-context';
import { assetDownloadUrl, downloadAsset } from '../../api/download-asset';
import { previewKeys } from '../../api/query-keys';
import type { Asset } from '../../domain/asset';
import { useGalleryOptions } from './gallery-options';

/** Larger files are not pulled into memory just to preview them (with auth headers). */
export const MAX_PREVIEW_BYTES = 60 * 1024 * 1024;

export type PreviewState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; src: string }
  | { status: 'blocked' }
  | { status: 'too-large' }
  | { status: 'error'; error: unknown };

/**
 * The address a preview loads from. Any URL from the server is checked first (http or https,
 * on the API's origin); then either fetched with the auth headers into an object URL (cached by
 * download URL, revoked by preview-cache.ts), or used directly when the host's cookie authenticates.
 */
export function useAssetPreview(asset: Asset, wanted: boolean): PreviewState {
  const client = useApiClient();
  const { previewAuth } = useGalleryOptions();
  const url = assetDownloadUrl(client, asset);
  const viaHeaders = previewAuth === 'headers';
  const small = asset.size <= MAX_PREVIEW_BYTES;
  const query = useQuery({
    queryKey: previewKeys.url(url?.href ?? ''),
    queryFn: async ({ signal }) => URL.createObjectURL(await downloadAsset(client, asset, signal)),
    enabled: wanted && !!url && viaHeaders && small,
    staleTime: Infinity,
    gcTime: 60_000,
  });
  if (!url) return { status: 'blocked' };
  if (!viaHeaders) return wanted ? { status: 'ready', src: url.href } : { status: 'idle' };
  if (!small) return { status: 'too-large' };
  if (query.data) return { status: 'ready', src: query.data };
  if (query.isError) return { status: 'error', error: query.error };
  return { status: wanted ? 'loading' : 'idle' };
}
