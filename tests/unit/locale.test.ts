import { describe, expect, it } from 'vitest';
import { canonicalLocale, isLocaleCode, sameLocale } from '../../src/domain/locale';

describe('locale codes', () => {
  it('accepts language, script and region forms', () => {
    for (const code of ['en', 'de', 'fr', 'ja', 'en-GB', 'zh-Hans', 'zh-Hans-CN', 'es-419', 'fil']) {
      expect(isLocaleCode(code), code).toBe(true);
    }
  });

  it('refuses what is not a language code', () => {
    for (const code of ['', 'e', 'english', 'en_GB', 'en-', 'en-GBR', '../en', 'en/../../x', 'de%2f']) {
      expect(isLocaleCode(code), code).toBe(false);
    }
  });

  it('writes the canonical case', () => {
    expect(canonicalLocale('EN-gb')).toBe('en-GB');
    expect(canonicalLocale('zh-hans-cn')).toBe('zh-Hans-CN');
    expect(canonicalLocale('nope!')).toBeNull();
    expect(sameLocale('en-GB', 'en-gb')).toBe(true);
    expect(sameLocale(null, undefined)).toBe(true);
    expect(sameLocale('en', null)).toBe(false);
  });
});
