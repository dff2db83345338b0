import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { de } from './de';
import { en, type Catalog, type Message, type MessageKey } from './en';
import { fr } from './fr';

/** The languages the panel's own text comes in; also a valid `lang` value and Intl locale. */
export type UiLanguage = 'en' | 'de' | 'fr';
const CATALOGS: Record<UiLanguage, Catalog> = { en, de, fr };
const LANGUAGE_OF = new Map<Catalog, UiLanguage>(Object.entries(CATALOGS).map(([code, catalog]) => [catalog, code as UiLanguage]));

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Number parameters that name something rather than count it: written as they are, never grouped
 * ("segment 27665601", "HTTP 503"). Every other number is a quantity and gets the language's
 * digits and grouping ("1,000", "1.000", "1 000").
 */
const IDENTIFIERS = new Set(['segment', 'status']);

/** The form of a plural message for `count` (by the language's plural rules); `other` when there is no count. */
function pick(message: Message | undefined, rules: Intl.PluralRules, count: unknown): string {
  if (message === undefined) return '';
  if (typeof message === 'string') return message;
  if (typeof count !== 'number') return message.other;
  return message[rules.select(count)] ?? message.other;
}

/**
 * `t(key, params)` over one catalog: `{name}` takes `params.name`; a key the catalog lacks falls
 * back to English. A message may be plural (`{ one, other, … }`): its form is chosen by
 * `params.count` with `Intl.PluralRules` of the catalog's language (known for the panel's own
 * catalogs; give it for another).
 */
export function translator(catalog: Catalog, language: UiLanguage = LANGUAGE_OF.get(catalog) ?? 'en'): Translate {
  const rules = new Intl.PluralRules(language);
  const englishRules = new Intl.PluralRules('en');
  const numbers = new Intl.NumberFormat(language);
  return (key, params) => {
    const own = catalog[key] as Message | undefined;
    // A key no catalog has (untyped callers) gives the key itself, never a crash.
    const text = own === undefined ? pick(en[key] as Message | undefined, englishRules, params?.count) || key : pick(own, rules, params?.count);
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!(name in params)) return whole;
      const value = params[name]!;
      return typeof value === 'number' && !IDENTIFIERS.has(name) ? numbers.format(value) : String(value);
    });
  };
}

interface I18n {
  /** The language of the text `t` gives: put it in `lang` on the element that holds that text. */
  language: UiLanguage;
  t: Translate;
}

const I18nContext = createContext<I18n>({ language: 'en', t: translator(en) });

export function I18nProvider({ language = 'en', children }: { language?: UiLanguage; children: ReactNode }) {
  // An unknown value (from untyped JS or an attribute) gets English, and says so in `language` too.
  const known: UiLanguage = Object.hasOwn(CATALOGS, language) ? language : 'en';
  const value = useMemo(() => ({ language: known, t: translator(CATALOGS[known], known) }), [known]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
