import { createContext, Suspense, use, useContext, useMemo, type ReactNode } from 'react';
import { en, type Catalog, type Message, type MessageKey } from './en';

/** The languages the panel's own text comes in; also a valid `lang` value and Intl locale. */
export type UiLanguage = 'en' | 'de' | 'fr';

/**
 * English ships with the panel; German and French load when chosen (each its own small chunk):
 * the first load carries one catalog, not three.
 */
const LOADERS: Record<UiLanguage, () => Promise<Catalog>> = {
  en: () => Promise.resolve(en),
  de: () => import('./de').then((m) => m.de),
  fr: () => import('./fr').then((m) => m.fr),
};
const loaded = new Map<UiLanguage, Catalog>([['en', en]]);
const loading = new Map<UiLanguage, Promise<Catalog>>();
const LANGUAGE_OF = new Map<Catalog, UiLanguage>([[en, 'en']]);

/** A language's catalog, loaded once (the same promise for every caller, as `use` wants). */
export function loadCatalog(language: UiLanguage): Promise<Catalog> {
  let promise = loading.get(language);
  if (!promise) {
    promise = LOADERS[language]().then((catalog) => {
      loaded.set(language, catalog);
      LANGUAGE_OF.set(catalog, language);
      return catalog;
    });
    // A failed load (the network, a deploy that removed the chunk) may be tried again.
    promise.catch(() => loading.delete(language));
    loading.set(language, promise);
  }
  return promise;
}

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
  const known: UiLanguage = Object.hasOwn(LOADERS, language) ? language : 'en';
  // Nothing shows until the catalog is there (a few ms, once): never a flash of English.
  return (
    <Suspense fallback={null}>
      <Localized language={known}>{children}</Localized>
    </Suspense>
  );
}

function Localized({ language, children }: { language: UiLanguage; children: ReactNode }) {
  const catalog = loaded.get(language) ?? use(loadCatalog(language));
  const value = useMemo(() => ({ language, t: translator(catalog, language) }), [catalog, language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
