import type { ReactNode } from 'react';
import type { Asset } from '../../../domain/asset';
import type { SniffedKind } from '../../../domain/sniff-media';
import { usePdfFirstPage } from './use-pdf-first-page';

interface PdfFirstPageProps {
  asset: Asset;
  wanted: boolean;
  /** The type icon, for when there is no page to show (`sniffed`: what the bytes turned out to be). */
  icon: (sniffed?: SniffedKind) => ReactNode;
}

/** A PDF tile's picture: its first page, drawn by pdf.js; the type icon when it cannot be drawn. */
export function PdfFirstPage({ asset, wanted, icon }: PdfFirstPageProps) {
  const state = usePdfFirstPage(asset, wanted);
  if (state.status === 'loading') return <span className="sap-preview-loading" aria-hidden="true" />;
  if (state.status !== 'ready') return <>{icon()}</>;
  if (state.page.kind === 'none') return <>{icon(state.page.sniffed)}</>;
  return <img src={state.page.src} alt={asset.name} width={320} height={240} decoding="async" draggable={false} className="sap-pdf-page" />;
}
