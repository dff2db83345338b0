import { assetKey, type Asset } from '../../domain/asset';
import { isLocaleCode, localeKey, sameLocale } from '../../domain/locale';

/** `all`, `neutral` (language-neutral only) or a language code; kept in the URL as `&locale=`. */
export type LocaleFilter = string;
export const ALL = 'all';
export const NEUTRAL = 'neutral';

export type SortOrder = 'newest' | 'name' | 'size';

export interface GalleryFilter {
  locale: LocaleFilter;
  /** Hide the language-neutral assets shown beside a language's own (or all languages'). */
  hideNeutral: boolean;
  sort: SortOrder;
  /** Part of a file name, any case. */
  query: string;
}

export const DEFAULT_FILTER: GalleryFilter = { locale: ALL, hideNeutral: false, sort: 'newest', query: '' };

/**
 * `?locale=` -> filter value: a missing or empty parameter is "all languages", and so is one that
 * is not a language code or, once the scope's languages are known, not one of them (a link
 * cannot make the panel show or upload in a language the scope does not have).
 */
export function localeFilterFromParam(param: string | null | undefined, scopeLocales?: readonly string[] | null): LocaleFilter {
  if (!param || param === ALL || param === NEUTRAL) return param || ALL;
  if (!isLocaleCode(param)) return ALL;
  if (!scopeLocales) return param;
  return scopeLocales.find((code) => sameLocale(code, param)) ?? ALL;
}

/** The `?locale=` the panel did not follow (to say so), or null. */
export function ignoredLocaleParam(param: string | null | undefined, scopeLocales?: readonly string[] | null): string | null {
  return param && param !== ALL && localeFilterFromParam(param, scopeLocales) === ALL ? param : null;
}

/** The upload language a filter suggests: its language, or neutral for "all" and "neutral". */
export function uploadLocaleFor(filter: LocaleFilter): string | null {
  return filter === ALL || filter === NEUTRAL ? null : filter;
}

function matchesLocale(asset: Asset, filter: GalleryFilter): boolean {
  if (filter.locale === NEUTRAL) return asset.locale === null;
  if (asset.locale === null) return !filter.hideNeutral;
  return filter.locale === ALL || sameLocale(asset.locale, filter.locale);
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const ORDER: Record<SortOrder, (a: Asset, b: Asset) => number> = {
  newest: (a, b) => b.modifiedDate.localeCompare(a.modifiedDate) || collator.compare(a.name, b.name),
  name: (a, b) => collator.compare(a.name, b.name) || (a.locale ?? '').localeCompare(b.locale ?? ''),
  size: (a, b) => b.size - a.size || collator.compare(a.name, b.name),
};

/**
 * The assets the filter shows, in its order. In the default order (newest first), images with
 * marks (`marked`: their `assetKey`s) come first: they show where the string is.
 */
export function filterAssets(assets: readonly Asset[], filter: GalleryFilter, marked?: ReadonlySet<string>): Asset[] {
  const query = filter.query.trim().toLocaleLowerCase();
  const order = ORDER[filter.sort];
  const markedFirst = filter.sort === 'newest' && marked && marked.size > 0;
  return assets
    .filter((asset) => matchesLocale(asset, filter) && (!query || asset.name.toLocaleLowerCase().includes(query)))
    .sort(markedFirst ? (a, b) => Number(marked.has(assetKey(b))) - Number(marked.has(assetKey(a))) || order(a, b) : order);
}

export interface LocaleCounts {
  all: number;
  neutral: number;
  /** By `localeKey` of the code (`en-gb` and `en-GB` are one language): look up with `localeKey`. */
  byLocale: Record<string, number>;
}

export function countByLocale(assets: readonly Asset[]): LocaleCounts {
  const counts: LocaleCounts = { all: assets.length, neutral: 0, byLocale: {} };
  for (const asset of assets) {
    if (asset.locale === null) counts.neutral += 1;
    else counts.byLocale[localeKey(asset.locale)] = (counts.byLocale[localeKey(asset.locale)] ?? 0) + 1;
  }
  return counts;
}

/**
 * How many assets a language choice shows (before the name filter): a language its own plus,
 * unless hidden, the language-neutral ones; so a count always says what choosing it shows.
 */
export function shownCount(counts: LocaleCounts, locale: LocaleFilter, hideNeutral = false): number {
  if (locale === NEUTRAL) return counts.neutral;
  const neutral = hideNeutral ? 0 : counts.neutral;
  if (locale === ALL) return counts.all - counts.neutral + neutral;
  return (counts.byLocale[localeKey(locale)] ?? 0) + neutral;
}
