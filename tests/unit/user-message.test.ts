import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFrom, networkError, type ApiErrorKind } from '../../src/api/errors';
import { checkFileName, checkRelativePath } from '../../src/domain/paths';
import { checkUpload } from '../../src/features/upload/core/checks';
import { de } from '../../src/ui/i18n/de';
import { en } from '../../src/ui/i18n/en';
import { fr } from '../../src/ui/i18n/fr';
import { translator } from '../../src/ui/i18n/i18n';
import { errorText, sayMessage } from '../../src/ui/user-message';

const english = translator(en);
const german = translator(de, 'de');
const french = translator(fr, 'fr');

const NAMES = [
  '', '/abs.png', 'C:\\x.png', 'a/../b.png', 'a\u0007.png', 'a<b>.png', `${'x'.repeat(256)}.png`, 'CON.png', 'lpt1.txt', 'aux .png',
  'a.png.', '   ', `${'d/'.repeat(600)}x.png`,
];
const FOLDERS = [
  '\\\\server\\share', '//host/share', 'D:/x', '../up', 'a\u0000b', 'a|b', 'x'.repeat(256), 'nul', 'com1.d/x', 'shots ', '...', 'a/'.repeat(600),
];
const KINDS: ApiErrorKind[] = ['auth', 'forbidden', 'not-found', 'throttled', 'invalid', 'server', 'network'];

/** The domain (and the mock's titles) write bare digits; the panel groups a count the English way ("1,024"). */
const grouped = (text: string) => text.replace(/\d{4,}/g, (digits) => Number(digits).toLocaleString('en'));

describe('the panel\u2019s own sentences', () => {
  it('say in English exactly what the domain and the API client write (the mock\u2019s titles too)', () => {
    for (const name of NAMES) {
      const refusal = checkFileName(name)!;
      expect(refusal, name).not.toBeNull();
      expect(sayMessage(english, 'en', refusal.userMessage, '')).toBe(grouped(refusal.message));
    }
    for (const folder of FOLDERS) {
      const refusal = checkRelativePath(folder)!;
      expect(refusal, folder).not.toBeNull();
      expect(sayMessage(english, 'en', refusal.userMessage, '')).toBe(grouped(refusal.message));
    }
    for (const kind of KINDS) {
      const error = new ApiError({ kind, status: 0 });
      expect(errorText(english, 'en', error), kind).toBe(error.title);
    }
    const status = apiErrorFrom(503, '<html>busy</html>', null);
    expect(errorText(english, 'en', status)).toBe(status.title);
    const large = checkUpload('clip.mov', 3 * 1024 * 1024, '', 2 * 1024 * 1024)!;
    expect(sayMessage(english, 'en', large.message, '')).toBe(large.title);
  });

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
