import { useId } from 'react';
import type { ScopeLocale } from '../../api/scope-rights';
import { sameLocale } from '../../domain/locale';
import { useI18n } from '../../ui/i18n/i18n';
import { ALL, NEUTRAL, type GalleryFilter, type LocaleCounts, type SortOrder } from './filter';

interface GalleryToolbarProps {
  filter: GalleryFilter;
  counts: LocaleCounts;
  languages: readonly ScopeLocale[];
  shown: number;
  onLocaleChange: (locale: string) => void;
  onChange: (change: Partial<GalleryFilter>) => void;
  onDeleteAll?: () => void;
}

/** Language (with counts), the neutral toggle, sort order, name filter, and "Delete all". */
export function GalleryToolbar({ filter, counts, languages, shown, onLocaleChange, onChange, onDeleteAll }: GalleryToolbarProps) {
  const { t } = useI18n();
  const id = useId();
  const specific = filter.locale !== ALL && filter.locale !== NEUTRAL;
  const known = languages.some((l) => sameLocale(l.loc, filter.locale));
  // Languages that have assets but are not (or no longer) in the scope still get an option.
  const extra = Object.keys(counts.byLocale).filter((code) => !languages.some((l) => sameLocale(l.loc, code)));
  if (specific && !known && !extra.includes(filter.locale)) extra.push(filter.locale);

  return (
    <div className="sap-toolbar">
      <div className="sap-field">
        <label htmlFor={`${id}-locale`}>{t('gallery.language')}</label>
        <select id={`${id}-locale`} value={filter.locale} onChange={(e) => onLocaleChange(e.target.value)}>
          <option value={ALL}>{t('gallery.allLanguages', { count: counts.all })}</option>
          <option value={NEUTRAL}>{t('gallery.neutralOnly', { count: counts.neutral })}</option>
          {languages.map((l) => (
            <option key={l.loc} value={l.loc}>
              {t('gallery.languageOption', { name: l.name, code: l.loc, count: counts.byLocale[l.loc] ?? 0 })}
            </option>
          ))}
          {extra.map((code) => (
            <option key={code} value={code}>{t('gallery.languageOption', { name: code, code, count: counts.byLocale[code] ?? 0 })}</option>
          ))}
        </select>
      </div>
      <label className="sap-check">
        <input
          type="checkbox"
          checked={!filter.hideNeutral}
          disabled={!specific}
          onChange={(e) => onChange({ hideNeutral: !e.target.checked })}
        />
        {t('gallery.showNeutral')}
      </label>
      <div className="sap-field">
        <label htmlFor={`${id}-sort`}>{t('gallery.sort')}</label>
        <select id={`${id}-sort`} value={filter.sort} onChange={(e) => onChange({ sort: e.target.value as SortOrder })}>
          <option value="newest">{t('gallery.sortNewest')}</option>
          <option value="name">{t('gallery.sortName')}</option>
          <option value="size">{t('gallery.sortSize')}</option>
        </select>
      </div>
      <div className="sap-field">
        <label htmlFor={`${id}-query`}>{t('gallery.filterName')}</label>
        <input id={`${id}-query`} type="search" value={filter.query} onChange={(e) => onChange({ query: e.target.value })} spellCheck={false} />
      </div>
      <p className="sap-muted sap-toolbar-count" aria-live="polite">{t('gallery.showing', { shown, total: counts.all })}</p>
      {onDeleteAll && counts.all > 0 && (
        <button type="button" className="sap-danger-button" onClick={onDeleteAll}>{t('gallery.deleteAll')}</button>
      )}
    </div>
  );
}
