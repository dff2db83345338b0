import { describe, expect, it } from 'vitest';
import {
  MIN_MARK_SIZE, centeredMark, clampMark, frameRect, intersectionOverUnion, markPercentages, moveMark, rectFromPoints, resizeByHandle, resizeMark,
  toPixels, unionRect,
} from '../../src/domain/mark-geometry';

const close = (value: number) => Math.round(value * 1e9) / 1e9;
const rounded = (r: { x: number; y: number; width: number; height: number }) => ({ x: close(r.x), y: close(r.y), width: close(r.width), height: close(r.height) });

describe('drawing a mark', () => {
  it('spans a drag in any direction and stops at the edges', () => {
    expect(rounded(rectFromPoints({ x: 0.5, y: 0.6 }, { x: 0.2, y: 0.1 }))).toEqual({ x: 0.2, y: 0.1, width: 0.3, height: 0.5 });
    expect(rounded(rectFromPoints({ x: -0.2, y: 0.5 }, { x: 1.4, y: 1.1 }))).toEqual({ x: 0, y: 0.5, width: 1, height: 0.5 });
  });

  it('clamps a mark inside the image with a minimum size, keeping its label', () => {
    expect(clampMark({ x: 0.95, y: -0.1, width: 0.2, height: 0.001, label: 'A' })).toEqual({ x: 0.8, y: 0, width: 0.2, height: MIN_MARK_SIZE, label: 'A' });
  });

  it('moves without leaving the image or changing size', () => {
    const mark = { x: 0.1, y: 0.1, width: 0.2, height: 0.1 };
    expect(rounded(moveMark(mark, 0.01, 0))).toEqual({ x: 0.11, y: 0.1, width: 0.2, height: 0.1 });
    expect(rounded(moveMark(mark, -0.5, 2))).toEqual({ x: 0, y: 0.9, width: 0.2, height: 0.1 });
  });

  it('resizes by a handle: the opposite edges stay, never under the minimum, never outside', () => {
    const mark = { x: 0.2, y: 0.2, width: 0.4, height: 0.2 };
    expect(rounded(resizeByHandle(mark, 'nw', -0.1, -0.1))).toEqual({ x: 0.1, y: 0.1, width: 0.5, height: 0.3 });
    expect(rounded(resizeByHandle(mark, 'e', 0.9, 0))).toEqual({ x: 0.2, y: 0.2, width: 0.8, height: 0.2 });
    expect(rounded(resizeByHandle(mark, 'w', 0.9, 0))).toEqual({ x: close(0.6 - MIN_MARK_SIZE), y: 0.2, width: MIN_MARK_SIZE, height: 0.2 });
    expect(rounded(resizeByHandle(mark, 's', 0.3, -0.5))).toEqual({ x: 0.2, y: 0.2, width: 0.4, height: MIN_MARK_SIZE });
    expect(rounded(resizeMark(mark, 0.1, -0.1))).toEqual({ x: 0.2, y: 0.2, width: 0.5, height: 0.1 });
  });

  it('starts a keyboard mark in the middle', () => {
    expect(rounded(centeredMark(0.2, 0.1))).toEqual({ x: 0.4, y: 0.45, width: 0.2, height: 0.1 });
  });

  it('says where a mark is in whole percent', () => {
    expect(markPercentages({ x: 0.123, y: 0.4, width: 0.2, height: 0.051 })).toEqual({ left: 12, top: 40, width: 20, height: 5 });
  });
});

describe('scaling and framing', () => {
  it('turns fractions into the image pixels', () => {
    expect(toPixels({ x: 0.1, y: 0.5, width: 0.25, height: 0.1 }, 1400, 900)).toEqual({ x: 140, y: 450, width: 350, height: 90 });
  });

  it('frames a mark with a margin at the view aspect, inside the image', () => {
    // A 280x45 px button at (140, 360) of a 1400x900 screenshot, in a 4:3 tile.
    const mark = { x: 0.1, y: 0.4, width: 0.2, height: 0.05 };
    const frame = frameRect(mark, 1400, 900, 4 / 3, 0.25);
    const px = toPixels(frame, 1400, 900);
    expect(px.width / px.height).toBeCloseTo(4 / 3, 1);
    // The mark and its margin are inside the frame.
    expect(px.x).toBeLessThanOrEqual(140 - 70 + 1);
    expect(px.x + px.width).toBeGreaterThanOrEqual(140 + 280 + 70 - 1);
    expect(px.x).toBeGreaterThanOrEqual(0);
    expect(px.y).toBeGreaterThanOrEqual(0);
    expect(px.y + px.height).toBeLessThanOrEqual(900);
  });

  it('pushes the frame back inside at an edge, and shows the whole image for a huge mark', () => {
    const corner = frameRect({ x: 0, y: 0, width: 0.05, height: 0.05 }, 1000, 1000, 1, 0.5);
    expect(corner.x).toBe(0);
    expect(corner.y).toBe(0);
    const whole = frameRect({ x: 0, y: 0, width: 1, height: 1 }, 1600, 900, 16 / 9, 0.25);
    expect(rounded(whole)).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });

  it('unites boxes and measures their overlap', () => {
    expect(unionRect([])).toBeNull();
    expect(rounded(unionRect([{ x: 0.1, y: 0.1, width: 0.1, height: 0.1 }, { x: 0.3, y: 0.05, width: 0.1, height: 0.1 }])!)).toEqual({ x: 0.1, y: 0.05, width: 0.3, height: 0.15 });
    const a = { x: 0, y: 0, width: 0.2, height: 0.2 };
    expect(intersectionOverUnion(a, a)).toBe(1);
    expect(intersectionOverUnion(a, { x: 0.5, y: 0.5, width: 0.1, height: 0.1 })).toBe(0);
    expect(intersectionOverUnion(a, { x: 0.1, y: 0, width: 0.2, height: 0.2 })).toBeCloseTo(1 / 3, 5);
  });
});
