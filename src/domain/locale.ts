/** Language codes as Wordbee writes them: `en`, `de`, `en-GB`, `zh-Hans`, `zh-Hans-CN`, `es-419`. */
const LOCALE_CODE = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?$/i;

export function isLocaleCode(value: string): boolean {
  return LOCALE_CODE.test(value);
}

/** `EN-gb` -> `en-GB`, `zh-hans-cn` -> `zh-Hans-CN`; null when it is not a language code. */
export function canonicalLocale(value: string): string | null {
  const match = LOCALE_CODE.exec(value.trim());
  if (!match) return null;
  const [, language, script, region] = match;
  let code = language!.toLowerCase();
  if (script) code += `-${script[0]!.toUpperCase()}${script.slice(1).toLowerCase()}`;
  if (region) code += `-${region.toUpperCase()}`;
  return code;
}

/**
 * What two spellings of one language share (`en-gb`, `EN-GB` -> `en-GB`): the key to count or
 * look up by, so that counts and filters never disagree on what is one language.
 */
export function localeKey(code: string): string {
  return canonicalLocale(code) ?? code.toLowerCase();
}

export function sameLocale(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return localeKey(a) === localeKey(b);
}
