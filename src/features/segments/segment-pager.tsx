import { useI18n } from '../../ui/i18n/i18n';
import { pageBounds, pageCount } from './paging';

interface SegmentPagerProps {
  page: number;
  pageSize: number;
  total: number;
  onTurn: (page: number) => void;
}

/** "Segments 11–20 of 30" between "Previous page" and "Next page"; the range is announced when it changes. */
export function SegmentPager({ page, pageSize, total, onTurn }: SegmentPagerProps) {
  const { t } = useI18n();
  const { start, end } = pageBounds(page, total, pageSize);
  const last = pageCount(total, pageSize) - 1;
  return (
    <div className="sap-segment-pager">
      <button type="button" onClick={() => onTurn(page - 1)} disabled={page === 0}>{t('segments.previous')}</button>
      <span aria-live="polite" className="sap-muted">{t('segments.range', { from: start + 1, to: end, total })}</span>
      <button type="button" onClick={() => onTurn(page + 1)} disabled={page >= last}>{t('segments.next')}</button>
    </div>
  );
}
