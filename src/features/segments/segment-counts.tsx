import { Fragment } from 'react';
import { useI18n } from '../../ui/i18n/i18n';
import type { LocaleCount } from './asset-counts';

/**
 * A segment's assets as small badges, "all 1", "de 2"; "no assets" when it has none. Screen
 * readers hear "Assets:" first, so the numbers do not run into the segment's text; the spaces
 * between badges are for them too (a flex row does not show them).
 */
export function SegmentCounts({ counts }: { counts: readonly LocaleCount[] }) {
  const { t } = useI18n();
  return (
    <span className="sap-segment-counts">
      <span className="sap-visually-hidden">{t('segments.assets')}</span>
      {counts.length === 0
        ? <>{' '}<span className="sap-segment-none">{t('segments.noAssets')}</span></>
        : counts.map(({ locale, count }) => (
          <Fragment key={locale ?? ''}>
            {' '}
            <span className="sap-badge">{t('segments.count', { locale: locale ?? t('segments.neutral'), count })}</span>
          </Fragment>
        ))}
    </span>
  );
}
