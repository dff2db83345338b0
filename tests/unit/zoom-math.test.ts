import { describe, expect, it } from 'vitest';
import {
  canPan, clampView, doubleClickScale, fitScale, fitView, frameView, MAX_SCALE, panBy, stepScale, wheelFactor, zoomAt, zoomLimits, type View,
} from '../../src/features/gallery/zoom-math';

const stage = { width: 1000, height: 600 };
const image = { width: 2000, height: 1000 };
const small = { width: 400, height: 300 };

/** The content point under a stage point. */
const under = (view: View, x: number, y: number) => ({ x: (x - view.x) / view.scale, y: (y - view.y) / view.scale });

describe('fit', () => {
  it('shows the whole content; an image is never fitted larger than 100 %, a PDF page may be', () => {
    expect(fitScale(stage, image)).toBe(0.5);
    expect(fitScale(stage, small)).toBe(1);
    expect(fitScale(stage, small, true)).toBe(2);
    expect(fitView(stage, image)).toEqual({ scale: 0.5, x: 0, y: 50 });
    expect(fitView(stage, small)).toEqual({ scale: 1, x: 300, y: 150 });
  });

  it('zooms from the fit up to 8×, or the fit when that is larger', () => {
    expect(zoomLimits(stage, image)).toEqual({ min: 0.5, max: MAX_SCALE });
    expect(zoomLimits(stage, { width: 10, height: 10 }, true)).toEqual({ min: 60, max: 60 });
  });
});

describe('zoom around a point', () => {
  const limits = zoomLimits(stage, image);

  it('keeps the content point under the pointer still, wherever the pointer is, in and out', () => {
    let view = clampView({ scale: 1, x: -400, y: -200 }, stage, image, limits);
    for (const [x, y, scale] of [[300, 390, 1.5], [820, 40, 3], [10, 590, 2.2], [500, 300, 1]] as const) {
      const before = under(view, x, y);
      view = zoomAt(view, scale, { x, y }, stage, image, limits);
      expect(view.scale).toBe(scale);
      const after = under(view, x, y);
      expect(after.x).toBeCloseTo(before.x, 6);
      expect(after.y).toBeCloseTo(before.y, 6);
    }
  });

  it('from the fit, zooming at the centre keeps the centre', () => {
    const view = zoomAt(fitView(stage, image), 2, { x: 500, y: 300 }, stage, image, limits);
    expect(under(view, 500, 300)).toEqual({ x: 1000, y: 500 });
  });

  it('stays between the fit and 8×', () => {
    const view = fitView(stage, image);
    expect(zoomAt(view, 100, { x: 0, y: 0 }, stage, image, limits).scale).toBe(MAX_SCALE);
    expect(zoomAt(view, 0.01, { x: 0, y: 0 }, stage, image, limits)).toEqual(fitView(stage, image));
  });

  it('never leaves an empty band beside content larger than the stage, nor shifts smaller content off-centre', () => {
    // Zooming at the very left of a fitted image would pull it right: it stays against the edge.
    const view = zoomAt(fitView(stage, image), 1, { x: 0, y: 300 }, stage, image, limits);
    expect(view.x).toBe(0);
    // 2000 × 1000 at 0.55: 1100 wide (covers 1000), 550 high (less than 600: centred).
    const wide = clampView({ scale: 0.55, x: 400, y: -90 }, stage, image, limits);
    expect(wide).toEqual({ scale: 0.55, x: 0, y: 25 });
  });
});

describe('pan', () => {
  const limits = zoomLimits(stage, image);

  it('moves a zoomed view by the drag, up to the content\'s edges', () => {
    const view: View = { scale: 1, x: -500, y: -200 };
    expect(panBy(view, 120, -60, stage, image, limits)).toEqual({ scale: 1, x: -380, y: -260 });
    expect(panBy(view, 5000, 5000, stage, image, limits)).toEqual({ scale: 1, x: 0, y: 0 });
    expect(panBy(view, -5000, -5000, stage, image, limits)).toEqual({ scale: 1, x: -1000, y: -400 });
  });

  it('has nothing to move at the fit', () => {
    const fitted = fitView(stage, image);
    expect(canPan(fitted, stage, image)).toBe(false);
    expect(panBy(fitted, 100, 100, stage, image, limits)).toEqual(fitted);
    expect(canPan({ scale: 0.6, x: 0, y: 0 }, stage, image)).toBe(true);
  });
});

describe('steps, wheel and double-click', () => {
  it('+/- go through round steps and the fit, and stop at the ends', () => {
    const limits = { min: 0.6, max: 8 };
    expect(stepScale(0.6, 1, limits)).toBe(0.75);
    expect(stepScale(0.75, -1, limits)).toBe(0.6);
    expect(stepScale(0.6, -1, limits)).toBe(0.6);
    expect(stepScale(6, 1, limits)).toBe(8);
    expect(stepScale(8, 1, limits)).toBe(8);
    expect(stepScale(1.2, 1, limits)).toBe(1.5);
  });

  it('a wheel notch up zooms in about 1.2×, down zooms out, a touchpad pinch a little; never more than 2× at once', () => {
    expect(wheelFactor(-100)).toBeCloseTo(1.221, 3);
    expect(wheelFactor(100)).toBeCloseTo(1 / 1.221, 3);
    expect(wheelFactor(-3)).toBeGreaterThan(1);
    expect(wheelFactor(-3)).toBeLessThan(1.01);
    expect(wheelFactor(-3, 1)).toBeCloseTo(wheelFactor(-48), 6);
    expect(wheelFactor(-100_000)).toBe(2);
    expect(wheelFactor(100_000)).toBe(0.5);
  });

  it('a double-click goes from the fit to a close look (at least 100 %, at least twice the fit), and back', () => {
    expect(doubleClickScale(0.25, { min: 0.25, max: 8 })).toBe(1);
    expect(doubleClickScale(0.8, { min: 0.8, max: 8 })).toBe(1.6);
    expect(doubleClickScale(1, { min: 1, max: 8 })).toBe(2);
    expect(doubleClickScale(3, { min: 1, max: 8 })).toBe(1);
  });
});

describe('framing a mark', () => {
  const limits = zoomLimits(stage, image);

  it('fills the stage with the mark and its margin, centred on it', () => {
    const mark = { x: 0.4, y: 0.4, width: 0.1, height: 0.05 };
    const view = frameView(mark, 0.5, stage, image, limits);
    // The mark is 200 × 50 image pixels, 100 of margin each side: 400 × 250, widened to the stage's 5:3.
    expect(view.scale).toBeCloseTo(600 / 250, 6);
    const centre = under(view, 500, 300);
    expect(centre.x).toBeCloseTo(900, 6);
    expect(centre.y).toBeCloseTo(425, 6);
  });

  it('a mark in a corner stays in view: the frame stops at the image\'s edges', () => {
    const view = frameView({ x: 0.95, y: 0.95, width: 0.05, height: 0.05 }, 0.5, stage, image, limits);
    const corner = { x: view.x + image.width * view.scale, y: view.y + image.height * view.scale };
    expect(corner.x).toBeCloseTo(stage.width, 6);
    expect(corner.y).toBeCloseTo(stage.height, 6);
  });

  it('a tiny mark is not zoomed past 8×', () => {
    expect(frameView({ x: 0.5, y: 0.5, width: 0.0001, height: 0.0001 }, 0.1, stage, image, limits).scale).toBe(MAX_SCALE);
  });
});
