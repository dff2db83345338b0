/**
 * Text as the string finder compares it: a segment's text cut into words and placeholders, and a
 * recognized word brought to the same form. Pure; see find-string.ts.
 */

/** A word as text recognition gives it: its box in image pixels, its confidence (0 to 1), its line (numbered in reading order). */
export interface OcrWord {
  text: string;
  box: { x0: number; y0: number; x1: number; y1: number };
  confidence: number;
  line: number;
}

/** A word of the segment's text (normalized), or a placeholder that stands for 1 to 3 words on screen. */
export type PatternToken = { kind: 'word'; text: string } | { kind: 'any' };

/**
 * Placeholders of the usual catalog formats: `{{x}}` (i18next, Angular), `{x}` and `{0}` (ICU
 * simple arguments), `${x}`, printf's `%s`, `%d`, `%1$s`, `%@`, and numbered `%1`.
 */
const PLACEHOLDER = /\$?\{\{[^{}]*\}\}|\$?\{[^{}\s]+\}|%(?:\d+\$)?[sdifu@]|%\d+/g;
const MARKER = '\u0000';

/**
 * The form both sides are compared in: canonical Unicode, lower case, accents dropped (OCR often
 * loses them, and `é` read as `e` is no other word), `ß` as `ss`, and only letters and digits
 * kept, so punctuation, hyphens and apostrophes (`E-Mail`, `M’envoyer`) never decide a match.
 */
export function normalizeWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The punctuation a text ends with after its last placeholder (`!` in "Welcome back, {name}!"),
 * or '': where the value shown for the placeholder ends (it may wrap onto the next line).
 */
export function closingPunctuation(text: string): string {
  const parts = text.split(PLACEHOLDER);
  if (parts.length < 2) return '';
  const tail = parts[parts.length - 1]!.trim();
  return /^\p{P}+$/u.test(tail) ? tail : '';
}

/** The segment's text as tokens; punctuation-only words (`—`, `?`, `·`) are left out. */
export function patternTokens(text: string): PatternToken[] {
  const spaced = text.replace(PLACEHOLDER, ` ${MARKER} `);
  const tokens: PatternToken[] = [];
  for (const part of spaced.split(/\s+/)) {
    if (part === MARKER) tokens.push({ kind: 'any' });
    else {
      const word = normalizeWord(part);
      if (word) tokens.push({ kind: 'word', text: word });
    }
  }
  return tokens;
}

/**
 * How many edits (insert, delete, replace one character) a word of this length may differ by and
 * still be taken for it: none for 1 to 3 characters (`in` is not `up`), then about one in four.
 */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return Math.floor(length / 4);
}

/** Levenshtein distance, or `limit + 1` as soon as it is sure to be over `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
