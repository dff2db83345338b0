import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { de } from '../../src/ui/i18n/de';
import { detectUiLanguage, SUPPORTED_UI_LANGUAGES } from '../../src/ui/i18n/detect';
import { en, type Catalog, type MessageKey } from '../../src/ui/i18n/en';
import { fr } from '../../src/ui/i18n/fr';
import { I18nProvider, translator, useI18n, type UiLanguage } from '../../src/ui/i18n/i18n';

const KEYS = Object.keys(en) as MessageKey[];
const TRANSLATIONS: [string, Catalog][] = [['de', de], ['fr', fr]];

/** Every `{…}` of a text, including ones `translator` leaves alone (e.g. `{Codyt job}`): all must survive. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!))].sort();
}

describe.each(TRANSLATIONS)('the %s catalog', (_code, catalog) => {
  it('has every key of en and nothing else', () => {
    expect(Object.keys(catalog).sort()).toEqual([...KEYS].sort());
  });

  it.each(KEYS)('%s: a non-empty translation with the placeholders of en', (key) => {
    const text: unknown = catalog[key];
    expect(typeof text).toBe('string');
    expect((text as string).trim()).not.toBe('');
    expect(text).not.toBe(key);
    expect(placeholders(text as string)).toEqual(placeholders(en[key]));
    expect((text as string).includes('\u2026'), 'ellipsis as in en').toBe(en[key].includes('\u2026'));
  });
});

describe('typography', () => {
  it('German uses „…“, never straight double quotes', () => {
    for (const key of KEYS) expect(de[key], key).not.toMatch(/"/);
  });

  it('French has a no-break space before : ; ? ! and inside « », and a curly apostrophe', () => {
    for (const key of KEYS) {
      expect(fr[key], key).not.toMatch(/ [:;?!»]|« |'/);
      // \s takes in U+00A0 and U+202F: a visible character right before the mark is the mistake.
      expect(fr[key], key).not.toMatch(/\S[;?!]|\S: /);
    }
  });
});

describe('translator', () => {
  it('puts the parameters in their placeholders and leaves unknown ones as they are', () => {
    const t = translator(de);
    expect(t('gallery.open', { name: 'kasse.png' })).toBe('kasse.png öffnen');
    expect(t('segments.range', { from: 1, to: 20, total: 57 })).toBe('Segmente 1–20 von 57');
    expect(t('gallery.open')).toBe('{name} öffnen');
    expect(t('gallery.open', { other: 'x' })).toBe('{name} öffnen');
  });

  it('falls back to English for a key the catalog lacks', () => {
    const partial: Partial<Catalog> = { ...fr };
    delete partial['gallery.open'];
    const t = translator(partial as Catalog);
    expect(t('gallery.open', { name: 'a.png' })).toBe('Open a.png');
    expect(t('gallery.download')).toBe('Télécharger');
  });
});

describe('I18nProvider', () => {
  function Probe() {
    const { language, t } = useI18n();
    return createElement('p', { lang: language }, t('lightbox.close'));
  }
  const render = (language?: UiLanguage) => renderToStaticMarkup(createElement(I18nProvider, { language, children: createElement(Probe) }));

  it('gives each language its catalog, English by default', () => {
    expect(render()).toBe('<p lang="en">Close</p>');
    expect(render('de')).toBe('<p lang="de">Schließen</p>');
    expect(render('fr')).toBe('<p lang="fr">Fermer</p>');
  });

  it('treats an unknown language (untyped callers) as English', () => {
    expect(render('ja' as UiLanguage)).toBe('<p lang="en">Close</p>');
  });
});

describe('detectUiLanguage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists the supported languages', () => {
    expect(SUPPORTED_UI_LANGUAGES).toEqual(['en', 'de', 'fr']);
  });

  it('takes an explicit supported language over the browser', () => {
    expect(detectUiLanguage('de', ['fr-FR', 'en-US'])).toBe('de');
    expect(detectUiLanguage('en', ['fr-FR'])).toBe('en');
  });

  it('reads the primary subtag, whatever the case or region', () => {
    expect(detectUiLanguage('fr-CA', [])).toBe('fr');
    expect(detectUiLanguage('FR', [])).toBe('fr');
    expect(detectUiLanguage('de-CH', [])).toBe('de');
    expect(detectUiLanguage(' de_AT ', [])).toBe('de');
  });

  it('falls back to the first supported browser language', () => {
    expect(detectUiLanguage('ja', ['ja-JP', 'de-DE'])).toBe('de');
    expect(detectUiLanguage(null, ['it', 'FR-be', 'de'])).toBe('fr');
    expect(detectUiLanguage('', ['de-DE'])).toBe('de');
    expect(detectUiLanguage('deutsch', ['fr'])).toBe('fr');
  });

  it('gives English when nothing is supported', () => {
    expect(detectUiLanguage(undefined, [])).toBe('en');
    expect(detectUiLanguage('ja', ['ja-JP', 'zh-Hans'])).toBe('en');
  });

  it('reads navigator.languages, then navigator.language, when no list is given', () => {
    vi.stubGlobal('navigator', { languages: ['it-IT', 'fr-CH'], language: 'it-IT' });
    expect(detectUiLanguage()).toBe('fr');
    vi.stubGlobal('navigator', { languages: [], language: 'de-DE' });
    expect(detectUiLanguage(null)).toBe('de');
  });

  it('works without a navigator: the explicit language, else English', () => {
    vi.stubGlobal('navigator', undefined);
    expect(detectUiLanguage('fr')).toBe('fr');
    expect(detectUiLanguage('ja')).toBe('en');
    expect(detectUiLanguage()).toBe('en');
  });
});
