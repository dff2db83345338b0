import type { OcrWord } from './find-string';

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
