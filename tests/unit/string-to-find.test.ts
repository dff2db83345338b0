import { describe, expect, it } from 'vitest';
import { stringToFind } from '../../src/domain/string-to-find';

const segment = { segmentId: 7, texts: { en: 'Place order', de: 'Bestellung aufgeben', 'fr-FR': 'Passer la commande' } };

describe('which text an image shows', () => {
  it('from a segment source: the source text on neutral and source-language images, the language\'s own text on others', () => {
    expect(stringToFind(null, 'en', { segment })).toEqual({ text: 'Place order', locale: 'en' });
    expect(stringToFind('EN', 'en', { segment })).toEqual({ text: 'Place order', locale: 'en' });
    expect(stringToFind('de', 'en', { segment })).toEqual({ text: 'Bestellung aufgeben', locale: 'de' });
    expect(stringToFind('fr-fr', 'en', { segment })).toEqual({ text: 'Passer la commande', locale: 'fr-fr' });
    expect(stringToFind('ja', 'en', { segment })).toBeNull();
  });

  it('from the host\'s segmentText: the target only for an image in the target language', () => {
    const strings = { source: 'Place order', target: 'Bestellung aufgeben', targetLocale: 'de' };
    expect(stringToFind(null, 'en', { strings })).toEqual({ text: 'Place order', locale: 'en' });
    expect(stringToFind('de-DE', 'en', { strings })).toBeNull();
    expect(stringToFind('de', 'en', { strings })).toEqual({ text: 'Bestellung aufgeben', locale: 'de' });
    expect(stringToFind('fr', 'en', { strings })).toBeNull();
    expect(stringToFind('fr', null, { strings: { source: 'Place order', target: 'Passer la commande' } })).toEqual({ text: 'Passer la commande', locale: 'fr' });
    expect(stringToFind('fr', null, { strings: { source: 'Place order' } })).toBeNull();
    expect(stringToFind(null, null, { strings: { source: ' ' } })).toBeNull();
  });
});
