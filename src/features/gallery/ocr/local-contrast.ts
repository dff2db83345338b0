/**
 * Every stroke dark on white, whatever its colours: each pixel is placed between the darkest and
 * the brightest luminance around it (a square of `radius`), and turned over where the
 * surroundings are mostly dark (light text on a dark button or theme). Low-contrast text (grey
 * under a dialog's shade) is stretched to full contrast; flat areas become white.
 */
export function localContrast(rgba: Uint8ClampedArray, width: number, height: number, radius: number): void {
  const n = width * height;
  const lum = new Uint8Array(n);
  for (let p = 0, i = 0; p < n; p++, i += 4) lum[p] = (77 * rgba[i]! + 150 * rgba[i + 1]! + 29 * rgba[i + 2]!) >> 8;
  const low = extreme(extreme(lum, width, height, radius, 1, Math.min), width, height, radius, width, Math.min);
  const high = extreme(extreme(lum, width, height, radius, 1, Math.max), width, height, radius, width, Math.max);
  const mean = boxMean(lum, width, height, radius);
  // Flat close around (wider than a letter's stroke): no ink, whatever is further. Else the edge
  // between two flat areas (a button on a dark page) darkens a band as wide as the radius, a
  // frame around the button's words; so only a thin line stays, which removeLines takes.
  const near = Math.max(2, Math.round(radius / 4));
  const nearLow = extreme(extreme(lum, width, height, near, 1, Math.min), width, height, near, width, Math.min);
  const nearHigh = extreme(extreme(lum, width, height, near, 1, Math.max), width, height, near, width, Math.max);
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    const range = high[p]! - low[p]!;
    let value = 255;
    if (range >= 32 && nearHigh[p]! - nearLow[p]! >= 32) {
      const darkAround = mean[p]! < (high[p]! + low[p]!) / 2;
      value = Math.round((255 * (darkAround ? high[p]! - lum[p]! : lum[p]! - low[p]!)) / range);
    }
    rgba[i] = rgba[i + 1] = rgba[i + 2] = value;
    rgba[i + 3] = 255;
  }
}

/**
 * A running minimum or maximum over `radius` either side, along rows (`step` 1) or columns
 * (`step` width): van Herk / Gil-Werman, three comparisons a pixel whatever the radius (the
 * window walked pixel by pixel cost 2 × radius + 1, seconds for a 2x screenshot).
 */
export function extreme(source: Uint8Array, width: number, height: number, radius: number, step: number, pick: (a: number, b: number) => number): Uint8Array {
  const out = new Uint8Array(source.length);
  const lines = step === 1 ? height : width;
  const length = step === 1 ? width : height;
  const lineStep = step === 1 ? width : 1;
  const min = pick === Math.min;
  const window = 2 * radius + 1;
  // The line with `radius` of nothing either side (a value that never wins), in whole windows.
  const total = Math.ceil((length + 2 * radius) / window) * window;
  const padded = new Uint8Array(total);
  const fromStart = new Uint8Array(total);
  const toEnd = new Uint8Array(total);
  for (let line = 0; line < lines; line++) {
    const base = line * lineStep;
    padded.fill(min ? 255 : 0);
    for (let k = 0; k < length; k++) padded[k + radius] = source[base + k * step]!;
    // Within each block of `window` values: the extreme so far from its start, and from each to its end.
    for (let block = 0; block < total; block += window) {
      let value = padded[block]!;
      fromStart[block] = value;
      for (let j = block + 1; j < block + window; j++) {
        const v = padded[j]!;
        value = min ? (v < value ? v : value) : (v > value ? v : value);
        fromStart[j] = value;
      }
      value = padded[block + window - 1]!;
      toEnd[block + window - 1] = value;
      for (let j = block + window - 2; j >= block; j--) {
        const v = padded[j]!;
        value = min ? (v < value ? v : value) : (v > value ? v : value);
        toEnd[j] = value;
      }
    }
    // The window of pixel k is padded[k .. k + 2 radius]: the end of one block and the start of the next.
    for (let k = 0; k < length; k++) {
      const a = toEnd[k]!;
      const b = fromStart[k + window - 1]!;
      out[base + k * step] = min ? (a < b ? a : b) : (a > b ? a : b);
    }
  }
  return out;
}

/** The mean over a square of `radius` around each pixel (a summed-area table). */
function boxMean(source: Uint8Array, width: number, height: number, radius: number): Float32Array {
  const sums = new Float64Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += source[y * width + x]!;
      sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1]! + row;
    }
  }
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - radius);
    const y1 = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - radius);
      const x1 = Math.min(width, x + radius + 1);
      const total = sums[y1 * (width + 1) + x1]! - sums[y0 * (width + 1) + x1]! - sums[y1 * (width + 1) + x0]! + sums[y0 * (width + 1) + x0]!;
      out[y * width + x] = total / ((x1 - x0) * (y1 - y0));
    }
  }
  return out;
}

/**
 * Whites out straight dark runs longer than letters are (box borders, underlines, separators):
 * text inside a bordered button or field is then read like any other, where the recognition's
 * layout analysis takes a framed area for a picture or a table cell and skips it.
 */
export function removeLines(rgba: Uint8ClampedArray, width: number, height: number, across: number, down: number): void {
  const dark = (p: number) => rgba[p * 4]! < 128;
  const clear = (from: number, to: number, step: number) => {
    for (let p = from; p !== to; p += step) rgba[p * 4] = rgba[p * 4 + 1] = rgba[p * 4 + 2] = 255;
  };
  const runs: [number, number, number][] = [];
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const on = x < width && dark(y * width + x);
      if (on && start < 0) start = x;
      if (!on && start >= 0) {
        if (x - start >= across) runs.push([y * width + start, y * width + x, 1]);
        start = -1;
      }
    }
  }
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const on = y < height && dark(y * width + x);
      if (on && start < 0) start = y;
      if (!on && start >= 0) {
        if (y - start >= down) runs.push([start * width + x, y * width + x, width]);
        start = -1;
      }
    }
  }
  // Found first, cleared after: a border's corner counts for both directions.
  for (const [from, to, step] of runs) clear(from, to, step);
}
