import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, normalizeWord, patternTokens } from '../../src/domain/ocr-text';

describe('the text the string finder compares', () => {
  it('brings a word to one form: lower case, no accents, no punctuation', () => {
    expect(normalizeWord('Änderungen')).toBe('anderungen');
    expect(normalizeWord('E-Mail-Adresse')).toBe('emailadresse');
    expect(normalizeWord('“This')).toBe('this');
    expect(normalizeWord('Straße')).toBe('strasse');
    expect(normalizeWord('ﬁle')).toBe('file');
    expect(normalizeWord('…')).toBe('');
  });

  it('cuts a segment text into words and placeholders of the usual formats', () => {
    const kinds = (text: string) => patternTokens(text).map((t) => (t.kind === 'any' ? '*' : t.text)).join(' ');
    expect(kinds('{count} files selected')).toBe('* files selected');
    expect(kinds('Welcome back, {name}!')).toBe('welcome back *');
    expect(kinds('Expires in {{ minutes }} min')).toBe('expires in * min');
    expect(kinds('%s of %d, %1$s and %@ or %2')).toBe('* of * * and * or *');
    expect(kinds('Hello ${user}')).toBe('hello *');
    expect(kinds('Supprimer ce fichier ?')).toBe('supprimer ce fichier');
  });

  it('allows no edit in short words and about one in four in longer ones', () => {
    expect([1, 3, 4, 5, 6, 9, 10, 16].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2, 2, 4]);
  });

  it('measures edits, stopping early past the limit', () => {
    expect(editDistance('changes', 'chanqes', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('file', 'folder', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('', '', 0)).toBe(0);
  });
});
