import { describe, expect, it } from 'vitest';
import type { OcrWord } from '../../src/domain/find-string';
import { findBoxedText, readWell, textStrip } from '../../src/features/gallery/ocr/boxed-text';

const W = 320;
const H = 400;

/** A dark page (buttons are at most an eighth of its height) with two buttons: light blue with white "letters", and a dark one with a lighter border and grey "letters". */
function screen(): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(W * H * 4);
  const paint = (x0: number, y0: number, x1: number, y1: number, colour: number[]) => {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) rgba.set([...colour, 255], (y * W + x) * 4);
  };
  paint(0, 0, W, H, [21, 24, 29]);
  paint(20, 20, 140, 60, [91, 156, 252]);
  for (let x = 40; x < 120; x += 10) paint(x, 32, x + 4, 48, [255, 255, 255]);
  // Border 7 levels from the fill, the fill 14 from the page: one box, apart from the page.
  paint(20, 100, 120, 140, [42, 45, 52]);
  paint(21, 101, 119, 139, [35, 38, 45]);
  for (let x = 40; x < 100; x += 10) paint(x, 112, x + 3, 128, [220, 222, 226]);
  // A box with nothing in it is no text.
  paint(150, 100, 230, 140, [200, 60, 60]);
  return rgba;
}

const word = (text: string, x0: number, y0: number, x1: number, y1: number, confidence: number): OcrWord => ({ text, box: { x0, y0, x1, y1 }, confidence, line: 0 });

describe('text in flat boxes (the third reading)', () => {
  it('finds the ink inside buttons of one colour, light on light blue and light on a dark bordered button, and nothing in an empty box', () => {
    const boxes = findBoxedText(screen(), W, H).sort((a, b) => a.y0 - b.y0);
    expect(boxes.map(({ x0, y0, x1, y1 }) => [x0, y0, x1, y1])).toEqual([[40, 32, 114, 48], [40, 112, 93, 128]]);
    expect(boxes[0]!.fill.map(Math.round)).toEqual([91, 156, 252]);
    expect(boxes[1]!.box).toEqual({ x0: 20, y0: 100, x1: 120, y1: 140 });
  });

  it('reads a box again unless sure words of its height cover most of its ink', () => {
    const box = findBoxedText(screen(), W, H).sort((a, b) => a.y0 - b.y0)[0]!;
    expect(readWell(box, [word('Save', 40, 31, 75, 49, 0.95), word('changes', 80, 31, 114, 49, 0.93)])).toBe(true);
    // Unsure, or a box as tall as the button (its border taken in), or half the ink left out.
    expect(readWell(box, [word('Save', 40, 31, 75, 49, 0.95), word('chanqes', 80, 31, 114, 49, 0.5)])).toBe(false);
    expect(readWell(box, [word('Save', 40, 18, 75, 62, 0.95), word('changes', 80, 31, 114, 49, 0.93)])).toBe(false);
    expect(readWell(box, [word('Save', 40, 31, 75, 49, 0.95)])).toBe(false);
  });

  it('stacks the boxes\' ink dark on white, enlarged, and places what is read there back on the picture', () => {
    const rgba = screen();
    const boxes = findBoxedText(rgba, W, H).sort((a, b) => a.y0 - b.y0);
    const strip = textStrip(rgba, W, H, boxes);
    const grey = (x: number, y: number) => strip.rgba[(y * strip.width + x) * 4]!;
    // The first box: 16 px of ink made 40 px (2.5 times), 8 px of room (within the button), 40 px from the top and left.
    const place = (x: number, y: number) => [Math.round(40 + (x - 40 + 8) * 2.5), Math.round(40 + (y - 32 + 8) * 2.5)] as const;
    expect(grey(...place(41.5, 40))).toBe(0);
    expect(grey(...place(46, 40))).toBe(255);
    expect(strip.toPicture({ x0: place(40, 32)[0], y0: place(40, 32)[1], x1: place(114, 48)[0], y1: place(114, 48)[1] })).toEqual({ x0: 40, y0: 32, x1: 114, y1: 48 });
    // Between the rows nothing is placed.
    expect(strip.toPicture({ x0: 0, y0: 0, x1: 10, y1: 10 })).toBeNull();
  });
});
