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

/**
 * Sizes as people read them: 0 B, 512 B, 37.3 KB, 2.2 MB, 1.1 GB (1 KB = 1024 B), the decimal
 * mark of `locale`, and a no-break space so that a size never breaks across two lines.
 */
export function formatBytes(bytes: number, locale = 'en'): string {
  if (bytes < 1024) return `${bytes}\u00a0B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 100 ? 1 : 0;
  const format = cached(`n|${locale}|${digits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }));
  return `${format.format(value)}\u00a0${units[unit]}`;
}

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
