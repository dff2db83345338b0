import { describe, expect, it } from 'vitest';
import { formatBytes, splitForMiddleEllipsis } from '../../src/ui/format';

describe('formatBytes', () => {
  it('writes sizes in 1024 steps, with the decimal mark of the language and a no-break space', () => {
    expect(formatBytes(0)).toBe('0\u00a0B');
    expect(formatBytes(1000)).toBe('1,000\u00a0B');
    expect(formatBytes(1000, 'de')).toBe('1.000\u00a0B');
    expect(formatBytes(1000, 'fr')).toBe('1\u202f000\u00a0B');
    expect(formatBytes(1536)).toBe('1.5\u00a0KB');
    expect(formatBytes(1536, 'de')).toBe('1,5\u00a0KB');
    expect(formatBytes(1536, 'fr')).toBe('1,5\u00a0KB');
    expect(formatBytes(150 * 1024 * 1024)).toBe('150\u00a0MB');
    expect(formatBytes(2.25 * 1024 ** 3)).toBe('2.3\u00a0GB');
  });
});

describe('splitForMiddleEllipsis', () => {
  it('keeps the last word and the extension whole: what tells neighbours apart', () => {
    expect(splitForMiddleEllipsis('screenshot-20261127-224230.png')).toEqual(['screenshot-20261127', '-224230.png']);
    expect(splitForMiddleEllipsis('screenshot-20261127-224231.png')[1]).toBe('-224231.png');
    expect(splitForMiddleEllipsis('Checkout page_final v2.jpeg')).toEqual(['Checkout page_final', ' v2.jpeg']);
  });

  it('takes the last 6 characters when the last word is long or there is none', () => {
    expect(splitForMiddleEllipsis('averyveryverylongnamewithoutseparators.png')).toEqual(['averyveryverylongnamewithoutsepa', 'rators.png']);
    expect(splitForMiddleEllipsis('screenshot-aaaaaaaaaaaaaaaaaaaaaaaa.png')[1]).toBe('aaaaaa.png');
    expect(splitForMiddleEllipsis('README-and-some-more')).toEqual(['README-and-some', '-more']);
  });

  it('does not cut a short name, and the halves always make the whole name', () => {
    for (const name of ['a.png', 'checkout.png', '.hidden', '', 'x-1.png']) expect(splitForMiddleEllipsis(name)).toEqual(['', name]);
    for (const name of ['screenshot-20261127-224230.png', 'ab.cd.ef.tar.gz', 'Ärger-ßüö-😀😀😀-end.webm']) {
      expect(splitForMiddleEllipsis(name).join('')).toBe(name);
    }
  });

  it('never cuts a character in two (emoji, accents)', () => {
    const [head, tail] = splitForMiddleEllipsis('😀😀😀😀😀😀😀😀😀😀😀😀.png');
    expect(tail).toBe('😀😀😀😀😀😀.png');
    expect(head).toBe('😀😀😀😀😀😀');
  });
});
