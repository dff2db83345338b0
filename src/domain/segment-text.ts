import { sameLocale } from './locale';

/** One segment as a segment source gives it: its ID and its texts by language code (`en`, `de`, …). */
export interface SegmentText {
  segmentId: number;
  texts: Readonly<Record<string, string>>;
}

/** The segment's text in that language, whatever the case of the code (`en-GB`, `en-gb`); null when it has none. */
export function textIn(segment: SegmentText, locale: string | null | undefined): string | null {
  if (!locale) return null;
  const key = Object.keys(segment.texts).find((code) => sameLocale(code, locale));
  return key === undefined ? null : segment.texts[key] ?? null;
}

/** The text to show as the source: in the source language, else the first one the segment source gave. */
export function sourceTextOf(segment: SegmentText, sourceLocale: string | null): { locale: string; text: string } | null {
  const wanted = Object.keys(segment.texts).find((code) => sameLocale(code, sourceLocale)) ?? Object.keys(segment.texts)[0];
  return wanted === undefined ? null : { locale: wanted, text: segment.texts[wanted] ?? '' };
}
