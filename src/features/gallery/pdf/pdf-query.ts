import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../api/client';
import { fetchAssetBytes } from '../../../api/download-asset';
import { previewKeys } from '../../../api/query-keys';
import type { Asset } from '../../../domain/asset';
import { effectiveContentType } from '../../../domain/file-kind';
import { sniffMedia, type SniffedKind } from '../../../domain/sniff-media';
import type { PreviewAuth } from '../gallery-options';
import { renderPdfThumbnail } from './pdf-thumbnail';

/** What the first page of a would-be PDF gives: a picture and the page count, or the bytes were something else. */
export type PdfFirstPage =
  | { kind: 'image'; src: string; pages: number }
  | { kind: 'none'; sniffed: SniffedKind };

/**
 * Worth looking at as a PDF: declared one (by type, or by name when the type is generic), or
 * sniffed as one under another name. Only the bytes decide in the end (`openPdf`).
 */
export function mayBePdf(asset: Pick<Asset, 'contentType' | 'name'>, sniffed?: SniffedKind): boolean {
  return sniffed === 'pdf' || effectiveContentType(asset.contentType, asset.name) === 'application/pdf';
}

/**
 * The bytes of a PDF, shared by the tile's first page and the lightbox's pages (a lightbox opened
 * soon after the tile drew its page downloads nothing again). Kept briefly: they can be large.
 */
export function pdfBytesQuery(client: ApiClient, asset: Asset, auth: PreviewAuth, url: string) {
  return {
    queryKey: [...previewKeys.url(url, auth), 'pdf-bytes'] as const,
    queryFn: async ({ signal }: { signal: AbortSignal }) => new Uint8Array(await (await fetchAssetBytes(client, asset, auth, signal)).arrayBuffer()),
    staleTime: Infinity,
    gcTime: 15_000,
  };
}

/**
 * The first page as a PNG object URL (a picture the panel drew, revoked with the other previews
 * by preview-cache.ts: its key starts like theirs), and the page count. Bytes that are no PDF
 * get no URL: the tile shows their type.
 */
export function pdfFirstPageQuery(queryClient: QueryClient, client: ApiClient, asset: Asset, auth: PreviewAuth, url: string) {
  return {
    queryKey: [...previewKeys.url(url, auth), 'pdf-first-page'] as const,
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<PdfFirstPage> => {
      const bytes = await queryClient.fetchQuery(pdfBytesQuery(client, asset, auth, url));
      const media = sniffMedia(bytes.subarray(0, 16));
      if (media.kind !== 'pdf') return { kind: 'none', sniffed: media.kind };
      const { png, pages } = await renderPdfThumbnail(bytes, signal);
      // A cancelled query drops its result: an object URL made now would never be revoked.
      signal.throwIfAborted();
      return { kind: 'image', src: URL.createObjectURL(png), pages };
    },
    staleTime: Infinity,
    gcTime: 60_000,
  };
}
