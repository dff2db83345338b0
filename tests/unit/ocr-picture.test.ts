import { describe, expect, it } from 'vitest';
import type { OcrWord } from '../../src/domain/find-string';
import { extreme, localContrast, removeLines } from '../../src/features/gallery/ocr/local-contrast';
import { mergePasses } from '../../src/features/gallery/ocr/ocr-picture';

/** A 40 × 20 picture: background colour, with a 4 × 8 "stroke" of the text colour in the middle. */
function picture(background: number[], text: number[]): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(40 * 20 * 4);
  for (let y = 0; y < 20; y++) {
    for (let x = 0; x < 40; x++) rgba.set([...(x >= 18 && x < 22 && y >= 6 && y < 14 ? text : background), 255], (y * 40 + x) * 4);
  }
  return rgba;
}
const at = (rgba: Uint8ClampedArray, x: number, y: number) => rgba[(y * 40 + x) * 4]!;

describe('preparing a screenshot for recognition', () => {
  it('makes text dark on white whatever its colours, and flat areas white', () => {
    for (const [background, text] of [[[255, 255, 255], [30, 30, 30]], [[15, 118, 110], [255, 255, 255]], [[110, 110, 110], [70, 70, 70]]]) {
      const rgba = picture(background!, text!);
      localContrast(rgba, 40, 20, 8);
      expect(at(rgba, 20, 10)).toBeLessThan(40);
      expect(at(rgba, 12, 10)).toBeGreaterThan(215);
      expect(at(rgba, 2, 2)).toBe(255);
    }
  });

  it('leaves no band where two flat areas meet (a button on a dark page), only the letters', () => {
    // Left half dark (a page), right half blue (a button), a white stroke inside the button.
    const rgba = picture([91, 156, 255], [255, 255, 255]);
    for (let y = 0; y < 20; y++) for (let x = 0; x < 10; x++) rgba.set([21, 24, 29], (y * 40 + x) * 4);
    localContrast(rgba, 40, 20, 8);
    // More than 2 px (a quarter of the radius) from the edge and the stroke, both sides are paper; the stroke is ink.
    for (const x of [0, 5, 7, 12, 13]) expect(at(rgba, x, 10)).toBe(255);
    expect(at(rgba, 20, 10)).toBeLessThan(40);
  });

  it('whites out straight lines longer than letters (box borders), and keeps the letters', () => {
    const rgba = picture([255, 255, 255], [0, 0, 0]);
    for (let x = 0; x < 40; x++) rgba.set([0, 0, 0], (1 * 40 + x) * 4);
    removeLines(rgba, 40, 20, 30, 12);
    expect(at(rgba, 5, 1)).toBe(255);
    expect(at(rgba, 20, 10)).toBe(0);
  });

  it('merges two readings: the surer line where both read the same place, every other line of either', () => {
    const word = (text: string, x: number, confidence: number, line: number): OcrWord => ({ text, box: { x0: x, y0: 0, x1: x + 50, y1: 12 }, confidence, line });
    const first = [word('Sparen)', 0, 0.3, 0), word('Total', 200, 0.9, 1)];
    const second = [word('Place', 0, 0.95, 0), word('order', 60, 0.95, 0), word('Total', 200, 0.8, 1), word('Cancel', 400, 0.9, 2)];
    expect(mergePasses(first, second).map((w) => `${w.text}@${w.line}`)).toEqual(['Total@0', 'Place@1', 'order@1', 'Cancel@2']);
  });

  it('merges by runs of text: a button read better by the other reading does not take the paragraph beside it along', () => {
    const word = (text: string, x: number, confidence: number, line: number): OcrWord => ({ text, box: { x0: x, y0: 0, x1: x + 40, y1: 12 }, confidence, line });
    // The first reading has the paragraph and the button on one line; the second reads the button surer.
    const first = [word('to', 0, 0.9, 0), word('avoid', 45, 0.9, 0), word('losing', 90, 0.9, 0), word('changes', 400, 0.8, 0)];
    const second = [word('to', 0, 0.7, 0), word('avoid', 45, 0.7, 0), word('losing', 90, 0.7, 0), word('changes', 400, 0.96, 1)];
    expect(mergePasses(first, second).map((w) => `${w.text}@${w.confidence}`)).toEqual(['to@0.9', 'avoid@0.9', 'losing@0.9', 'changes@0.96']);
  });

  it('weighs every line of a place together: a line read whole is not lost to a piece of it read as surely', () => {
    const word = (text: string, x: number, confidence: number, line: number): OcrWord => ({ text, box: { x0: x, y0: 0, x1: x + 8 * text.length, y1: 10 }, confidence, line });
    // The first reading lost the start of the button's text and cut the rest in two pieces; one piece is as sure as the whole.
    const first = [word('SER', 27, 0.91, 0), word('LA', 58, 0.96, 0), word('COMMANDE', 102, 0.96, 0)];
    const second = [word('PASSER', 0, 0.96, 0), word('LA', 58, 0.96, 0), word('COMMANDE', 81, 0.96, 0)];
    expect(mergePasses(first, second).map((w) => w.text)).toEqual(['PASSER', 'LA', 'COMMANDE']);
  });
});

describe('the running minimum and maximum of the contrast reading', () => {
  it('is the extreme of the window around each pixel, cut at the picture\'s edges, along rows and columns', () => {
    const width = 23;
    const height = 17;
    const source = Uint8Array.from({ length: width * height }, (_, i) => (i * 7919 + 13) % 256);
    for (const radius of [1, 2, 5, 9]) {
      for (const [step, pick] of [[1, Math.min], [1, Math.max], [width, Math.min], [width, Math.max]] as const) {
        const got = extreme(source, width, height, radius, step, pick);
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) {
            let want = source[y * width + x]!;
            for (let d = -radius; d <= radius; d++) {
              const [xx, yy] = step === 1 ? [x + d, y] : [x, y + d];
              if (xx >= 0 && xx < width && yy >= 0 && yy < height) want = pick(want, source[yy * width + xx]!);
            }
            expect(got[y * width + x]).toBe(want);
          }
        }
      }
    }
  });
});
