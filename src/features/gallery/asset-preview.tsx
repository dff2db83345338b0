import { useRef } from 'react';
import type { Asset } from '../../domain/asset';
import { fileExtension, fileKind } from '../../domain/file-kind';
import { frameRect, type Rect } from '../../domain/mark-geometry';
import { marksAreStale, type MarksFile } from '../../domain/marks';
import { assetVersion } from '../../domain/marks-index';
import type { SniffedKind } from '../../domain/sniff-media';
import { useI18n } from '../../ui/i18n/i18n';
import { errorText } from '../../ui/user-message';
import { framedStyle, MarksOverlay } from './marks-overlay';
import { useAssetMarks } from './use-asset-marks';
import { shownKind, useAssetPreview } from './use-asset-preview';
import { useNearViewport } from './use-near-viewport';
import { usePreviewsHeld } from './previews-held';
import { PdfFirstPage } from './pdf/pdf-first-page';
import { mayBePdf } from './pdf/pdf-query';

interface AssetPreviewProps {
  asset: Asset;
  /** A sibling image with the same name stem, shown before the video plays. */
  poster?: Asset | null;
  /** The image's marks file: read like the preview, when the tile comes near the view. */
  marks?: Asset | null;
}

/** The tile's box (4:3) around the first mark: enough around it to recognize the screen. */
const TILE_ASPECT = 4 / 3;
const UNFRAMED = { position: 'absolute', inset: 0 } as const;
const MIN_FRAME_SHARE = 0.4;

export function thumbnailFrame(file: MarksFile): Rect | null {
  const first = file.marks[0];
  if (!first) return null;
  const { width, height } = file.image;
  const frame = frameRect(first, width, height, TILE_ASPECT, 1);
  if (frame.width >= MIN_FRAME_SHARE) return frame;
  // A small label alone says little: the frame shows at least 40 % of the image's width.
  const centre = first.x + first.width / 2;
  return frameRect({ x: centre - MIN_FRAME_SHARE / 2, y: first.y, width: MIN_FRAME_SHARE, height: first.height }, width, height, TILE_ASPECT, 0);
}

function PosterSource({ poster, wanted, children }: { poster: Asset; wanted: boolean; children: (src: string | undefined) => React.ReactNode }) {
  const state = useAssetPreview(poster, wanted, 'tile');
  return <>{children(state.status === 'ready' && state.kind === 'image' ? state.src : undefined)}</>;
}

const NAMED_TYPES: Partial<Record<SniffedKind, string>> = { svg: 'SVG', html: 'HTML', xml: 'XML', pdf: 'PDF' };

/** The type icon's label: what the bytes are when they said so, else the name's extension. */
function typeLabel(name: string, sniffed?: SniffedKind): string {
  return (sniffed && NAMED_TYPES[sniffed]) || fileExtension(name).toUpperCase().slice(0, 4) || 'FILE';
}

/** The picture part of a tile: an image, a video, or a type icon, in a box of fixed aspect. */
export function AssetPreview({ asset, poster, marks }: AssetPreviewProps) {
  const { t, language } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  // Near the view, and the list not streaming in (see previews-held): a preview is of use.
  const held = usePreviewsHeld();
  const near = useNearViewport(box) && !held;
  // The declared type only says whether to look at the bytes; what is shown follows the bytes.
  const declared = fileKind(asset.contentType, asset.name);
  const preview = useAssetPreview(asset, near && declared !== 'other', 'tile');
  const kind = shownKind(asset, preview);
  const marksState = useAssetMarks(kind === 'image' ? marks : null, near);
  const marked = marksState.status === 'ready' && marksState.read.ok && marksState.read.file.marks.length > 0 ? marksState.read.file : null;

  let content: React.ReactNode;
  if (declared === 'other' || preview.status === 'none') {
    const sniffed = preview.status === 'none' ? preview.sniffed : undefined;
    const icon = (type = sniffed) => <span className="sap-file-icon" aria-hidden="true">{typeLabel(asset.name, type)}</span>;
    content = mayBePdf(asset, sniffed) ? <PdfFirstPage asset={asset} wanted={near} icon={icon} /> : icon();
  } else if (preview.status === 'ready' && preview.kind === 'image' && marks) {
    // Framed on the first mark once the marks are read, the boxes drawn over it; the same <img>
    // before and after (no second decode when the marks arrive). The lightbox shows it whole.
    content = (
      <div className="sap-marked-frame" style={marked ? framedStyle(thumbnailFrame(marked)!) : UNFRAMED}>
        <img src={preview.src} alt={asset.name} width={320} height={240} loading="lazy" decoding="async" draggable={false} className={marked ? 'sap-framed' : undefined} />
        {marked && <MarksOverlay marks={marked.marks} stale={marksAreStale(marked, assetVersion(asset))} />}
      </div>
    );
  } else if (preview.status === 'ready' && preview.kind === 'image') {
    content = <img src={preview.src} alt={asset.name} width={320} height={240} loading="lazy" decoding="async" draggable={false} />;
  } else if (preview.status === 'ready') {
    const video = (posterSrc?: string) => (
      // Not in the tab order: the grid is one tab stop, and the lightbox (Enter) has the same controls.
      <video src={preview.src} aria-label={asset.name} poster={posterSrc} preload="metadata" playsInline muted controls tabIndex={-1} width={320} height={240} />
    );
    content = poster ? <PosterSource poster={poster} wanted={near}>{video}</PosterSource> : video();
  } else if (preview.status === 'blocked') {
    content = <span className="sap-preview-note">{t('gallery.previewBlocked')}</span>;
  } else if (preview.status === 'too-large') {
    content = <span className="sap-preview-note">{t('gallery.previewTooLarge')}</span>;
  } else if (preview.status === 'error') {
    content = <span className="sap-preview-note" title={errorText(t, language, preview.error)}>{t('gallery.previewFailed')}</span>;
  } else {
    content = <span className="sap-preview-loading" aria-hidden="true" />;
  }
  return <div ref={box} className={`sap-preview sap-preview-${kind}`}>{content}</div>;
}
