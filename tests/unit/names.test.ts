import { describe, expect, it } from 'vitest';
import { canonicalFileName, describeHiddenCharacters, hasDirectionControls, hasInvisibleCharacters } from '../../src/domain/names';
import { checkUpload } from '../../src/features/upload/core/checks';

describe('names that read other than they are', () => {
  it('finds direction controls and says which', () => {
    expect(hasDirectionControls('invoice\u202Egpj.exe')).toBe(true);
    expect(hasDirectionControls('\u2067shot.png')).toBe(true);
    expect(hasDirectionControls('\u05e6\u05d9\u05dc\u05d5\u05dd-\u05de\u05e1\u05da.png')).toBe(false);
    expect(describeHiddenCharacters('in\u202Evoice\u200B.exe')).toBe('U+202E, U+200B');
  });

  it('finds zero-width characters', () => {
    for (const c of ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']) expect(hasInvisibleCharacters(`sho${c}t.png`), c).toBe(true);
    expect(hasInvisibleCharacters('shot.png')).toBe(false);
  });

  it('writes names in NFC, so the same name from macOS and Windows is one name', () => {
    const nfd = 'Caf\u0065\u0301.png';
    expect(nfd).not.toBe('Caf\u00e9.png');
    expect(canonicalFileName(nfd)).toBe('Caf\u00e9.png');
  });

  it('refuses direction controls before an upload, and lets zero-width characters through (shown flagged)', () => {
    expect(checkUpload('invoice\u202Egpj.exe', 10, '', 1000)).toEqual({
      title: 'The file name contains direction controls (U+202E) that can disguise what the file is: rename it.',
      message: { key: 'refusal.directionControls', params: { characters: 'U+202E' } },
    });
    expect(checkUpload('sho\u200Bt.png', 10, '', 1000)).toBeNull();
  });
});
