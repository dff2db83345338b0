import { describe, expect, it } from 'vitest';
import { lightboxText } from '../../src/features/gallery/lightbox-text';

describe('the lightbox\'s own text', () => {
  it('fills in names and writes numbers in each language\'s digits', () => {
    expect(lightboxText('en')('page', { number: 2, count: 1200 })).toBe('Page 2 of 1,200');
    expect(lightboxText('de')('page', { number: 2, count: 1200 })).toBe('Seite 2 von 1.200');
    expect(lightboxText('fr')('stripItem', { name: 'a.png', index: 1000, count: 1001 })).toBe('a.png (1\u202f000 sur 1\u202f001)');
  });

  it('leaves a placeholder it was not given, and keeps a name that looks like one', () => {
    expect(lightboxText('en')('pageLabel', { name: '{number}.pdf', number: 1 })).toBe('{number}.pdf, page 1 of {count}');
  });
});
