import type { OcrWord } from '../../../domain/find-string';

/** Text inside a box of one flat colour (a button, a field, a badge): where its ink is, and the box's colour. */
export interface BoxedText {
  /** The ink's bounds in image pixels (x1, y1 exclusive). */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The box itself (x1, y1 exclusive): the ink is cut out with room around it, but not past the box. */
  box: { x0: number; y0: number; x1: number; y1: number };
  fill: readonly [number, number, number];
}

/** Neighbouring pixels this close (each channel) are one flat area; JPEG's noise on a fill stays under it. */
const FLAT = 8;
/** A pixel this far (RGB distance) from the box's colour is ink. */
const INK = 60;
/** An area's pixels stay this close (each channel) to its mean colour. */
const MEAN = 10;
/** Above this many pixels the boxes are not looked for (the areas take about 24 bytes a looked-at pixel). */
const MAX_PIXELS = 16_000_000;

const root = (parent: Int32Array, p: number) => {
  let r = p;
  while (parent[r] !== r) r = parent[r]!;
  while (parent[p] !== r) {
    const next = parent[p]!;
    parent[p] = r;
    p = next;
  }
  return r;
};

/** The picture at 1 / `k` of its size (each pixel the mean of a k × k square), as RGB. */
function shrink(rgba: Uint8ClampedArray, width: number, height: number, k: number): { rgb: Uint8ClampedArray; width: number; height: number } {
  const w = Math.floor(width / k);
  const h = Math.floor(height / k);
  const rgb = new Uint8ClampedArray(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let dy = 0; dy < k; dy++) for (let dx = 0; dx < k; dx++) sum += rgba[((y * k + dy) * width + x * k + dx) * 4 + c]!;
        rgb[(y * w + x) * 3 + c] = sum / (k * k);
      }
    }
  }
  return { rgb, width: w, height: h };
}

/**
 * Boxes of one flat colour with text inside (buttons, fields, badges, tabs), found cheaply: areas
 * of pixels joined to their neighbours by nearly the same colour (and near the area's mean, so a
 * soft edge does not lead one area into the next), of a button's shape (wider than tall, not
 * taller than an eighth of the picture nor wider than half of it, mostly filled), with ink (pixels
 * far from the box's colour) within the box's own rows. Answers where the ink is. Colour, not
 * luminance: white text on a light blue button is far from the blue in colour even where a
 * threshold over the whole picture puts both on the same side. A large picture (a 2x screenshot)
 * is looked at in half size.
 */
export function findBoxedText(rgba: Uint8ClampedArray, fullWidth: number, fullHeight: number): BoxedText[] {
  if (fullWidth * fullHeight > MAX_PIXELS || fullWidth * fullHeight === 0) return [];
  const k = Math.max(1, Math.floor(fullWidth / 1600) + 1);
  const { rgb, width, height } = shrink(rgba, fullWidth, fullHeight, k);
  const n = width * height;
  const parent = new Int32Array(n);
  const sums = new Int32Array(n * 4);
  for (let p = 0; p < n; p++) {
    parent[p] = p;
    sums[p * 4] = rgb[p * 3]!;
    sums[p * 4 + 1] = rgb[p * 3 + 1]!;
    sums[p * 4 + 2] = rgb[p * 3 + 2]!;
    sums[p * 4 + 3] = 1;
  }
  const near = (p: number, q: number) => {
    const i = p * 3;
    const j = q * 3;
    return Math.abs(rgb[i]! - rgb[j]!) <= FLAT && Math.abs(rgb[i + 1]! - rgb[j + 1]!) <= FLAT && Math.abs(rgb[i + 2]! - rgb[j + 2]!) <= FLAT;
  };
  const join = (p: number, q: number) => {
    const a = root(parent, p);
    const b = root(parent, q);
    if (a === b) return;
    const ca = sums[a * 4 + 3]!;
    const cb = sums[b * 4 + 3]!;
    if (Math.abs(sums[a * 4]! * cb - sums[b * 4]! * ca) > MEAN * ca * cb
      || Math.abs(sums[a * 4 + 1]! * cb - sums[b * 4 + 1]! * ca) > MEAN * ca * cb
      || Math.abs(sums[a * 4 + 2]! * cb - sums[b * 4 + 2]! * ca) > MEAN * ca * cb) return;
    const keep = a < b ? a : b;
    const gone = a < b ? b : a;
    parent[gone] = keep;
    for (let c = 0; c < 4; c++) sums[keep * 4 + c] = sums[keep * 4 + c]! + sums[gone * 4 + c]!;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      if (x + 1 < width && near(p, p + 1)) join(p, p + 1);
      if (y + 1 < height && near(p, p + width)) join(p, p + width);
    }
  }
  // Each area's bounds (areas too small to be a box are left out); `parent` now numbers the areas.
  const minArea = 12 * 18;
  const label = new Int32Array(n);
  for (let p = 0; p < n; p++) label[p] = root(parent, p);
  parent.fill(-1);
  const bounds: { id: number; x0: number; y0: number; x1: number; y1: number }[] = [];
  for (let y = 0, p = 0; y < height; y++) {
    for (let x = 0; x < width; x++, p++) {
      const r = label[p]!;
      if (sums[r * 4 + 3]! < minArea) continue;
      const at = parent[r]!;
      if (at < 0) {
        parent[r] = bounds.length;
        bounds.push({ id: r, x0: x, y0: y, x1: x + 1, y1: y + 1 });
        continue;
      }
      const b = bounds[at]!;
      if (x < b.x0) b.x0 = x;
      if (x >= b.x1) b.x1 = x + 1;
      b.y1 = y + 1;
    }
  }
  const found: BoxedText[] = [];
  for (const area of bounds) {
    const id = area.id;
    const w = area.x1 - area.x0;
    const h = area.y1 - area.y0;
    const count = sums[id * 4 + 3]!;
    if (h < 12 || h > height / 8 || w < 1.5 * h || w > width / 2 || count < 0.5 * w * h) continue;
    const fill = [sums[id * 4]! / count, sums[id * 4 + 1]! / count, sums[id * 4 + 2]! / count] as const;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -1;
    let y1 = -1;
    let inkCount = 0;
    for (let y = area.y0; y < area.y1; y++) {
      // Within the box's own extent on this row (a rounded corner's outside is not ink).
      let first = -1;
      let last = -1;
      for (let x = area.x0, p = y * width + area.x0; x < area.x1; x++, p++) {
        if (label[p] === id) {
          if (first < 0) first = x;
          last = x;
        }
      }
      if (first < 0) continue;
      for (let x = first + 1, p = y * width + first + 1; x < last; x++, p++) {
        if (label[p] === id) continue;
        const i = p * 3;
        const dr = rgb[i]! - fill[0];
        const dg = rgb[i + 1]! - fill[1];
        const db = rgb[i + 2]! - fill[2];
        if (dr * dr + dg * dg + db * db < INK * INK) continue;
        inkCount++;
        if (x < x0) x0 = x;
        if (x >= x1) x1 = x + 1;
        if (y < y0) y0 = y;
        if (y >= y1) y1 = y + 1;
      }
    }
    // Letters: some ink, at least 6 px tall, not touching the box's top or bottom (not a picture or a border).
    if (inkCount < 20 || y1 - y0 < 6 || y0 <= area.y0 || y1 >= area.y1) continue;
    // Back in the picture's pixels, a pixel of room for the shrinking.
    found.push({
      x0: Math.max(0, x0 * k - (k - 1)),
      y0: Math.max(0, y0 * k - (k - 1)),
      x1: Math.min(fullWidth, x1 * k + (k - 1)),
      y1: Math.min(fullHeight, y1 * k + (k - 1)),
      box: { x0: area.x0 * k, y0: area.y0 * k, x1: area.x1 * k, y1: area.y1 * k },
      fill,
    });
  }
  return found;
}

/**
 * Whether the words already read cover a box's text well: sure words (80 % and more) whose boxes
 * are about as tall as its ink span most of its width. Otherwise it is read again on its own.
 */
export function readWell(box: BoxedText, words: readonly OcrWord[]): boolean {
  const h = box.y1 - box.y0;
  const spans: [number, number][] = [];
  for (const w of words) {
    const cx = (w.box.x0 + w.box.x1) / 2;
    const cy = (w.box.y0 + w.box.y1) / 2;
    if (cx < box.x0 - h / 2 || cx > box.x1 + h / 2 || cy < box.y0 - h / 2 || cy > box.y1 + h / 2) continue;
    if (w.confidence < 0.8 || w.box.y1 - w.box.y0 > 1.6 * h + 2 || w.box.x0 < box.x0 - h || w.box.x1 > box.x1 + h) return false;
    spans.push([Math.max(box.x0, w.box.x0), Math.min(box.x1, w.box.x1)]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let end = box.x0;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    covered += to - Math.max(from, end);
    end = to;
  }
  return covered >= 0.85 * (box.x1 - box.x0);
}

/** One picture of the boxes' text, one box a row, every letter dark on white and about `LINE` px tall. */
export interface TextStrip {
  width: number;
  height: number;
  /** Grey pixels as RGBA. */
  rgba: Uint8ClampedArray<ArrayBuffer>;
  /** Places a word read on the strip back on the picture (or null if it lies between rows). */
  toPicture(box: OcrWord['box']): OcrWord['box'] | null;
}

/** The height the ink of each box is scaled to (Tesseract reads text of 20 to 40 px best). */
const LINE = 40;

/**
 * The boxes' ink stacked in one picture: each scaled so its ink is `LINE` px tall (bilinear, at
 * most 4 times), as the distance of each pixel's colour from its box's colour (white on light blue
 * becomes black on white like any other text), with a margin of half a line (within the box) and
 * a line's gap between rows.
 */
export function textStrip(rgba: Uint8ClampedArray, width: number, height: number, boxes: readonly BoxedText[]): TextStrip {
  const rows = boxes.map((box) => {
    const h = box.y1 - box.y0;
    const scale = Math.min(4, Math.max(1, LINE / h));
    const pad = Math.ceil(h / 2);
    // Not past the box's edge (the page around a button is far from its colour too), a pixel in.
    const sx0 = Math.max(0, box.box.x0 + 1, box.x0 - pad);
    const sy0 = Math.max(0, box.box.y0 + 1, box.y0 - pad);
    const sx1 = Math.min(width, box.box.x1 - 1, box.x1 + pad);
    const sy1 = Math.min(height, box.box.y1 - 1, box.y1 + pad);
    return { box, scale, sx0, sy0, w: Math.round((sx1 - sx0) * scale), h: Math.round((sy1 - sy0) * scale) };
  });
  const gap = LINE;
  const stripWidth = Math.max(1, ...rows.map((r) => r.w)) + 2 * gap;
  let top = gap;
  const placed = rows.map((r) => {
    const at = top;
    top += r.h + gap;
    return { ...r, top: at };
  });
  const stripHeight = Math.max(1, top);
  const out = new Uint8ClampedArray(stripWidth * stripHeight * 4).fill(255);
  const sample = (x: number, y: number, c: number) => rgba[(Math.min(height - 1, Math.max(0, y)) * width + Math.min(width - 1, Math.max(0, x))) * 4 + c]!;
  for (const r of placed) {
    const { fill, x0, y0, x1, y1 } = r.box;
    // How far the ink is from the fill: the strongest distance in the box, so the letters' cores are black.
    let strongest = INK;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * width + x) * 4;
        const d = Math.hypot(rgba[i]! - fill[0], rgba[i + 1]! - fill[1], rgba[i + 2]! - fill[2]);
        if (d > strongest) strongest = d;
      }
    }
    for (let ty = 0; ty < r.h; ty++) {
      const fy = r.sy0 + (ty + 0.5) / r.scale - 0.5;
      const iy = Math.floor(fy);
      const wy = fy - iy;
      for (let tx = 0; tx < r.w; tx++) {
        const fx = r.sx0 + (tx + 0.5) / r.scale - 0.5;
        const ix = Math.floor(fx);
        const wx = fx - ix;
        let d = 0;
        for (let c = 0; c < 3; c++) {
          const v = (1 - wy) * ((1 - wx) * sample(ix, iy, c) + wx * sample(ix + 1, iy, c)) + wy * ((1 - wx) * sample(ix, iy + 1, c) + wx * sample(ix + 1, iy + 1, c));
          d += (v - fill[c]!) ** 2;
        }
        // A fifth of the ink's distance is still paper (JPEG's noise around the letters).
        const value = 255 - Math.min(255, Math.max(0, (255 * (Math.sqrt(d) - 0.2 * strongest)) / (0.8 * strongest)));
        const o = ((r.top + ty) * stripWidth + gap + tx) * 4;
        out[o] = out[o + 1] = out[o + 2] = value;
      }
    }
  }
  return {
    width: stripWidth,
    height: stripHeight,
    rgba: out,
    toPicture(box) {
      const cy = (box.y0 + box.y1) / 2;
      const r = placed.find((p) => cy >= p.top && cy < p.top + p.h);
      if (!r) return null;
      const back = (v: number, from: number, origin: number) => Math.round(origin + (v - from) / r.scale);
      return { x0: back(box.x0, gap, r.sx0), y0: back(box.y0, r.top, r.sy0), x1: back(box.x1, gap, r.sx0), y1: back(box.y1, r.top, r.sy0) };
    },
  };
}
