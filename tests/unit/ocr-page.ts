import type { OcrPage, OcrWord } from '../../src/domain/find-string';

/** A row of recognized text: words 10 px per character, one space (6 px) between; "|" marks a column gap (80 px). */
export interface Row {
  text: string;
  x?: number;
  y?: number;
  confidence?: number;
}

export const PAGE_WIDTH = 1000;
export const PAGE_HEIGHT = 500;

/** Recognized words as an engine gives them, laid out from rows (one line each, 20 px apart by default). */
export function ocrPage(rows: readonly (Row | string)[]): OcrPage {
  const words: OcrWord[] = [];
  rows.forEach((row, line) => {
    const { text, x = 20, y = 20 + 20 * line, confidence = 0.9 } = typeof row === 'string' ? { text: row } : row;
    let at = x;
    for (const part of text.split(' ')) {
      if (part === '|') {
        at += 80;
        continue;
      }
      if (!part) continue;
      words.push({ text: part, box: { x0: at, y0: y, x1: at + 10 * part.length, y1: y + 12 }, confidence, line });
      at += 10 * part.length + 6;
    }
  });
  return { width: PAGE_WIDTH, height: PAGE_HEIGHT, words };
}

/** The texts of the words an occurrence covers. */
export const wordsOf = (page: OcrPage, occurrence: { words: number[] }) => occurrence.words.map((i) => page.words[i]!.text).join(' ');
