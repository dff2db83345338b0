import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { de } from '../../src/ui/i18n/de';
import { detectUiLanguage, SUPPORTED_UI_LANGUAGES } from '../../src/ui/i18n/detect';
import { en, type Catalog, type Message, type MessageKey } from '../../src/ui/i18n/en';
import { fr } from '../../src/ui/i18n/fr';
import { I18nProvider, loadCatalog, translator, useI18n, type UiLanguage } from '../../src/ui/i18n/i18n';

const KEYS = Object.keys(en) as MessageKey[];
const TRANSLATIONS: [string, Catalog][] = [['de', de], ['fr', fr]];

/** The texts of a message: itself, or each form of a plural one. */
function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

/**
 * Every `{…}` of a message (of all its forms), including ones `translator` leaves alone (e.g.
 * `{Codyt job}`): all must survive. A form may leave out `{count}` ("the only asset").
 */
function placeholders(message: Message): string[] {
  return [...new Set(forms(message).flatMap((text) => [...text.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!)))].sort();
}

describe.each(TRANSLATIONS)('the %s catalog', (code, catalog) => {
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;

  it('has every key of en and nothing else', () => {
    expect(Object.keys(catalog).sort()).toEqual([...KEYS].sort());
  });

  it.each(KEYS)('%s: a non-empty translation with the placeholders of en', (key) => {
    const message: unknown = catalog[key];
    const english = en[key] as Message;
    // Plural where en is, with forms of this language's plural rules only, `other` always.
    expect(typeof message).toBe(typeof english);
    if (typeof message === 'object') {
      expect(message).toHaveProperty('other');
      for (const form of Object.keys(message!)) expect(categories, form).toContain(form);
    }
    for (const text of forms(message as Message)) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toBe(key);
      expect(text.includes('\u2026'), 'ellipsis as in en').toBe(forms(english).some((e) => e.includes('\u2026')));
    }
    expect(placeholders(message as Message)).toEqual(placeholders(english));
  });
});

describe('the en catalog', () => {
  it.each(KEYS.filter((key) => typeof en[key] === 'object'))('%s: English plural forms only, other always, each non-empty', (key) => {
    const message = en[key] as Exclude<Message, string>;
    expect(message).toHaveProperty('other');
    for (const form of Object.keys(message)) expect(['one', 'other']).toContain(form);
    for (const text of forms(message)) expect(text.trim()).not.toBe('');
  });
});

describe('typography', () => {
  it('German uses „…“, never straight double quotes', () => {
    for (const key of KEYS) for (const text of forms(de[key])) expect(text, key).not.toMatch(/"/);
  });

  it('French has a no-break space before : ; ? ! and inside « », and a curly apostrophe', () => {
    for (const key of KEYS) {
      for (const text of forms(fr[key])) {
        expect(text, key).not.toMatch(/ [:;?!»]|« |'/);
        // \s takes in U+00A0 and U+202F: a visible character right before the mark is the mistake.
        expect(text, key).not.toMatch(/\S[;?!]|\S: /);
      }
    }
  });
});

describe('translator', () => {
  it('puts the parameters in their placeholders and leaves unknown ones as they are', () => {
    const t = translator(de, 'de');
    expect(t('gallery.open', { name: 'kasse.png' })).toBe('kasse.png öffnen');
    expect(t('segments.range', { from: 1, to: 20, total: 57 })).toBe('Segmente 1–20 von 57');
    expect(t('gallery.open')).toBe('{name} öffnen');
    expect(t('gallery.open', { other: 'x' })).toBe('{name} öffnen');
  });

  it('writes the lightbox\u2019s numbers in each language\u2019s digits, and keeps a name that looks like a placeholder', () => {
    expect(translator(en, 'en')('lightbox.page', { number: 2, count: 1200 })).toBe('Page 2 of 1,200');
    expect(translator(de, 'de')('lightbox.page', { number: 2, count: 1200 })).toBe('Seite 2 von 1.200');
    expect(translator(fr, 'fr')('lightbox.stripItem', { name: 'a.png', index: 1000, count: 1001 })).toBe('a.png (1\u202f000 sur 1\u202f001)');
    expect(translator(en, 'en')('lightbox.pageLabel', { name: '{number}.pdf', number: 1 })).toBe('{number}.pdf, page 1 of {count}');
  });

  it('falls back to English for a key the catalog lacks', () => {
    const partial: Partial<Record<MessageKey, Message>> = { ...fr };
    delete partial['gallery.open'];
    const t = translator(partial as Catalog);
    expect(t('gallery.open', { name: 'a.png' })).toBe('Open a.png');
    expect(t('gallery.download')).toBe('Télécharger');
  });
});

describe('translator: plurals and numbers in each language\u2019s grammar', () => {
  const english = translator(en, 'en');
  const german = translator(de, 'de');
  const french = translator(fr, 'fr');

  it('chooses the plural form by Intl.PluralRules of the language', () => {
    expect(english('gallery.deletedAll', { count: 1 })).toBe('The segment\u2019s only asset was deleted.');
    expect(english('gallery.deletedAll', { count: 2 })).toBe('All 2 assets of the segment were deleted.');
    expect(english('gallery.neutralHidden', { count: 0 })).toBe('0 language-neutral assets hidden');
    expect(german('gallery.neutralHidden', { count: 1 })).toBe('1 sprachunabhängige Datei ausgeblendet');
    expect(german('gallery.neutralHidden', { count: 0 })).toBe('0 sprachunabhängige Dateien ausgeblendet');
    // French: 0 and 1 take the singular; a million takes "de".
    expect(french('gallery.neutralHidden', { count: 0 })).toBe('0 fichier indépendant de la langue masqué');
    expect(french('gallery.neutralHidden', { count: 1 })).toBe('1 fichier indépendant de la langue masqué');
    expect(french('gallery.neutralHidden', { count: 2 })).toBe('2 fichiers indépendants de la langue masqués');
    expect(french('gallery.neutralHidden', { count: 1_000_000 })).toBe('1\u202f000\u202f000 de fichiers indépendants de la langue masqués');
  });

  it('writes counts with the language\u2019s digits and grouping', () => {
    expect(english('gallery.showing', { shown: 1000, total: 12345 })).toBe('Showing 1,000 of 12,345');
    expect(german('gallery.showing', { shown: 1000, total: 12345 })).toBe('1.000 von 12.345 angezeigt');
    expect(french('gallery.showing', { shown: 1000, total: 12345 })).toBe('Affichage\u00a0: 1\u202f000 sur 12\u202f345');
    expect(german('gallery.deletedAll', { count: 1000 })).toBe('Alle 1.000 Kontextdateien des Segments wurden gelöscht.');
    expect(german('marking.describe', { index: 1, count: 2, left: 12.5, top: 40, width: 20, height: 5 })).toMatch(/^Markierung 1 von 2, 12,5\u00a0% von links/);
  });

  it('leaves identifiers as they are: a segment ID is a name, not a quantity', () => {
    expect(german('upload.dropzoneActive', { segment: 27665601 })).toContain('27665601');
    expect(french('panel.label', { segment: 27665601 })).toBe('Contexte du segment 27665601');
    expect(english('error.serverStatus', { status: 503 })).toContain('HTTP 503');
  });

  it('takes the `other` form without a count, and English rules for an English fallback', () => {
    expect(english('gallery.deleteAllConfirm')).toBe('Delete all {count}');
    const partial: Partial<Record<MessageKey, Message>> = { ...fr };
    delete partial['gallery.deletedAll'];
    // French would take the singular for 0; the English sentence takes English rules.
    expect(translator(partial as Catalog, 'fr')('gallery.deletedAll', { count: 0 })).toBe('All 0 assets of the segment were deleted.');
  });
});

describe('I18nProvider', () => {
  function Probe() {
    const { language, t } = useI18n();
    return createElement('p', { lang: language }, t('lightbox.close'));
  }
  const render = (language?: UiLanguage) => renderToStaticMarkup(createElement(I18nProvider, { language, children: createElement(Probe) }));

  it('gives each language its catalog, English by default; German and French load when chosen', async () => {
    expect(render()).toBe('<p lang="en">Close</p>');
    // Not loaded yet: nothing shows (never a flash of English), until the catalog is there.
    expect(render('de')).toBe('');
    await Promise.all([loadCatalog('de'), loadCatalog('fr')]);
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
