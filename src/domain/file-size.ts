/** One number format per locale and digits: a gallery row of tiles would build dozens. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

/**
 * Sizes as people read them: 0 B, 512 B, 37.3 KB, 2.2 MB, 1.1 GB (1 KB = 1024 B), the decimal
 * mark of `locale`, and a no-break space so that a size never breaks across two lines. Here, not
 * in ui/, because a sentence's English text (`englishText`) says sizes too.
 */
export function formatBytes(bytes: number, locale = 'en'): string {
  if (bytes < 1024) return `${numberFormat(locale, 0).format(bytes)}\u00a0B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${numberFormat(locale, value < 100 ? 1 : 0).format(value)}\u00a0${units[unit]}`;
}
