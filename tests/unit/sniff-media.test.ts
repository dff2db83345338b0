import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPreviewable, sniffMedia, SNIFF_HEAD_BYTES } from '../../src/domain/sniff-media';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../mocks/fixtures/${name}`, import.meta.url)));
const hex = (text: string) => Uint8Array.from(text.trim().split(/\s+/), (byte) => parseInt(byte, 16));
const text = (value: string) => new TextEncoder().encode(value);
const sniff = (bytes: Uint8Array) => sniffMedia(bytes);
/** As a range request gives it: the head only. */
const head = (bytes: Uint8Array) => sniffMedia(bytes.subarray(0, SNIFF_HEAD_BYTES));

// First bytes of real files (the fixtures beside the mock, and headers as encoders write them).
const HEADERS = {
  gif: hex('47 49 46 38 39 61 10 00 10 00 f5 3f 00 eb bb 18 eb be 21 f3'),
  bmp: hex('42 4d 8a 04 00 00 00 00 00 00 8a 00 00 00 7c 00 00 00 10 00 00 00 10 00 00 00 01 00 20 00'),
  webp: hex('52 49 46 46 a8 01 00 00 57 45 42 50 56 50 38 58 0a 00 00 00'),
  ico: hex('00 00 01 00 04 00 10 10 00 00 01 00 20 00 68 04 00 00 46 00'),
  // ffmpeg's MP4: major brand isom, compatible iso2 avc1 mp41.
  mp4: hex('00 00 00 20 66 74 79 70 69 73 6f 6d 00 00 02 00 69 73 6f 6d 69 73 6f 32 61 76 63 31 6d 70 34 31 00 00 00 08 66 72 65 65'),
  // An iPhone's .mov.
  mov: hex('00 00 00 14 66 74 79 70 71 74 20 20 00 00 00 00 71 74 20 20 00 00 00 08 77 69 64 65'),
  oldMov: hex('00 00 00 08 77 69 64 65 00 2f 4a 7e 6d 64 61 74'),
  // libavif: major brand avif; and one that leads with mif1 and lists avif after it.
  avif: hex('00 00 00 20 66 74 79 70 61 76 69 66 00 00 00 00 61 76 69 66 6d 69 66 31 6d 69 61 66 4d 41 31 42'),
  avifMif1: hex('00 00 00 1c 66 74 79 70 6d 69 66 31 00 00 00 00 6d 69 66 31 61 76 69 66 6d 69 61 66'),
  heic: hex('00 00 00 18 66 74 79 70 68 65 69 63 00 00 00 00 6d 69 66 31 68 65 69 63'),
  ogg: hex('4f 67 67 53 00 02 00 00 00 00 00 00 00 00 6b 1b 00 00 00 00 00 00'),
};

describe('sniffMedia: raster images and videos by their magic numbers', () => {
  it.each([
    ['pexels-gons3.jpg', 'image', 'image/jpeg'],
    ['checkout-screen.png', 'image', 'image/png'],
    ['add-to-cart-flow.webm', 'video', 'video/webm'],
    ['style-guide.pdf', 'pdf', 'application/pdf'],
  ])('%s (a real file) is %s, %s, from its head alone', (name, kind, type) => {
    expect(head(fixture(name))).toEqual({ kind, type });
    expect(sniff(fixture(name))).toEqual({ kind, type });
  });

  it.each([
    ['gif', 'image', 'image/gif'],
    ['bmp', 'image', 'image/bmp'],
    ['webp', 'image', 'image/webp'],
    ['ico', 'image', 'image/x-icon'],
    ['avif', 'image', 'image/avif'],
    ['avifMif1', 'image', 'image/avif'],
    ['mp4', 'video', 'video/mp4'],
    ['mov', 'video', 'video/quicktime'],
    ['oldMov', 'video', 'video/quicktime'],
    ['ogg', 'video', 'video/ogg'],
  ] as const)('%s is %s, %s', (name, kind, type) => {
    expect(sniff(HEADERS[name])).toEqual({ kind, type });
  });

  it('does not take HEIF stills, other RIFF files or a text starting with "BM" for previewable media', () => {
    expect(sniff(HEADERS.heic).kind).toBe('unknown');
    expect(sniff(hex('52 49 46 46 24 08 00 00 57 41 56 45 66 6d 74 20')).kind).toBe('unknown');
    expect(sniff(text('BMW parts list, 2026 edition: bumpers, mirrors, ...')).kind).toBe('unknown');
    expect(sniff(hex('00 00 01 00 00 00')).kind).toBe('unknown');
    expect(sniff(hex('ff d8')).kind).toBe('unknown');
    expect(sniff(new Uint8Array()).kind).toBe('unknown');
  });

  it('only images and videos are previewable as they are', () => {
    expect(isPreviewable(sniff(HEADERS.gif))).toBe(true);
    expect(isPreviewable(sniff(HEADERS.mp4))).toBe(true);
    for (const value of ['<svg/>', '<html>', '<?xml version="1.0"?><a/>', '%PDF-1.7', 'hello']) {
      expect(isPreviewable(sniff(text(value)))).toBe(false);
    }
  });
});

describe('sniffMedia: markup and hostile files', () => {
  const SCRIPTED_SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';

  it('an SVG is SVG whatever its name would claim (evil.png)', () => {
    expect(sniff(text(SCRIPTED_SVG))).toEqual({ kind: 'svg', type: 'image/svg+xml' });
  });

  it('finds <svg> after white space, a byte order mark, an XML declaration, comments and a doctype', () => {
    expect(sniff(text(`\n\t  ${SCRIPTED_SVG}`)).kind).toBe('svg');
    expect(sniff(Uint8Array.from([0xef, 0xbb, 0xbf, ...text(`  ${SCRIPTED_SVG}`)])).kind).toBe('svg');
    expect(sniff(text(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!-- Created with Inkscape -->\n${SCRIPTED_SVG}`)).kind).toBe('svg');
    expect(sniff(text(
      '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" '
      + `[<!ENTITY x "<svg>">]>\n${SCRIPTED_SVG}`,
    )).kind).toBe('svg');
    expect(sniff(text('<svg:svg xmlns:svg="http://www.w3.org/2000/svg"/>')).kind).toBe('svg');
  });

  it('an SVG in UTF-16 (with its byte order mark) is SVG too', () => {
    const utf16le = Uint8Array.from([0xff, 0xfe, ...[...SCRIPTED_SVG].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(sniff(utf16le).kind).toBe('svg');
  });

  it('uppercase tags are still SVG or HTML', () => {
    expect(sniff(text('<SVG ONLOAD="alert(1)">')).kind).toBe('svg');
    expect(sniff(text('<HTML><SCRIPT>alert(1)</SCRIPT>')).kind).toBe('html');
    expect(sniff(text('<!DOCTYPE HTML>\n<p>hi')).kind).toBe('html');
  });

  it('HTML under a picture\u2019s name is HTML (page.png), also a fragment that starts with a script or an img', () => {
    expect(sniff(text('<!doctype html><html><body><script>alert(1)</script>'))).toEqual({ kind: 'html', type: 'text/html' });
    expect(sniff(text('  <script>alert(1)</script>')).kind).toBe('html');
    expect(sniff(text('<img src=x onerror=alert(1)>')).kind).toBe('html');
    expect(sniff(text('<!-- x --><iframe src="javascript:alert(1)">')).kind).toBe('html');
  });

  it('other markup is XML; markup cut off in its prolog is XML, not SVG', () => {
    expect(sniff(text('<?xml version="1.0"?><project><name>x</name></project>'))).toEqual({ kind: 'xml', type: 'application/xml' });
    expect(sniff(text('<xliff version="2.0"/>')).kind).toBe('xml');
    expect(head(text(`<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${'a long comment '.repeat(10)} -->\n<svg/>`)).kind).toBe('xml');
    expect(sniff(text('<!-- never closed')).kind).toBe('xml');
  });

  it('a text file, or text that only mentions <svg> later, is unknown', () => {
    expect(sniff(text('Translator notes: keep the button short.\n'))).toEqual({ kind: 'unknown', type: 'application/octet-stream' });
    expect(sniff(text(`hello ${SCRIPTED_SVG}`)).kind).toBe('unknown');
    expect(sniff(text('   \n  ')).kind).toBe('unknown');
  });

  it('a PNG signature wins over markup after it (the bytes decode as a PNG, nothing else)', () => {
    expect(sniff(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...text(SCRIPTED_SVG)])).type).toBe('image/png');
  });
});
