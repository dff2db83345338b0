/**
 * A raster picture's size in pixels, read from its header without decoding it: PNG, JPEG, GIF,
 * WebP and BMP. Null when the header does not say (another format, or cut short). Decoding a
 * picture costs 4 bytes a pixel whatever its file size, so a small file can claim a huge canvas
 * (a "decompression bomb"): the size is checked before anything decodes it.
 */
export function pictureSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (n: number) => bytes.length >= n;
  const ascii = (at: number, text: string) => has(at + text.length) && [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));
  // PNG: the IHDR chunk comes first.
  if (ascii(1, 'PNG') && ascii(12, 'IHDR') && has(24)) return { width: view.getUint32(16), height: view.getUint32(20) };
  if ((ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) && has(10)) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (ascii(0, 'BM') && has(26)) return { width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) };
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP') && has(30)) {
    if (ascii(12, 'VP8 ')) return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
    if (ascii(12, 'VP8L')) {
      const bits = view.getUint32(21, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    if (ascii(12, 'VP8X')) {
      const width = 1 + (bytes[24]! | bytes[25]! << 8 | bytes[26]! << 16);
      const height = 1 + (bytes[27]! | bytes[28]! << 8 | bytes[29]! << 16);
      return { width, height };
    }
    return null;
  }
  // JPEG: walk the segments to the first start-of-frame.
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (has(at + 9)) {
      if (bytes[at] !== 0xff) return null;
      const marker = bytes[at + 1]!;
      if (marker === 0xff) {
        at += 1;
        continue;
      }
      const length = view.getUint16(at + 2);
      const frame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (frame) return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
      at += 2 + length;
    }
  }
  return null;
}

/** Enough of a file for its header: a JPEG's start of frame may follow up to a few 64 KB segments (EXIF, ICC). */
export const PICTURE_HEADER_BYTES = 256 * 1024;

/** Pictures larger than this (in pixels) are not decoded by the panel: about 200 MB of memory. */
export const MAX_DECODED_PIXELS = 50_000_000;

/** True when the header says the picture is over `MAX_DECODED_PIXELS`. */
export function tooManyPixels(bytes: Uint8Array): boolean {
  const size = pictureSize(bytes);
  return !!size && size.width * size.height > MAX_DECODED_PIXELS;
}
