/** Intl formatters are costly to build (a gallery row of tiles would build dozens): one per locale and style. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Sizes live in the domain (a sentence's English text says them too); the UI imports them from here. */
export { formatBytes } from '../domain/file-size';

function formatDate(iso: string, locale: string, style: 'medium' | 'short'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(`d|${locale}|${style}`, () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeStyle: 'short' })).format(date);
}

export function formatDateTime(iso: string, locale = 'en'): string {
  return formatDate(iso, locale, 'medium');
}

/** A compact date and time for tight places (the full one goes in a title). */
export function formatShortDate(iso: string, locale = 'en'): string {
  return formatDate(iso, locale, 'short');
}

/** The end of a name that tells it apart from its neighbours: its last word and extension, at most this long. */
const MAX_TAIL = 16;
const SEPARATOR = /[-_ .()[\]]/u;

/**
 * A name cut in two for an ellipsis in the middle: the head may be shortened, the tail is kept
 * whole. The tail is the extension with the last word before it (`-224230.png` of
 * `screenshot-20261127-224230.png`), else the last 6 characters before the extension. Counted in
 * code points, so that no emoji or accented letter is cut in half.
 */
export function splitForMiddleEllipsis(name: string): [head: string, tail: string] {
  const chars = Array.from(name);
  const dot = chars.lastIndexOf('.');
  const extension = dot > 0 && chars.length - dot <= 10 ? chars.length - dot : 0;
  const stem = chars.slice(0, chars.length - extension);
  let start = stem.length;
  while (start > 0 && !SEPARATOR.test(stem[start - 1]!)) start -= 1;
  // The separator goes with the tail ("-224230.png"); a last word too long (or none) gives way to 6 characters.
  const word = stem.length - start;
  let cut = start > 0 && word > 0 && word + 1 + extension <= MAX_TAIL ? start - 1 : Math.max(0, stem.length - 6);
  if (cut < 3) cut = 0;
  return [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
}
