import { useId } from 'react';
import type { ScopeLocale } from '../../api/scope-rights';
import { sameLocale } from '../../domain/locale';
import { useI18n } from '../../ui/i18n/i18n';
import { MenuButton } from '../../ui/menu-button';
import { ALL, NEUTRAL, shownCount, type GalleryFilter, type LocaleCounts, type SortOrder } from './filter';

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
  // Each option says what choosing it shows: the chosen one as it is now, the others with the
  // language-neutral assets (the toggle starts over in another language).
  const count = (option: string) => {
    const chosen = option === filter.locale || (option !== ALL && option !== NEUTRAL && specific && sameLocale(option, filter.locale));
    return shownCount(counts, option, chosen && filter.hideNeutral);
  };

  return (
    <div className="sap-toolbar">
      <div className="sap-field">
        <label htmlFor={`${id}-locale`}>{t('gallery.language')}</label>
        <select id={`${id}-locale`} value={filter.locale} onChange={(e) => onLocaleChange(e.target.value)}>
          <option value={ALL}>{t('gallery.allLanguages', { count: count(ALL) })}</option>
          <option value={NEUTRAL}>{t('gallery.neutralOnly', { count: count(NEUTRAL) })}</option>
          {languages.map((l) => (
            <option key={l.loc} value={l.loc}>
              {t('gallery.languageOption', { name: l.name, code: l.loc, count: count(l.loc) })}
            </option>
          ))}
          {extra.map((code) => (
            <option key={code} value={code}>{t('gallery.languageOption', { name: code, code, count: count(code) })}</option>
          ))}
        </select>
      </div>
      {/* Only where it can hide something: never unchecked and disabled while neutral assets show. */}
      {filter.locale !== NEUTRAL && counts.neutral > 0 && (
        <label className="sap-check">
          <input type="checkbox" checked={!filter.hideNeutral} onChange={(e) => onChange({ hideNeutral: !e.target.checked })} />
          {t('gallery.showNeutral')}
        </label>
      )}
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
        // Rarely needed and hard to take back: one step away, in "More".
        <MenuButton label={t('gallery.more')} items={[{ label: t('gallery.deleteAll'), onSelect: onDeleteAll, danger: true }]} />
      )}
    </div>
  );
}
