import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/client-context';
import { assetDownloadUrl } from '../../api/download-asset';
import { previewKeys } from '../../api/query-keys';
import type { Asset } from '../../domain/asset';
import { fileKind, type FileKind } from '../../domain/file-kind';
import type { SniffedKind } from '../../domain/sniff-media';
import { useGalleryOptions } from './gallery-options';
import { loadPreview, MAX_PREVIEW_BYTES } from './load-preview';
import { loadTilePreview } from './thumbnails/load-tile-preview';

export { MAX_PREVIEW_BYTES };

export type PreviewState =
  | { status: 'idle' | 'loading' }
  /** `natural`: a tile's thumbnail says the size of the image it was made from. */
  | { status: 'ready'; kind: 'image' | 'video'; src: string; natural?: { width: number; height: number } }
  /** The bytes are no picture nor video the panel shows (whatever the name said): a type icon. */
  | { status: 'none'; sniffed: SniffedKind }
  | { status: 'blocked' }
  | { status: 'too-large' }
  | { status: 'error'; error: unknown };

/**
 * The preview of an asset. Any URL from the server is checked first (http or https, on the API's
 * origin); what is shown is decided by the file's bytes (load-preview.ts), cached by download URL
 * and revoked by preview-cache.ts. With `wanted` false nothing is fetched, but a cached preview is
 * still given. `tile`: a small thumbnail of an image (thumbnails/load-tile-preview.ts), the full
 * image being the lightbox's; a video is the same for both (it plays in its tile).
 */
export function useAssetPreview(asset: Asset, wanted: boolean, use: 'full' | 'tile' = 'full'): PreviewState {
  const client = useApiClient();
  const { previewAuth } = useGalleryOptions();
  const url = assetDownloadUrl(client, asset);
  const viaHeaders = previewAuth === 'headers';
  const small = asset.size <= MAX_PREVIEW_BYTES;
  const thumbnail = use === 'tile' && fileKind(asset.contentType, asset.name) !== 'video';
  const key = previewKeys.url(url?.href ?? '', previewAuth);
  const query = useQuery({
    queryKey: thumbnail ? [...key, 'tile'] : key,
    queryFn: ({ signal }) => (thumbnail ? loadTilePreview : loadPreview)(client, asset, previewAuth, url!.href, signal),
    enabled: wanted && !!url && (small || !viaHeaders),
    staleTime: Infinity,
    gcTime: 60_000,
  });
  if (!url) return { status: 'blocked' };
  if (viaHeaders && !small) return { status: 'too-large' };
  if (query.data?.kind === 'none') return { status: 'none', sniffed: query.data.sniffed };
  if (query.data) return { status: 'ready', ...query.data };
  if (query.isError) return { status: 'error', error: query.error };
  return { status: wanted ? 'loading' : 'idle' };
}

/** What an asset is shown as: its bytes once known, its declared type until then. */
export function shownKind(asset: Pick<Asset, 'contentType' | 'name'>, preview: PreviewState): FileKind {
  if (preview.status === 'ready') return preview.kind;
  if (preview.status === 'none') return 'other';
  return fileKind(asset.contentType, asset.name);
}
