import { useI18n } from '../../ui/i18n/i18n';
import type { ZoomPan } from './use-zoom-pan';

/** Zoom out, zoom in, fit, 100 %, and the zoom said as a percentage (the same model as the wheel and the keys). */
export function ZoomControls({ zoom }: { zoom: ZoomPan }) {
  const { t, language } = useI18n();
  const percent = new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(zoom.view.scale * 100);
  return (
    <>
      <button type="button" onClick={() => zoom.zoomStep(-1)}>{t('lightbox.zoomOut')}</button>
      <button type="button" onClick={() => zoom.zoomStep(1)}>{t('lightbox.zoomIn')}</button>
      <button type="button" aria-pressed={zoom.fitted} onClick={zoom.fit}>{t('lightbox.fit')}</button>
      <button type="button" aria-pressed={Math.abs(zoom.view.scale - 1) < 1e-3} onClick={zoom.actualSize}>{t('lightbox.actualSize')}</button>
      <span className="sap-muted" aria-live="polite">{percent}&nbsp;%</span>
    </>
  );
}

interface PageControlsProps {
  number: number;
  pages: number;
  onGo(number: number): void;
}

/** A PDF's pages: previous, "Page n of m", next (also Page Up / Page Down in the lightbox). */
export function PageControls({ number, pages, onGo }: PageControlsProps) {
  const { t } = useI18n();
  return (
    <span className="sap-page-controls">
      {/* aria-disabled, not disabled: a focused button that gets disabled drops the focus out of the dialog. */}
      <button type="button" aria-disabled={number <= 1} onClick={() => onGo(number - 1)}>{t('lightbox.previousPage')}</button>
      <span aria-live="polite">{t('lightbox.page', { number, count: pages })}</span>
      <button type="button" aria-disabled={number >= pages} onClick={() => onGo(number + 1)}>{t('lightbox.nextPage')}</button>
    </span>
  );
}
