import { describe, expect, it } from 'vitest';
import { apiErrorFrom, networkError } from '../../src/api/errors';
import { checkFileName } from '../../src/domain/paths';
import { checkUpload } from '../../src/features/upload/core/checks';
import { de } from '../../src/ui/i18n/de';
import { fr } from '../../src/ui/i18n/fr';
import { translator } from '../../src/ui/i18n/i18n';
import { errorText, sayMessage } from '../../src/ui/user-message';

const german = translator(de, 'de');
const french = translator(fr, 'fr');

describe('the panel\u2019s own sentences', () => {
  it('are said in the user\u2019s language, numbers and sizes written the way it writes them', () => {
    const reserved = checkFileName('CON.png')!.userMessage;
    expect(sayMessage(german, 'de', reserved, '')).toBe('\u201eCON\u201c ist ein reservierter Name und kann in keinem Dateinamen verwendet werden.');
    expect(sayMessage(french, 'fr', reserved, '')).toBe('\u00ab\u202FCON\u202F\u00bb est un nom r\u00e9serv\u00e9, interdit dans un nom de fichier.');
    const large = checkUpload('clip.mov', 1.5 * 1024 * 1024, '', 1024 * 1024)!;
    expect(sayMessage(german, 'de', large.message, '')).toBe('clip.mov ist 1,5\u00a0MB gro\u00df, mehr als die 1\u00a0MB, die eine Datei haben darf.');
    expect(errorText(german, 'de', networkError())).toBe('Der Server ist nicht erreichbar. Pr\u00fcfen Sie Ihre Verbindung.');
    expect(errorText(french, 'fr', apiErrorFrom(502, '', null))).toBe('Le serveur a rencontr\u00e9 un probl\u00e8me (HTTP 502). R\u00e9essayez dans un instant.');
  });

  it('never translate the server\u2019s own words', () => {
    const error = apiErrorFrom(403, JSON.stringify({ error: { title: 'Sie haben keine Rechte.' } }), null);
    expect(error.userMessage).toBeNull();
    expect(errorText(french, 'fr', error)).toBe('Sie haben keine Rechte.');
    expect(errorText(german, 'de', new Error('plain'))).toBe('plain');
  });
});
