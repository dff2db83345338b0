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
 * Two readings of one picture as one: where lines of both cover the same place, the reading that
 * is surer of its letters there wins; lines only one reading found are kept. Lines are compared
 * as text runs (see textLines: a paragraph and the button beside it are two), so a button read
 * better by one reading does not take the paragraph of the other with it. Lines are numbered
 * anew in reading order (the first reading's, then the second's).
 */
export function mergePasses(first: readonly OcrWord[], second: readonly OcrWord[]): OcrWord[] {
  const kept = linesOf(textLines(first)).map((line) => ({ line, dropped: false }));
  const added: OcrWord[][] = [];
  for (const line of linesOf(textLines(second))) {
    const rivals = kept.filter((k) => !k.dropped && k.line.some((o) => line.some((w) => overlaps(w, o))));
    if (rivals.some((r) => sureness(r.line) >= sureness(line))) continue;
    for (const rival of rivals) rival.dropped = true;
    added.push(line);
  }
  return [...kept.filter((k) => !k.dropped).map((k) => k.line), ...added].flatMap((line, index) => line.map((w) => ({ ...w, line: index })));
}
