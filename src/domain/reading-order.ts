import type { OcrWord } from './ocr-text';

/** Words further apart than this many letter heights are not one string (a wide space: a table's next column, a button beside a paragraph). */
export const WORD_GAP = 1.6;

const heightOf = (w: OcrWord) => w.box.y1 - w.box.y0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

interface Piece { line: number; indexes: number[]; x0: number; x1: number; y0: number; y1: number; height: number }

function piece(words: readonly OcrWord[], indexes: number[]): Piece {
  const boxes = indexes.map((i) => words[i]!.box);
  const height = Math.max(1, median(indexes.map((i) => heightOf(words[i]!))));
  const middle = median(boxes.map((b) => (b.y0 + b.y1) / 2));
  return { line: words[indexes[0]!]!.line, indexes, x0: Math.min(...boxes.map((b) => b.x0)), x1: Math.max(...boxes.map((b) => b.x1)), y0: middle - height / 2, y1: middle + height / 2, height };
}

/**
 * The words with their lines as a string can run on them: each recognized line cut where two
 * words stand further apart than a wide space (Tesseract reads a paragraph and the button beside
 * it as one line), and pieces of one row that follow each other closely joined (a reading that
 * cut a line in two). A line's height is its words' median, so one word given the height of its
 * button does not widen the spaces. Answers the same words in the same order, lines renumbered.
 */
export function textLines(words: readonly OcrWord[]): OcrWord[] {
  const byLine = new Map<number, number[]>();
  words.forEach((word, index) => byLine.set(word.line, [...(byLine.get(word.line) ?? []), index]));
  const pieces: Piece[] = [];
  for (const indexes of byLine.values()) {
    const sorted = [...indexes].sort((a, b) => words[a]!.box.x0 - words[b]!.box.x0);
    const height = Math.max(1, median(sorted.map((i) => heightOf(words[i]!))));
    let run: number[] = [];
    for (const index of sorted) {
      const previous = run[run.length - 1];
      if (previous !== undefined && words[index]!.box.x0 - words[previous]!.box.x1 > WORD_GAP * height) {
        pieces.push(piece(words, run));
        run = [];
      }
      run.push(index);
    }
    if (run.length) pieces.push(piece(words, run));
  }
  // Pieces of one row, the second starting within a wide space of the first's end: one line.
  const joinedTo = new Map<Piece, Piece>();
  const root = (p: Piece): Piece => {
    let at = p;
    while (joinedTo.has(at)) at = joinedTo.get(at)!;
    return at;
  };
  for (const a of pieces) {
    for (const b of pieces) {
      // Pieces of one recognized line were cut apart for their wide space.
      if (a.line === b.line || root(a) === root(b)) continue;
      const h = Math.min(a.height, b.height);
      const sameRow = Math.max(a.height, b.height) <= 1.5 * h && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) >= 0.6 * h;
      const gap = b.x0 - a.x1;
      if (sameRow && gap >= -0.2 * h && gap <= WORD_GAP * h) joinedTo.set(root(b), root(a));
    }
  }
  const lineOf = new Map<Piece, number>();
  const line = new Array<number>(words.length);
  for (const p of pieces) {
    const r = root(p);
    if (!lineOf.has(r)) lineOf.set(r, lineOf.size);
    for (const index of p.indexes) line[index] = lineOf.get(r)!;
  }
  return words.map((word, index) => ({ ...word, line: line[index]! }));
}

interface LineBox { line: number; x0: number; y0: number; x1: number; y1: number; height: number }

function lineBoxes(words: readonly OcrWord[]): LineBox[] {
  const boxes = new Map<number, LineBox>();
  for (const { line, box } of words) {
    const known = boxes.get(line);
    if (!known) boxes.set(line, { line, ...box, height: box.y1 - box.y0 });
    else Object.assign(known, { x0: Math.min(known.x0, box.x0), y0: Math.min(known.y0, box.y0), x1: Math.max(known.x1, box.x1), y1: Math.max(known.y1, box.y1), height: Math.min(known.height, box.y1 - box.y0) });
  }
  return [...boxes.values()];
}

/** Whether line `b` can carry on a string from line `a`: just below it, in the same column. */
function carriesOn(a: LineBox, b: LineBox): boolean {
  const h = Math.max(1, Math.min(a.height, b.height));
  const gap = b.y0 - a.y1;
  return b.y0 > a.y0 && gap >= -0.3 * h && gap <= 1.3 * h && b.x0 <= a.x1 && b.x1 >= a.x0 && b.x0 >= a.x0 - (a.x1 - a.x0);
}

/**
 * The words in an order where a wrapped string's lines follow each other: each line is followed
 * by the line just below it in its column, whatever order the recognition gave (two readings
 * merged, or columns read across). Answers the word indexes in that order, and for each line the
 * line that carries on from it.
 */
export function readingOrder(words: readonly OcrWord[]): { order: number[]; next: ReadonlyMap<number, number> } {
  const lines = lineBoxes(words);
  const next = new Map<number, number>();
  const claimed = new Set<number>();
  for (const a of lines) {
    const below = lines
      .filter((b) => b !== a && !claimed.has(b.line) && carriesOn(a, b))
      .sort((p, q) => p.y0 - q.y0 || Math.abs(p.x0 - a.x0) - Math.abs(q.x0 - a.x0))[0];
    if (!below) continue;
    next.set(a.line, below.line);
    claimed.add(below.line);
  }
  const byLine = new Map<number, number[]>();
  words.forEach((word, index) => byLine.set(word.line, [...(byLine.get(word.line) ?? []), index]));
  // Left to right within a line (a line joined from two pieces has them in the order read).
  for (const indexes of byLine.values()) indexes.sort((a, b) => words[a]!.box.x0 - words[b]!.box.x0);
  const order: number[] = [];
  const done = new Set<number>();
  for (const { line } of lines) {
    if (claimed.has(line)) continue;
    for (let at: number | undefined = line; at !== undefined && !done.has(at); at = next.get(at)) {
      done.add(at);
      order.push(...(byLine.get(at) ?? []));
    }
  }
  // A chain's head claimed by a loop cannot happen (each link goes down), but leave no word out.
  for (const { line } of lines) if (!done.has(line)) order.push(...(byLine.get(line) ?? []));
  return { order, next };
}
