/**
 * What a file is, from its first bytes (magic numbers), never from its name or the server's
 * `Content-Type`: both come from whoever uploaded it. Only `image` and `video` bytes may become
 * a previewable object URL; SVG is markup that can carry script, so it is shown rasterized.
 */
export type SniffedKind = 'image' | 'video' | 'svg' | 'html' | 'xml' | 'pdf' | 'unknown';

export interface SniffedMedia {
  kind: SniffedKind;
  /** The MIME type to give a Blob of these bytes (`application/octet-stream` when unknown). */
  type: string;
}

/** Enough for every binary signature below (a range request for the head asks for this much). */
export const SNIFF_HEAD_BYTES = 64;
/** Enough for an XML declaration, a doctype and comments before the root element of markup. */
export const SNIFF_MARKUP_BYTES = 4096;

const UNKNOWN: SniffedMedia = { kind: 'unknown', type: 'application/octet-stream' };
const image = (type: string): SniffedMedia => ({ kind: 'image', type });
const video = (type: string): SniffedMedia => ({ kind: 'video', type });

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  if (bytes.length < at + length) return '';
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

function uint32be(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
}

const AVIF_BRANDS = new Set(['avif', 'avis']);
// HEIF stills: Chromium does not decode them.
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

/** ISO base media (`....ftyp`): MP4 and QuickTime videos, but AVIF and HEIF images share the box. */
function sniffFtyp(bytes: Uint8Array): SniffedMedia | null {
  if (ascii(bytes, 4, 4) !== 'ftyp') return null;
  const end = Math.min(bytes.length, Math.max(16, uint32be(bytes, 0)));
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, 4));
  if (brands.some((b) => AVIF_BRANDS.has(b))) return image('image/avif');
  if (brands.some((b) => HEIF_BRANDS.has(b))) return UNKNOWN;
  return video(brands[0] === 'qt  ' ? 'video/quicktime' : 'video/mp4');
}

// A BMP's info header has one of these sizes: "BM" alone starts too many text files.
const BMP_HEADER_SIZES = new Set([12, 40, 52, 56, 64, 108, 124]);

function sniffBinary(bytes: Uint8Array): SniffedMedia | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return image('image/jpeg');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return image('image/png');
  const six = ascii(bytes, 0, 6);
  if (six === 'GIF87a' || six === 'GIF89a') return image('image/gif');
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return image('image/webp');
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length >= 18 && BMP_HEADER_SIZES.has(bytes[14]! + (bytes[15]! << 8)) && bytes[16] === 0 && bytes[17] === 0) {
    return image('image/bmp');
  }
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00]) && bytes.length >= 6 && (bytes[4]! | bytes[5]!) !== 0) return image('image/x-icon');
  const ftyp = sniffFtyp(bytes);
  if (ftyp) return ftyp;
  // QuickTime files older than the ftyp box start with their movie or data atom.
  if (['moov', 'mdat', 'wide'].includes(ascii(bytes, 4, 4))) return video('video/quicktime');
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return video('video/webm');
  if (ascii(bytes, 0, 4) === 'OggS') return video('video/ogg');
  if (ascii(bytes, 0, 5) === '%PDF-') return { kind: 'pdf', type: 'application/pdf' };
  return null;
}

function decodeText(bytes: Uint8Array): string {
  // The decoder drops the byte order mark itself.
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

// Elements that open an HTML document (the WHATWG sniffing list, and a few more an attacker would use).
const HTML_ELEMENTS = new Set([
  'html', 'head', 'body', 'script', 'iframe', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'font', 'table', 'a', 'style',
  'title', 'b', 'br', 'p', 'img', 'meta', 'link', 'span', 'form', 'object', 'embed', 'base', 'template', 'frameset',
]);
const SVG: SniffedMedia = { kind: 'svg', type: 'image/svg+xml' };
const HTML: SniffedMedia = { kind: 'html', type: 'text/html' };
const XML: SniffedMedia = { kind: 'xml', type: 'application/xml' };

/**
 * Markup by its first element, after a BOM, white space, an XML declaration, processing
 * instructions, comments and a doctype. Element names compare case-insensitively: `<SVG` is no
 * valid SVG, but nothing is gained by calling it anything else. Text that is not markup is unknown.
 */
function sniffMarkup(text: string): SniffedMedia {
  let at = 0;
  let markup = false;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at += 1;
    if (at >= text.length) return markup ? XML : UNKNOWN;
    if (text[at] !== '<') return markup ? XML : UNKNOWN;
    markup = true;
    const rest = text.slice(at, at + 64).toLowerCase();
    let close: number;
    if (rest.startsWith('<?')) close = after(text, '?>', at + 2);
    else if (rest.startsWith('<!--')) close = after(text, '-->', at + 4);
    else if (rest.startsWith('<!doctype')) {
      const name = /^<!doctype\s+([a-z][\w:.-]*)/.exec(rest)?.[1];
      if (name === 'html') return HTML;
      close = doctypeEnd(text, at);
    } else {
      const name = /^<([a-z][\w.-]*:)?([a-z][\w.-]*)/.exec(rest)?.[2];
      if (name === 'svg') return SVG;
      if (name && HTML_ELEMENTS.has(name)) return HTML;
      return XML;
    }
    // Cut off before the end of the prolog: markup, but not known to be SVG.
    if (close < 0) return XML;
    at = close;
  }
}

/** Where the text goes on after `token` (searched from `from`), or -1. */
function after(text: string, token: string, from: number): number {
  const found = text.indexOf(token, from);
  return found < 0 ? -1 : found + token.length;
}

/** Where the text goes on after a doctype, past an internal subset in brackets, or -1. */
function doctypeEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at + 2; i < text.length; i += 1) {
    if (text[i] === '[') depth += 1;
    else if (text[i] === ']') depth -= 1;
    else if (text[i] === '>' && depth <= 0) return i + 1;
  }
  return -1;
}

/** The type of a file from its first bytes (pass at least `SNIFF_MARKUP_BYTES` to tell SVG from XML). */
export function sniffMedia(bytes: Uint8Array): SniffedMedia {
  return sniffBinary(bytes) ?? sniffMarkup(decodeText(bytes.subarray(0, SNIFF_MARKUP_BYTES)));
}

/** Bytes a preview may show as they are, in an `<img>` or `<video>` (and under their own object URL). */
export function isPreviewable(media: SniffedMedia): media is SniffedMedia & { kind: 'image' | 'video' } {
  return media.kind === 'image' || media.kind === 'video';
}
