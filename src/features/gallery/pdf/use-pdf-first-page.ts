import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/client-context';
import { assetDownloadUrl } from '../../../api/download-asset';
import type { Asset } from '../../../domain/asset';
import { useGalleryOptions } from '../gallery-options';
import { MAX_PREVIEW_BYTES } from '../load-preview';
import { pdfFirstPageQuery, type PdfFirstPage } from './pdf-query';

export type PdfFirstPageState =
  | { status: 'idle' | 'loading' | 'too-large' | 'blocked' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; page: PdfFirstPage };

/** The first page of a PDF asset, drawn once per download URL (`wanted` false: only what is cached). */
export function usePdfFirstPage(asset: Asset, wanted: boolean): PdfFirstPageState {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { previewAuth } = useGalleryOptions();
  const url = assetDownloadUrl(client, asset);
  const small = asset.size <= MAX_PREVIEW_BYTES;
  const query = useQuery({
    ...pdfFirstPageQuery(queryClient, client, asset, previewAuth, url?.href ?? ''),
    enabled: wanted && !!url && small,
  });
  if (!url) return { status: 'blocked' };
  if (!small) return { status: 'too-large' };
  if (query.data) return { status: 'ready', page: query.data };
  if (query.isError) return { status: 'error', error: query.error };
  return { status: wanted ? 'loading' : 'idle' };
}
