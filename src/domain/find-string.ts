import type { Rect } from './mark-geometry';
import { allowedEdits, closingPunctuation, editDistance, normalizeWord, patternTokens, type OcrWord, type PatternToken } from './ocr-text';
import { readingOrder, textLines } from './reading-order';

export type { OcrWord };

export interface OcrPage {
  width: number;
  height: number;
  words: readonly OcrWord[];
}

/** Where a string was found: one box (fractions of the image) around the words it covers. */
export interface StringOccurrence {
  box: Rect;
  /** 0 to 1: how well the words match, times how sure the recognition was, less for a string inside a longer one. */
  confidence: number;
  /** Indexes into the page's words. */
  words: number[];
  /** Other words run on before or after it on its line: it may be part of a longer string. */
  embedded: boolean;
}

interface Item { norm: string; index: number; word: OcrWord }

/** Below this share of matching characters, words are not taken for the string. */
const MIN_SCORE = 0.8;
/** A placeholder stands for this many words at most. */
const MAX_PLACEHOLDER_WORDS = 3;

const height = (w: OcrWord) => w.box.y1 - w.box.y0;

/**
 * Whether `b` reads on from `a` within one string: on the same line with no more than a wide
 * space between them (a table's next column is further), or on the line that carries on from
 * `a`'s (just below, in the same column: see reading-order.ts).
 */
function readsOn(a: OcrWord, b: OcrWord, next: ReadonlyMap<number, number>): boolean {
  const h = Math.max(height(a), height(b), 1);
  if (a.line === b.line) return b.box.x0 - a.box.x1 <= 1.6 * h && b.box.x0 >= a.box.x0;
  return next.get(a.line) === b.line;
}

interface Path { edits: number; end: number }

/**
 * The fewest edits that match tokens[i..] to the items from j on (each consumed item reading on
 * from the one before), or null. A word may match one item, two items joined (a word split by
 * the recognition or hyphenated over a line break), or two words may match one item (a space the
 * recognition missed); a placeholder takes 1 to 3 items.
 */
function matchFrom(tokens: readonly PatternToken[], items: readonly Item[], links: readonly boolean[], i: number, j: number, memo: Map<number, Path | null>): Path | null {
  if (i === tokens.length) return { edits: 0, end: j };
  if (j >= items.length) return null;
  const key = i * (items.length + 1) + j;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let best: Path | null = null;
  const consider = (edits: number, nextI: number, nextJ: number) => {
    if (nextJ < items.length && nextI < tokens.length && !links[nextJ]) return;
    const rest = matchFrom(tokens, items, links, nextI, nextJ, memo);
    if (rest && (!best || edits + rest.edits < best.edits)) best = { edits: edits + rest.edits, end: rest.end };
  };
  const token = tokens[i]!;
  if (token.kind === 'any') {
    for (let k = 1; k <= MAX_PLACEHOLDER_WORDS && j + k <= items.length; k++) {
      if (k > 1 && !links[j + k - 1]) break;
      consider(0, i + 1, j + k);
    }
  } else {
    const limit = allowedEdits(token.text.length);
    const one = editDistance(token.text, items[j]!.norm, limit);
    if (one <= limit) consider(one, i + 1, j + 1);
    if (j + 1 < items.length && links[j + 1]) {
      const joined = editDistance(token.text, items[j]!.norm + items[j + 1]!.norm, limit);
      if (joined <= limit) consider(joined, i + 1, j + 2);
    }
    const next = tokens[i + 1];
    if (next?.kind === 'word') {
      const pair = token.text + next.text;
      const pairLimit = allowedEdits(pair.length);
      const merged = editDistance(pair, items[j]!.norm, pairLimit);
      if (merged <= pairLimit) consider(merged, i + 2, j + 1);
    }
  }
  memo.set(key, best);
  return best;
}

/**
 * A word's box, no taller than its letters can be: the recognition sometimes gives a word the
 * height of a whole merged line (a large heading beside smaller text) or of the button around
 * it. The letters' size is judged from the words' widths (about half an em per character).
 */
function letterBoxes(words: readonly OcrWord[]): OcrWord['box'][] {
  const characters = words.reduce((sum, w) => sum + Math.max(1, w.text.length), 0);
  const em = words.reduce((sum, w) => sum + (w.box.x1 - w.box.x0), 0) / (0.52 * characters);
  return words.map(({ box }) => {
    const most = 1.25 * em;
    if (box.y1 - box.y0 <= most) return box;
    const middle = (box.y0 + box.y1) / 2;
    return { ...box, y0: middle - most / 2, y1: middle + most / 2 };
  });
}

function union(words: readonly OcrWord[], page: OcrPage): Rect {
  const boxes = letterBoxes(words);
  const x0 = Math.min(...boxes.map((b) => b.x0));
  const y0 = Math.min(...boxes.map((b) => b.y0));
  const x1 = Math.max(...boxes.map((b) => b.x1));
  const y1 = Math.max(...boxes.map((b) => b.y1));
  // A little room around the letters, as a person draws a mark (and as the text's own box is).
  const pad = 0.25 * Math.min(...boxes.map((b) => b.y1 - b.y0));
  const left = Math.max(0, x0 - pad) / page.width;
  const top = Math.max(0, y0 - pad) / page.height;
  return { x: left, y: top, width: Math.min(1, (x1 + pad) / page.width) - left, height: Math.min(1, (y1 + pad) / page.height) - top };
}

/**
 * Every place where `text` (a segment's string) is on the page, tolerant of recognition errors,
 * case, accents, punctuation, line breaks and placeholders. Occurrences never share a word; where
 * the string stands alone somewhere, its occurrences inside longer text are left out.
 */
export function findString(page: OcrPage, text: string): StringOccurrence[] {
  const all = patternTokens(text);
  // A placeholder at either end takes what reads on from the core on its side (up to 3 words).
  let first = 0;
  let last = all.length;
  while (first < last && all[first]!.kind === 'any') first++;
  while (last > first && all[last - 1]!.kind === 'any') last--;
  const tokens = all.slice(first, last);
  const closing = last < all.length ? closingPunctuation(text) : '';
  const length = tokens.reduce((sum, t) => sum + (t.kind === 'word' ? t.text.length : 0), 0);
  if (length === 0) return [];
  const items: Item[] = [];
  const words = textLines(page.words);
  const { order, next } = readingOrder(words);
  for (const index of order) {
    const word = words[index]!;
    const norm = normalizeWord(word.text);
    if (norm) items.push({ norm, index, word });
  }
  const links = items.map((item, k) => k > 0 && readsOn(items[k - 1]!.word, item.word, next));
  const memo = new Map<number, Path | null>();
  const found: { start: number; end: number; edits: number }[] = [];
  for (let start = 0; start < items.length; start++) {
    const path = matchFrom(tokens, items, links, 0, start, memo);
    if (path && 1 - path.edits / length >= MIN_SCORE) found.push({ start, end: path.end, edits: path.edits });
  }
  // Fewest edits first, then the shorter; a later one that overlaps a taken one is the same place.
  found.sort((a, b) => a.edits - b.edits || a.end - a.start - (b.end - b.start) || a.start - b.start);
  const taken = new Set<number>();
  const occurrences: StringOccurrence[] = [];
  for (const { start: s, end: e, edits } of found) {
    let start = s;
    let end = e;
    if (Array.from({ length: end - start }, (_, k) => start + k).some((k) => taken.has(k))) continue;
    const sameLine = (a: number, b: number) => items[a]!.word.line === items[b]!.word.line;
    for (let k = 0; k < first * MAX_PLACEHOLDER_WORDS && start > 0 && links[start] && sameLine(start - 1, start) && !taken.has(start - 1); k++) start--;
    const most = (all.length - last) * MAX_PLACEHOLDER_WORDS;
    // A value followed by the text's closing punctuation ("{name}!") may wrap onto the next line: up to the word that closes it.
    let closed = -1;
    for (let k = 0, at = end; closing && k < most && at < items.length && links[at] && !taken.has(at); k++, at++) {
      if (items[at]!.word.text.trimEnd().endsWith(closing)) {
        closed = at + 1;
        break;
      }
    }
    if (closed > 0) end = closed;
    else for (let k = 0; k < most && end < items.length && links[end] && sameLine(end - 1, end) && !taken.has(end); k++) end++;
    for (let k = start; k < end; k++) taken.add(k);
    const covered = items.slice(start, end);
    const before = items[start - 1];
    const after = items[end];
    // A stray mark read beside the words (a checkbox or an icon taken for "9" or "O") runs on nothing.
    const stray = (item: Item) => (item.norm.length === 1 && item.word.confidence < 0.8) || (item.norm.length === 2 && item.word.confidence < 0.5);
    const embedded = (!!before && before.word.line === covered[0]!.word.line && links[start]! && !stray(before))
      || (!!after && after.word.line === covered[covered.length - 1]!.word.line && links[end]! && !stray(after));
    const recognition = covered.reduce((sum, item) => sum + item.word.confidence, 0) / covered.length;
    const score = 1 - edits / length;
    occurrences.push({
      box: union(covered.map((item) => item.word), page),
      confidence: score * (0.5 + 0.5 * recognition) * (embedded ? 0.5 : 1),
      words: covered.map((item) => item.index),
      embedded,
    });
  }
  const alone = occurrences.filter((o) => !o.embedded);
  return (alone.length > 0 ? alone : occurrences).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}
