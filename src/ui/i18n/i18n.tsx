import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type Catalog, type MessageKey } from './en';

export type UiLanguage = 'en';
const CATALOGS: Record<UiLanguage, Catalog> = { en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(catalog: Catalog): Translate {
  return (key, params) => {
    const text = catalog[key] ?? en[key];
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
  };
}

interface I18n {
  language: UiLanguage;
  t: Translate;
}

const I18nContext = createContext<I18n>({ language: 'en', t: translator(en) });

export function I18nProvider({ language = 'en', children }: { language?: UiLanguage; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: translator(CATALOGS[language]) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
