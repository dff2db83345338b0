import type { UiLanguage } from './i18n';

// Keyed by UiLanguage: a language added to the type and not here fails to compile.
const SUPPORTED: Record<UiLanguage, true> = { en: true, de: true, fr: true };

/** The UI languages the panel has a catalog for, English first. */
export const SUPPORTED_UI_LANGUAGES: readonly UiLanguage[] = Object.freeze(Object.keys(SUPPORTED) as UiLanguage[]);

/** `de-CH`, `FR`, `fr_CA`, ` en ` → the supported language of its primary subtag, or null. */
function supported(tag: string | null | undefined): UiLanguage | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return Object.hasOwn(SUPPORTED, primary) ? (primary as UiLanguage) : null;
}

/** The browser's preferred languages, best first; none where there is no `navigator` (Node, workers without it). */
function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined' || !navigator) return [];
  if (Array.isArray(navigator.languages) && navigator.languages.length > 0) return navigator.languages;
  return typeof navigator.language === 'string' ? [navigator.language] : [];
}

/**
 * The panel's UI language: `preferred` when it names a supported language (by its primary subtag,
 * whatever the case or region: `de-CH`, `FR`), else the first supported one of the browser's
 * languages, else English.
 */
export function detectUiLanguage(preferred?: string | null, browser: readonly string[] = browserLanguages()): UiLanguage {
  const explicit = supported(preferred);
  if (explicit) return explicit;
  for (const tag of browser) {
    const language = supported(tag);
    if (language) return language;
  }
  return 'en';
}
