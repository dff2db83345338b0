import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type WheelEvent } from 'react';
import { assetKey, type Asset } from '../../domain/asset';
import { fileKind } from '../../domain/file-kind';
import { frameRect } from '../../domain/mark-geometry';
import { marksAreStale, marksFileName } from '../../domain/marks';
import { assetVersion } from '../../domain/marks-index';
import { displayRelativePath } from '../../domain/paths';
import { Dialog } from '../../ui/dialog';
import { formatBytes } from '../../ui/format';
import { useI18n } from '../../ui/i18n/i18n';
import { useGalleryOptions } from './gallery-options';
import { LightboxMarks } from './lightbox-marks';
import { MarksEditor } from './marks-editor';
import { useMarking } from './marking-context';
import { UseForSegments } from './use-for-segments';
import { useApiClient } from '../../api/client-context';
import { fetchAssetBytes } from '../../api/download-asset';
import { MarksOverlay } from './marks-overlay';
import { useAssetMarks } from './use-asset-marks';
import { useSaveMarks } from './use-save-marks';
import { errorText } from '../../ui/user-message';
import { shownKind, useAssetPreview } from './use-asset-preview';

interface LightboxProps {
  assets: readonly Asset[];
  index: number;
  onIndexChange: (index: number) => void;
  onClose: () => void;
  onDownload: (asset: Asset) => void;
  /** Each image's marks file, by the image's `assetKey`. */
  marksOf?: ReadonlyMap<string, Asset>;
}

/** Around a framed mark: this share of its larger side on each side. */
const MARK_MARGIN = 0.6;

const ZOOM_STEPS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8];
/** `fit`: the whole image in the window; a number: that many image pixels per CSS pixel. */
type Zoom = 'fit' | number;

function nextZoom(zoom: Zoom, natural: number, direction: 1 | -1): Zoom {
  const current = zoom === 'fit' ? natural : zoom;
  const steps = direction > 0 ? ZOOM_STEPS.filter((s) => s > current + 1e-6) : ZOOM_STEPS.filter((s) => s < current - 1e-6).reverse();
  return steps[0] ?? zoom;
}

/** A closer look, without leaving the editor: the current filter's assets one by one. */
export function Lightbox({ assets, index, onIndexChange, onClose, onDownload, marksOf }: LightboxProps) {
  const { t, language } = useI18n();
  const { readOnly, previewAuth, marking: markingOption = true, segments = null } = useGalleryOptions();
  const client = useApiClient();
  const marking = useMarking();
  const saving = useSaveMarks();
  const [editing, setEditing] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [shareNotice, setShareNotice] = useState<{ text: string; error?: unknown } | null>(null);
  const asset = assets[index];
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [fitScale, setFitScale] = useState(1);
  const [natural, setNatural] = useState({ width: 0, height: 0 });
  const naturalWidth = natural.width;
  const [shown, setShown] = useState(asset?.downloadUrl);
  /** The mark the view is framed on (null: none), and whether this image was framed on open. */
  const [framed, setFramed] = useState<{ mark: number | null; auto: boolean }>({ mark: null, auto: false });
  const stage = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLSpanElement>(null);
  // A new asset starts fitted, whatever the last one's zoom was.
  if (asset && shown !== asset.downloadUrl) {
    setShown(asset.downloadUrl);
    setZoom('fit');
    setNatural({ width: 0, height: 0 });
    setFramed({ mark: null, auto: false });
    setEditing(false);
    setSharing(false);
    setShareNotice(null);
  }
  const declared = asset ? fileKind(asset.contentType, asset.name) : 'other';
  const preview = useAssetPreview(asset ?? ({ downloadUrl: '', size: 0 } as Asset), declared !== 'other');
  const kind = asset ? shownKind(asset, preview) : 'other';
  const marksAsset = (asset && kind === 'image' && marksOf?.get(assetKey(asset))) || null;
  const marksState = useAssetMarks(marksAsset, true);
  const marks = marksState.status === 'ready' && marksState.read.ok && marksState.read.file.marks.length > 0 ? marksState.read.file : null;

  // A marked image opens zoomed to fit its first mark, with a margin.
  if (marks && naturalWidth && !framed.auto) setFramed({ mark: 0, auto: true });

  // The fitted size follows the stage (a resized window, a docked panel).
  useEffect(() => {
    const box = stage.current;
    if (!box || !naturalWidth) return;
    const fit = () => setFitScale(Math.min(1, box.clientWidth / natural.width, box.clientHeight / natural.height) || 1);
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [naturalWidth, natural.width, natural.height]);

  // Zoom and scroll so that the framed mark fills the stage: after layout, where sizes are known.
  useLayoutEffect(() => {
    const box = stage.current;
    const mark = marks && framed.mark !== null ? marks.marks[framed.mark] : undefined;
    if (!mark || !box || !canvas.current || !naturalWidth || box.clientHeight === 0) return;
    const frame = frameRect(mark, natural.width, natural.height, box.clientWidth / box.clientHeight, MARK_MARGIN);
    const scale = Math.min(box.clientWidth / (frame.width * natural.width), box.clientHeight / (frame.height * natural.height));
    // A tolerance: scroll bars coming and going change the stage by a few pixels.
    if (typeof zoom !== 'number' || Math.abs(zoom - scale) / scale > 0.03) {
      setZoom(scale);
      return;
    }
    box.scrollLeft = canvas.current.offsetLeft + frame.x * natural.width * zoom - (box.clientWidth - frame.width * natural.width * zoom) / 2;
    box.scrollTop = canvas.current.offsetTop + frame.y * natural.height * zoom - (box.clientHeight - frame.height * natural.height * zoom) / 2;
  }, [marks, framed.mark, naturalWidth, natural.width, natural.height, zoom]);

  if (!asset) return null;
  const frameMark = (mark: number | null) => {
    setFramed({ mark, auto: true });
    if (mark === null) setZoom('fit');
  };

  const move = (delta: number) => {
    const next = index + delta;
    if (next >= 0 && next < assets.length) onIndexChange(next);
  };
  const zoomBy = (direction: 1 | -1) => {
    // A zoom of one's own leaves the framed mark.
    setFramed((f) => ({ ...f, mark: null }));
    setZoom((z) => nextZoom(z, fitScale, direction));
  };

  function onKeyDown(event: KeyboardEvent) {
    // A focused video keeps its own arrow keys (seeking).
    if ((event.target as HTMLElement).tagName === 'VIDEO') return;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => move(-1),
      ArrowRight: () => move(1),
      '+': () => zoomBy(1),
      '=': () => zoomBy(1),
      '-': () => zoomBy(-1),
      '0': () => frameMark(null),
    };
    const action = actions[event.key];
    if (action && (kind === 'image' || event.key.startsWith('Arrow'))) {
      event.preventDefault();
      action();
    }
  }

  function onWheel(event: WheelEvent) {
    if (kind !== 'image' || event.deltaY === 0) return;
    zoomBy(event.deltaY < 0 ? 1 : -1);
  }

  const folder = displayRelativePath(asset.relativePath);
  // Marking needs a decoded image and a way to write: not read-only, and switched on.
  const markable = saving.available && !readOnly && markingOption && kind === 'image' && preview.status === 'ready' && naturalWidth > 0;
  return (
    <Dialog open title={asset.name} onClose={onClose} className="sap-lightbox" onKeyDown={onKeyDown}>
      <div className="sap-lightbox-body">
        <p className="sap-muted sap-lightbox-info">
          {t('lightbox.position', { index: index + 1, count: assets.length })} · {asset.locale ?? t('assets.neutral')}
          {folder && ` · ${folder}/`} · {formatBytes(asset.size, language)}
        </p>
        {editing && preview.status === 'ready' && (
          <MarksEditor
            src={preview.src}
            alt={asset.name}
            naturalWidth={natural.width}
            naturalHeight={natural.height}
            initial={marks?.marks ?? []}
            stale={!!marks && marksAreStale(marks, assetVersion(asset))}
            saving={saving.saving}
            onCancel={() => setEditing(false)}
            onSave={(next) => {
              void saving.save({ image: asset, width: natural.width, height: natural.height, marks: next, current: marksAsset }).then((saved) => {
                if (saved) setEditing(false);
              });
            }}
          />
        )}
        {sharing && preview.status === 'ready' && (
          <UseForSegments
            image={asset}
            src={preview.src}
            naturalWidth={natural.width}
            naturalHeight={natural.height}
            segments={segments}
            onCancel={() => setSharing(false)}
            onSubmit={(copies) => {
              setSharing(false);
              setShareNotice({ text: t('share.queued', { count: copies.length }) });
              // The original bytes (a preview may be a rasterized or retyped copy), once for all copies.
              fetchAssetBytes(client, asset, previewAuth).then(
                (bytes) => marking?.copyTo(asset, bytes, natural, copies)
                  .catch((error: unknown) => setShareNotice({ text: t('share.failed'), error })),
                (error: unknown) => setShareNotice({ text: t('share.readFailed'), error }),
              );
            }}
          />
        )}
        {shareNotice && !sharing && (
          <p role={shareNotice.error ? 'alert' : 'status'} className={shareNotice.error ? 'sap-error' : 'sap-notice'}>
            {shareNotice.text}{shareNotice.error ? ` ${errorText(t, language, shareNotice.error)}` : ''}
          </p>
        )}
        {editing && saving.error !== null && <p role="alert" className="sap-error">{t('marks.saveFailed')} {errorText(t, language, saving.error)}</p>}
        <div
          ref={stage} hidden={editing || sharing} className={`sap-lightbox-stage${zoom === 'fit' ? ' sap-fit' : ''}`} onWheel={onWheel}
          // Zoomed, it scrolls: reachable by keyboard (Up/Down, Page keys) like any scrolling region.
          tabIndex={zoom === 'fit' ? undefined : 0} role="region" aria-label={t('lightbox.stage')}
        >
          {kind === 'other' && <p className="sap-preview-note">{t('lightbox.noPreview')}</p>}
          {kind !== 'other' && preview.status !== 'ready' && <p className="sap-preview-note">{t('gallery.previewLoading')}</p>}
          {preview.status === 'ready' && preview.kind === 'image' && (
            <span ref={canvas} className="sap-lightbox-canvas">
              <img
                src={preview.src}
                alt={asset.name}
                onLoad={(e) => setNatural({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
                // Sized in pixels once known, fitted or zoomed: the marks' layer wraps it exactly.
                style={naturalWidth ? { width: `${naturalWidth * (zoom === 'fit' ? fitScale : zoom)}px`, maxWidth: 'none', maxHeight: 'none' } : undefined}
              />
              {marks && <MarksOverlay marks={marks.marks} stale={marksAreStale(marks, assetVersion(asset))} current={framed.mark ?? undefined} />}
            </span>
          )}
          {preview.status === 'ready' && preview.kind === 'video' && (
            <video src={preview.src} aria-label={asset.name} controls playsInline preload="metadata" />
          )}
        </div>
        {marks && !editing && !sharing && (
          <LightboxMarks file={marks} stale={marksAreStale(marks, assetVersion(asset))} current={framed.mark} onFrame={frameMark} />
        )}
        <div className="sap-actions sap-lightbox-actions" hidden={editing || sharing}>
          {/* aria-disabled, not disabled: a focused button that gets disabled drops the focus out of the dialog. */}
          <button type="button" onClick={() => move(-1)} aria-disabled={index === 0}>{t('lightbox.previous')}</button>
          <button type="button" onClick={() => move(1)} aria-disabled={index === assets.length - 1}>{t('lightbox.next')}</button>
          {kind === 'image' && (
            <>
              <button type="button" onClick={() => zoomBy(-1)}>{t('lightbox.zoomOut')}</button>
              <button type="button" onClick={() => zoomBy(1)}>{t('lightbox.zoomIn')}</button>
              <button type="button" aria-pressed={zoom === 'fit'} onClick={() => frameMark(null)}>{t('lightbox.fit')}</button>
              <button type="button" aria-pressed={zoom === 1} onClick={() => { setFramed((f) => ({ ...f, mark: null })); setZoom(1); }}>{t('lightbox.actualSize')}</button>
              <span className="sap-muted" aria-live="polite">{Math.round((zoom === 'fit' ? fitScale : zoom) * 100)} %</span>
            </>
          )}
          {markable && (
            marksFileName(asset.name)
              ? (
                <>
                  <button type="button" onClick={() => setEditing(true)}>{t('marking.title')}</button>
                  <button type="button" onClick={() => { setShareNotice(null); setSharing(true); }}>{t('share.button')}</button>
                </>
              )
              : <span className="sap-muted sap-small">{t('marks.nameTooLong')}</span>
          )}
          <button type="button" onClick={() => onDownload(asset)}>{t('gallery.download')}</button>
          <button type="button" className="sap-primary" onClick={onClose}>{t('lightbox.close')}</button>
        </div>
      </div>
    </Dialog>
  );
}
