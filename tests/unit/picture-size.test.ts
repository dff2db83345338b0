import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DECODED_PIXELS, pictureSize, tooManyPixels } from '../../src/domain/picture-size';

const file = (path: string) => new Uint8Array(readFileSync(new URL(`../../${path}`, import.meta.url)));

/** A PNG header claiming `width` × `height` (the signature and the IHDR chunk's start: no pixels). */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('a picture\u2019s size from its header, without decoding it', () => {
  it('reads the demo PNG and JPEG (the JPEG through its segments to the frame)', () => {
    expect(pictureSize(file('mocks/fixtures/checkout-screen.png'))).toEqual({ width: 800, height: 500 });
    expect(pictureSize(file('mocks/fixtures/pexels-gons3.jpg'))).toEqual({ width: 800, height: 533 });
  });

  it('reads GIF, BMP and the three kinds of WebP', () => {
    const gif = new Uint8Array([...'GIF89a'].map((c) => c.charCodeAt(0)).concat([0x20, 0x03, 0x58, 0x02]));
    expect(pictureSize(gif)).toEqual({ width: 800, height: 600 });
    const bmp = new Uint8Array(26);
    bmp.set([0x42, 0x4d]);
    new DataView(bmp.buffer).setInt32(18, 640, true);
    new DataView(bmp.buffer).setInt32(22, -480, true); // top-down rows: a negative height
    expect(pictureSize(bmp)).toEqual({ width: 640, height: 480 });
    const riff = (chunk: string, fill: (view: DataView, bytes: Uint8Array) => void) => {
      const bytes = new Uint8Array(30);
      bytes.set([...`RIFF\0\0\0\0WEBP${chunk}`].map((c) => c.charCodeAt(0)));
      fill(new DataView(bytes.buffer), bytes);
      return bytes;
    };
    expect(pictureSize(riff('VP8 ', (v) => { v.setUint16(26, 1400, true); v.setUint16(28, 900, true); }))).toEqual({ width: 1400, height: 900 });
    expect(pictureSize(riff('VP8L', (v) => v.setUint32(21, (1399) | (899 << 14), true)))).toEqual({ width: 1400, height: 900 });
    expect(pictureSize(riff('VP8X', (_, b) => b.set([0x77, 0x05, 0x00, 0x83, 0x03, 0x00], 24)))).toEqual({ width: 1400, height: 900 });
  });

  it('says nothing of what it cannot read: another format, a header cut short', () => {
    expect(pictureSize(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(pictureSize(pngHeader(10, 10).subarray(0, 20))).toBeNull();
    expect(pictureSize(new Uint8Array([0xff, 0xd8, 0xff]))).toBeNull();
  });

  it('flags a small file that claims a huge canvas (a decompression bomb), not an ordinary screenshot', () => {
    expect(tooManyPixels(pngHeader(20_000, 20_000))).toBe(true);
    expect(tooManyPixels(pngHeader(2880, 1800))).toBe(false);
    expect(20_000 * 20_000).toBeGreaterThan(MAX_DECODED_PIXELS);
    expect(tooManyPixels(file('mocks/fixtures/pexels-gons3.jpg'))).toBe(false);
  });
});
