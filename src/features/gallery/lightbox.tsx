import { useState, type KeyboardEvent, type WheelEvent } from 'react';
import type { Asset } from '../../domain/asset';
import { fileKind } from '../../domain/file-kind';
import { displayRelativePath } from '../../domain/paths';
import { Dialog } from '../../ui/dialog';
import { formatBytes } from '../../ui/format';
import { useI18n } from '../../ui/i18n/i18n';
import { shownKind, useAssetPreview } from './use-asset-preview';

interface LightboxProps {
  assets: readonly Asset[];
  index: number;
  onIndexChange: (index: number) => void;
  onClose: () => void;
  onDownload: (asset: Asset) => void;
}

const ZOOM_STEPS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8];
/** `fit`: the whole image in the window; a number: that many image pixels per CSS pixel. */
type Zoom = 'fit' | number;

function nextZoom(zoom: Zoom, natural: number, direction: 1 | -1): Zoom {
  const current = zoom === 'fit' ? natural : zoom;
  const steps = direction > 0 ? ZOOM_STEPS.filter((s) => s > current + 1e-6) : ZOOM_STEPS.filter((s) => s < current - 1e-6).reverse();
  return steps[0] ?? zoom;
}

/** A closer look, without leaving the editor: the current filter's assets one by one. */
export function Lightbox({ assets, index, onIndexChange, onClose, onDownload }: LightboxProps) {
  const { t, language } = useI18n();
  const asset = assets[index];
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [fitScale, setFitScale] = useState(1);
  const [naturalWidth, setNaturalWidth] = useState(0);
  const [shown, setShown] = useState(asset?.downloadUrl);
  // A new asset starts fitted, whatever the last one's zoom was.
  if (asset && shown !== asset.downloadUrl) {
    setShown(asset.downloadUrl);
    setZoom('fit');
  }
  const declared = asset ? fileKind(asset.contentType, asset.name) : 'other';
  const preview = useAssetPreview(asset ?? ({ downloadUrl: '', size: 0 } as Asset), declared !== 'other');
  if (!asset) return null;
  // What the bytes turned out to be: a .png that is a video plays, an .mp4 that is HTML is a file.
  const kind = shownKind(asset, preview);

  const move = (delta: number) => {
    const next = index + delta;
    if (next >= 0 && next < assets.length) onIndexChange(next);
  };
  const zoomBy = (direction: 1 | -1) => setZoom((z) => nextZoom(z, fitScale, direction));

  function onKeyDown(event: KeyboardEvent) {
    // A focused video keeps its own arrow keys (seeking).
    if ((event.target as HTMLElement).tagName === 'VIDEO') return;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => move(-1),
      ArrowRight: () => move(1),
      '+': () => zoomBy(1),
      '=': () => zoomBy(1),
      '-': () => zoomBy(-1),
      '0': () => setZoom('fit'),
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
  return (
    <Dialog open title={asset.name} onClose={onClose} className="sap-lightbox" onKeyDown={onKeyDown}>
      <div className="sap-lightbox-body">
        <p className="sap-muted sap-lightbox-info">
          {t('lightbox.position', { index: index + 1, count: assets.length })} · {asset.locale ?? t('assets.neutral')}
          {folder && ` · ${folder}/`} · {formatBytes(asset.size, language)}
        </p>
        <div className={`sap-lightbox-stage${zoom === 'fit' ? ' sap-fit' : ''}`} onWheel={onWheel}>
          {kind === 'other' && <p className="sap-preview-note">{t('lightbox.noPreview')}</p>}
          {kind !== 'other' && preview.status !== 'ready' && <p className="sap-preview-note">{t('gallery.previewLoading')}</p>}
          {preview.status === 'ready' && preview.kind === 'image' && (
            <img
              src={preview.src}
              alt={asset.name}
              onLoad={(e) => {
                const img = e.currentTarget;
                const stage = img.parentElement!;
                setNaturalWidth(img.naturalWidth);
                setFitScale(Math.min(1, stage.clientWidth / img.naturalWidth, stage.clientHeight / img.naturalHeight) || 1);
              }}
              style={zoom === 'fit' || !naturalWidth ? undefined : { width: `${naturalWidth * zoom}px`, maxWidth: 'none', maxHeight: 'none' }}
            />
          )}
          {preview.status === 'ready' && preview.kind === 'video' && (
            <video src={preview.src} aria-label={asset.name} controls playsInline preload="metadata" />
          )}
        </div>
        <div className="sap-actions sap-lightbox-actions">
          {/* aria-disabled, not disabled: a focused button that gets disabled drops the focus out of the dialog. */}
          <button type="button" onClick={() => move(-1)} aria-disabled={index === 0}>{t('lightbox.previous')}</button>
          <button type="button" onClick={() => move(1)} aria-disabled={index === assets.length - 1}>{t('lightbox.next')}</button>
          {kind === 'image' && (
            <>
              <button type="button" onClick={() => zoomBy(-1)}>{t('lightbox.zoomOut')}</button>
              <button type="button" onClick={() => zoomBy(1)}>{t('lightbox.zoomIn')}</button>
              <button type="button" aria-pressed={zoom === 'fit'} onClick={() => setZoom('fit')}>{t('lightbox.fit')}</button>
              <button type="button" aria-pressed={zoom === 1} onClick={() => setZoom(1)}>{t('lightbox.actualSize')}</button>
              <span className="sap-muted" aria-live="polite">{Math.round((zoom === 'fit' ? fitScale : zoom) * 100)} %</span>
            </>
          )}
          <button type="button" onClick={() => onDownload(asset)}>{t('gallery.download')}</button>
          <button type="button" className="sap-primary" onClick={onClose}>{t('lightbox.close')}</button>
        </div>
      </div>
    </Dialog>
  );
}
