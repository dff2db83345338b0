import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { useApiClient } from '../../../api/client-context';
import { assetDownloadUrl } from '../../../api/download-asset';
import type { Asset } from '../../../domain/asset';
import { useGalleryOptions } from '../gallery-options';
import { MAX_PREVIEW_BYTES } from '../load-preview';
import { NotAPdfError, openPdf, pdfFailure } from './load-pdfjs';
import { pdfBytesQuery } from './pdf-query';
import { pageSize } from './render-pdf-page';

export type PdfPagesState =
  | { status: 'loading' }
  /** The bytes are no PDF after all: the lightbox offers the download. */
  | { status: 'none' }
  | { status: 'failed'; reason: 'password' | 'damaged' | 'too-large' | 'download'; error?: unknown }
  | { status: 'ready'; pages: number; number: number; page: PDFPageProxy | null; size: { width: number; height: number } | null };

export interface PdfPages {
  state: PdfPagesState;
  /** Shows page `number` (1-based; outside the document, nothing happens). */
  go(number: number): void;
}

type Opened = { url: string; pdf: PDFDocumentProxy } | { url: string; error: unknown };

/**
 * A PDF in the lightbox: its bytes (shared with the tile's first page), the document opened by
 * pdf.js, and one page at a time. A new asset starts again at page 1; a closed lightbox closes
 * the document (and frees its memory in the worker).
 */
export function usePdfPages(asset: Asset, enabled: boolean): PdfPages {
  const client = useApiClient();
  const { previewAuth } = useGalleryOptions();
  const url = assetDownloadUrl(client, asset)?.href ?? '';
  const small = asset.size <= MAX_PREVIEW_BYTES;
  const bytes = useQuery({ ...pdfBytesQuery(client, asset, previewAuth, url), enabled: enabled && !!url && small });
  const [opened, setOpened] = useState<Opened | null>(null);
  const [at, setAt] = useState({ url, number: 1 });
  const [page, setPage] = useState<{ url: string; number: number; page: PDFPageProxy } | null>(null);
  if (at.url !== url) setAt({ url, number: 1 });
  const data = enabled ? bytes.data : undefined;

  useEffect(() => {
    if (!data) return;
    const controller = new AbortController();
    let pdf: PDFDocumentProxy | null = null;
    openPdf(data, controller.signal).then(
      (opened) => {
        // Opened in the moment between the close and this callback: nobody will show it.
        if (controller.signal.aborted) return void opened.destroy();
        pdf = opened;
        setOpened({ url, pdf: opened });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setOpened({ url, error });
      },
    );
    return () => {
      controller.abort();
      void pdf?.destroy();
    };
  }, [data, url]);

  const pdf = opened?.url === url && 'pdf' in opened ? opened.pdf : null;
  useEffect(() => {
    if (!pdf) return;
    let current = true;
    void pdf.getPage(at.number).then((proxy) => {
      if (current) setPage({ url, number: at.number, page: proxy });
    }, () => {});
    return () => {
      current = false;
    };
  }, [pdf, url, at.number]);

  const go = (number: number) => {
    if (pdf && number >= 1 && number <= pdf.numPages) setAt({ url, number });
  };
  let state: PdfPagesState;
  if (!small) state = { status: 'failed', reason: 'too-large' };
  else if (bytes.isError) state = { status: 'failed', reason: 'download', error: bytes.error };
  else if (opened?.url === url && 'error' in opened) {
    state = opened.error instanceof NotAPdfError ? { status: 'none' } : { status: 'failed', reason: pdfFailure(opened.error), error: opened.error };
  } else if (pdf) {
    const shown = page && page.url === url && page.number === at.number ? page.page : null;
    state = { status: 'ready', pages: pdf.numPages, number: at.number, page: shown, size: shown ? pageSize(shown) : null };
  } else state = { status: 'loading' };
  return { state, go };
}
