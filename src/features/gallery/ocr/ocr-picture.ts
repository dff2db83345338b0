import type { OcrWord } from '../../../domain/find-string';
import { textLines } from '../../../domain/reading-order';

import { localContrast, removeLines } from './local-contrast';

/**
 * The picture as a PNG for the engine; with `contrast`, every stroke dark on white whatever its
 * colours (see localContrast): text on a coloured button or under a dialog's shade then reads
 * like black text on paper, where Tesseract's own threshold drops both.
 */
export async function contrastPicture(image: ImageBitmap, contrast: boolean): Promise<Blob> {
  const { width, height } = image;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  if (contrast) {
    const picture = context.getImageData(0, 0, width, height);
    // About a line of text at 1x (a 1400 px wide screenshot), more on a 2x one.
    const radius = Math.max(8, Math.round(width / 120));
    localContrast(picture.data, width, height, radius);
    removeLines(picture.data, width, height, 4 * radius, Math.round(2.5 * radius));
    context.putImageData(picture, 0, 0);
  }
  return canvas.convertToBlob({ type: 'image/png' });
}

const overlaps = (a: OcrWord, b: OcrWord) => !(a.box.x1 < b.box.x0 || a.box.x0 > b.box.x1 || a.box.y1 < b.box.y0 || a.box.y0 > b.box.y1);

function linesOf(words: readonly OcrWord[]): OcrWord[][] {
  const lines = new Map<number, OcrWord[]>();
  for (const word of words) lines.set(word.line, [...(lines.get(word.line) ?? []), word]);
  return [...lines.values()];
}

const sureness = (line: readonly OcrWord[]) => line.reduce((sum, w) => sum + w.confidence * w.text.length, 0) / Math.max(1, line.reduce((sum, w) => sum + w.text.length, 0));

/**
 * Two readings of one picture as one: lines of the two that cover the same place (linked through
 * any chain of overlaps) are weighed together, and the reading that is surer of its letters there
 * wins them all (the first on a tie), so a line read whole by one is not lost to a piece of it
 * the other read as surely; lines only one reading found are kept. Lines are compared as text
 * runs (see textLines: a paragraph and the button beside it are two), so a button read better by
 * one reading does not take the paragraph of the other with it. Lines are numbered anew in
 * reading order (the first reading's, then the second's).
 */
export function mergePasses(first: readonly OcrWord[], second: readonly OcrWord[]): OcrWord[] {
  const lines = [...linesOf(textLines(first)).map((words) => ({ words, first: true })), ...linesOf(textLines(second)).map((words) => ({ words, first: false }))];
  const group = lines.map((_, index) => index);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (const [i, a] of lines.entries()) {
    if (!a.first) continue;
    for (const [j, b] of lines.entries()) {
      if (!b.first && a.words.some((o) => b.words.some((w) => overlaps(w, o)))) group[find(j)] = find(i);
    }
  }
  // Per place, whether the first reading's lines stay there (a place only one reading read is that reading's).
  const firstWins = new Map<number, boolean>();
  for (const at of new Set(lines.map((_, i) => find(i)))) {
    const members = lines.filter((_, i) => find(i) === at);
    const ofFirst = members.filter((m) => m.first).flatMap((m) => m.words);
    const ofSecond = members.filter((m) => !m.first).flatMap((m) => m.words);
    firstWins.set(at, ofSecond.length === 0 || (ofFirst.length > 0 && sureness(ofFirst) >= sureness(ofSecond)));
  }
  return lines
    .filter((line, i) => firstWins.get(find(i)) === line.first)
    .flatMap((line, index) => line.words.map((w) => ({ ...w, line: index })));
}
