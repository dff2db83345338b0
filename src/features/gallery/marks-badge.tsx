import type { Asset } from '../../domain/asset';
import { marksAreStale } from '../../domain/marks';
import { assetVersion } from '../../domain/marks-index';
import { useI18n } from '../../ui/i18n/i18n';
import { useAssetMarks } from './use-asset-marks';

/**
 * "Marked" on a tile whose image has marks (their labels for screen readers and on hover), or a
 * quiet "marks could not be read". Reads the cache the preview fills: fetches nothing itself.
 */
export function MarksBadge({ image, marks }: { image: Asset; marks: Asset }) {
  const { t } = useI18n();
  const state = useAssetMarks(marks, false);
  if (state.status === 'error' || (state.status === 'ready' && !state.read.ok)) {
    const detail = state.status === 'ready' && !state.read.ok ? state.read.detail : undefined;
    return <span className="sap-muted sap-marks-note" title={detail}>{t('marks.unreadable')}</span>;
  }
  if (state.status !== 'ready' || !state.read.ok || state.read.file.marks.length === 0) return null;
  const { file } = state.read;
  const labels = file.marks.map((m, i) => m.label ?? t('marks.unlabelled', { index: i + 1 })).join('; ');
  const stale = marksAreStale(file, assetVersion(image));
  const text = stale ? t('marks.markedStale') : t('marks.marked', { count: file.marks.length });
  return (
    <span className={`sap-badge sap-badge-marked${stale ? ' sap-badge-stale' : ''}`} title={labels}>
      {text}
      <span className="sap-visually-hidden">: {labels}</span>
    </span>
  );
}
