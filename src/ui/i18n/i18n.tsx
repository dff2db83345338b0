import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { de } from './de';
import { en, type Catalog, type MessageKey } from './en';
import { fr } from './fr';

/** The languages the panel's own text comes in; also a valid `lang` value and Intl locale. */
export type UiLanguage = 'en' | 'de' | 'fr';
const CATALOGS: Record<UiLanguage, Catalog> = { en, de, fr };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `t(key, params)` over one catalog: `{name}` takes `params.name`; a key the catalog lacks falls back to English. */
export function translator(catalog: Catalog): Translate {
  return (key, params) => {
    const text = catalog[key] ?? en[key];
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
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
  const value = useMemo(() => ({ language: known, t: translator(CATALOGS[known]) }), [known]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
