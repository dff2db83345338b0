import type { Asset } from '../../domain/asset';
import { canonicalLocale } from '../../domain/locale';
import { isMarksAsset } from '../../domain/marks-index';

/** How many assets a segment has in one language; `locale` null: language-neutral, shown in every language. */
export interface LocaleCount {
  locale: string | null;
  count: number;
}

/** Counts per segment, neutral first, then languages by code. Segments without assets are absent. */
export type SegmentCounts = ReadonlyMap<number, readonly LocaleCount[]>;

/**
 * Groups one list answer by segment and language, marks files left out. Codes are compared in their canonical case, as
 * a real server may write `en-gb` where the mock writes `en-GB`.
 */
export function countAssetsBySegment(assets: readonly Asset[]): SegmentCounts {
  const bySegment = new Map<number, Map<string | null, number>>();
  for (const asset of assets) {
    // The panel's marks files are not assets to the user.
    if (isMarksAsset(asset)) continue;
    const locale = asset.locale === null ? null : canonicalLocale(asset.locale) ?? asset.locale;
    const counts = bySegment.get(asset.segmentId) ?? new Map<string | null, number>();
    counts.set(locale, (counts.get(locale) ?? 0) + 1);
    bySegment.set(asset.segmentId, counts);
  }
  const result = new Map<number, LocaleCount[]>();
  for (const [segmentId, counts] of bySegment) {
    result.set(segmentId, [...counts].map(([locale, count]) => ({ locale, count })).sort(neutralFirst));
  }
  return result;
}

function neutralFirst(a: LocaleCount, b: LocaleCount): number {
  if (a.locale === null || b.locale === null) return a.locale === null ? -1 : 1;
  return a.locale.localeCompare(b.locale);
}
