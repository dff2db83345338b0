import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';
import type { Asset } from '../../domain/asset';
import type { MarksFile } from '../../domain/marks';
import { useI18n } from '../../ui/i18n/i18n';
import { useEventCallback } from '../../ui/use-event-callback';
import { errorText } from '../../ui/user-message';
import { MarksOverlay } from './marks-overlay';
import { PdfPageCanvas } from './pdf/pdf-page-canvas';
import type { PdfPagesState } from './pdf/use-pdf-pages';
import type { PreviewState } from './use-asset-preview';
import { useStageGestures } from './use-stage-gestures';
import type { ZoomPan } from './use-zoom-pan';
import { fitScale, type Size } from './zoom-math';

/** What the lightbox shows of an asset: decided by its bytes (the preview, or pdf.js for a PDF). */
export type StageKind = 'image' | 'video' | 'pdf' | 'other';

interface LightboxStageProps {
  stageRef: RefObject<HTMLDivElement | null>;
  asset: Asset;
  kind: StageKind;
  preview: PreviewState;
  pdf: PdfPagesState;
  zoom: ZoomPan;
  hidden: boolean;
  marks: { file: MarksFile; stale: boolean } | null;
  onImageSize(size: Size): void;
}

/**
 * The lightbox's picture: an image or a PDF page in the zoom model (the content box is sized and
 * moved by `zoom.view`; marks are drawn in the box, so they follow), a video as large as the
 * stage at its own aspect ratio, or a sentence saying why there is nothing to see.
 */
export function LightboxStage({ stageRef, asset, kind, preview, pdf, zoom, hidden, marks, onImageSize }: LightboxStageProps) {
  const { t, language } = useI18n();
  const hintId = useId();
  /** The source that failed to decode (by src: another asset starts afresh). */
  const [broken, setBroken] = useState<string | null>(null);
  /** A PDF page that pdf.js could not draw (by page: another page or asset starts afresh). */
  const [failedPage, setFailedPage] = useState<unknown>(null);
  const src = preview.status === 'ready' ? preview.src : '';
  const pdfPage = pdf.status === 'ready' ? pdf.page : null;
  const pdfFailed = !!pdfPage && failedPage === pdfPage;
  const zoomable = (kind === 'image' && preview.status === 'ready' && broken !== src) || (kind === 'pdf' && !!pdfPage && !pdfFailed);
  const gestures = useStageGestures(stageRef, zoom, zoomable && !hidden);
  const { view } = zoom;

  const note = (message: string, alert = false) => <p className="sap-preview-note" role={alert ? 'alert' : undefined}>{message}</p>;
  const box = (children: ReactNode) => {
    const size = zoom.ready ? { width: zoom.content.width * view.scale, height: zoom.content.height * view.scale } : null;
    const style: CSSProperties = size
      ? { width: `${size.width}px`, height: `${size.height}px`, transform: `translate(${view.x}px, ${view.y}px)` }
      : { visibility: 'hidden' };
    return <span className="sap-lightbox-canvas" style={style}>{children}</span>;
  };

  let content: ReactNode;
  if (kind === 'other') content = note(t('lightbox.noPreview'));
  else if (kind === 'pdf') {
    if (pdf.status === 'failed' || pdfFailed) {
      const reason = pdf.status === 'failed' ? pdf.reason : 'damaged';
      const error = pdf.status === 'failed' ? pdf.error : undefined;
      const messages = { password: t('lightbox.pdfPassword'), damaged: t('lightbox.pdfDamaged'), 'too-large': t('lightbox.pdfTooLarge'), download: t('lightbox.pdfDownload') };
      content = note(`${messages[reason]}${reason === 'download' && error ? ` ${errorText(t, language, error)}` : ''}`, true);
    } else if (pdf.status === 'ready' && pdf.page) {
      const label = t('lightbox.pageLabel', { name: asset.name, number: pdf.number, count: pdf.pages });
      content = box(<PdfPageCanvas page={pdf.page} scale={view.scale} label={label} onFailed={() => setFailedPage(pdf.page)} />);
    } else content = note(t('lightbox.pdfLoading'));
  } else if (preview.status !== 'ready') content = note(t('gallery.previewLoading'));
  else if (broken === src) content = note(t(kind === 'video' ? 'lightbox.videoBroken' : 'lightbox.imageBroken'), true);
  else if (preview.kind === 'image') {
    content = box(
      <>
        <img
          src={src}
          alt={asset.name}
          draggable={false}
          onLoad={(e) => onImageSize({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
          onError={() => setBroken(src)}
        />
        {marks && <MarksOverlay marks={marks.file.marks} stale={marks.stale} current={zoom.framedTag ?? undefined} />}
      </>,
    );
  } else content = <StageVideo src={src} name={asset.name} stage={zoom.stage} onBroken={() => setBroken(src)} />;

  return (
    <div
      ref={stageRef}
      hidden={hidden}
      className={`sap-lightbox-stage${zoomable ? ' sap-zoomable' : ''}${zoom.pannable ? ' sap-pannable' : ''}`}
      // Focusable: the keys (+, −, 0, arrows) work from here, and a screen reader hears how.
      tabIndex={zoomable ? 0 : undefined}
      role="region"
      aria-label={t('lightbox.stage')}
      aria-describedby={zoomable ? hintId : undefined}
      {...gestures}
    >
      {content}
      {zoomable && <span id={hintId} className="sap-visually-hidden">{t('lightbox.stageHint')}</span>}
    </div>
  );
}

/** A video as large as the stage allows, at its own aspect ratio (a 320 × 240 clip too), with its controls. */
function StageVideo({ src, name, stage, onBroken }: { src: string; name: string; stage: Size; onBroken(): void }) {
  const element = useRef<HTMLVideoElement>(null);
  const [own, setOwn] = useState<{ src: string; size: Size } | null>(null);
  const measure = useEventCallback(() => {
    const video = element.current;
    if (video && video.readyState >= HTMLMediaElement.HAVE_METADATA && video.videoWidth > 0) {
      setOwn({ src, size: { width: video.videoWidth, height: video.videoHeight } });
    }
  });
  // Metadata may be there before the first effect (a blob in memory): read it then too.
  useEffect(measure, [src, measure]);
  const size = own?.src === src ? own.size : null;
  const scale = size ? fitScale(stage, size, true) : 0;
  const style = size && scale ? { width: `${size.width * scale}px`, height: `${size.height * scale}px` } : undefined;
  return (
    <video ref={element} src={src} aria-label={name} controls playsInline preload="metadata" style={style} onLoadedMetadata={measure} onError={onBroken} />
  );
}
