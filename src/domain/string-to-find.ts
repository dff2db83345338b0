import { sameLocale } from './locale';
import { sourceTextOf, textIn, type SegmentText } from './segment-text';

/** A segment's texts as a host gives them for the segment it shows (option `segmentText`). */
export interface SegmentStrings {
  source: string;
  target?: string | null;
  /** The target text's language; absent: any language-specific image is taken to be in it. */
  targetLocale?: string | null;
}

export interface StringToFind {
  text: string;
  /** The language the text is in (which recognition model reads it); null when not known. */
  locale: string | null;
}

/**
 * Which of a segment's texts an image shows: a language-neutral image or one in the source
 * language shows the source text, an image in another language that language's text (null when
 * the segment has none there: the source text would not be on such a screen).
 */
export function stringToFind(
  imageLocale: string | null,
  sourceLocale: string | null,
  from: { segment: SegmentText } | { strings: SegmentStrings },
): StringToFind | null {
  const showsSource = !imageLocale || (!!sourceLocale && sameLocale(imageLocale, sourceLocale));
  if ('strings' in from) {
    const { source, target, targetLocale } = from.strings;
    if (showsSource) return source.trim() ? { text: source, locale: sourceLocale } : null;
    if (!target?.trim() || (targetLocale && !sameLocale(targetLocale, imageLocale))) return null;
    return { text: target, locale: imageLocale };
  }
  if (showsSource) {
    const source = sourceTextOf(from.segment, sourceLocale);
    return source?.text.trim() ? { text: source.text, locale: source.locale } : null;
  }
  const text = textIn(from.segment, imageLocale);
  return text?.trim() ? { text, locale: imageLocale } : null;
}
