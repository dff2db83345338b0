import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFrom, type ApiErrorKind } from '../../src/api/errors';
import { unsafeUrlError } from '../../src/api/download-asset';
import { unreadableAnswer } from '../../src/api/http';
import { hostSession } from '../../src/api/session';
import { getScopeRights } from '../../src/api/scope-rights';
import type { ApiClient } from '../../src/api/client';
import { englishText, USER_MESSAGES, userMessage, type UserMessageKey } from '../../src/domain/messages';
import { checkFileName, checkRelativePath } from '../../src/domain/paths';
import { checkUpload } from '../../src/features/upload/core/checks';
import { notKeptError } from '../../src/features/upload/core/file-keeper';
import { uploadError } from '../../src/features/upload/core/retry';
import { de } from '../../src/ui/i18n/de';
import { en } from '../../src/ui/i18n/en';
import { fr } from '../../src/ui/i18n/fr';
import { translator } from '../../src/ui/i18n/i18n';
import { errorText, sayMessage } from '../../src/ui/user-message';

const KEYS = Object.keys(USER_MESSAGES) as UserMessageKey[];
const english = translator(en);

const NAMES = [
  '', '/abs.png', 'C:\\x.png', 'a/../b.png', 'a\u0007.png', 'a<b>.png', `${'x'.repeat(256)}.png`, 'CON.png', 'lpt1.txt', 'aux .png',
  'a.png.', '   ', `${'d/'.repeat(600)}x.png`,
];
const FOLDERS = [
  '\\\\server\\share', '//host/share', 'D:/x', '../up', 'a\u0000b', 'a|b', 'x'.repeat(256), 'nul', 'com1.d/x', 'shots ', '...', 'a/'.repeat(600),
];

describe('the sentences the domain, the API client and the upload core say', () => {
  it('are keys of every catalog, the English text written once (en takes it from the domain)', () => {
    for (const key of KEYS) {
      expect(en[key], key).toBe(USER_MESSAGES[key]);
      expect(de[key], key).toBeTruthy();
      expect(fr[key], key).toBeTruthy();
    }
  });

  it('say in English what they said before, for hosts\u2019 events, logs and the mock\u2019s titles', () => {
    const kinds: Record<ApiErrorKind, string> = {
      auth: 'Your session has expired. Sign in again.',
      forbidden: 'You do not have access to this project\u2019s reference material.',
      'not-found': 'The requested item does not exist.',
      throttled: 'The server is receiving too many requests. Trying again shortly.',
      invalid: 'The server refused the request.',
      server: 'The server had a problem. Try again in a moment.',
      network: 'The server could not be reached. Check your connection.',
    };
    for (const [kind, title] of Object.entries(kinds)) {
      const error = new ApiError({ kind: kind as ApiErrorKind, status: 0 });
      expect(error.title).toBe(title);
      expect(error.message).toBe(title);
    }
    expect(apiErrorFrom(503, '<html>busy</html>', null).title).toBe('The server had a problem (HTTP 503). Try again in a moment.');
    expect(unreadableAnswer().title).toBe('The server\u2019s answer could not be read.');
    expect(unsafeUrlError().title).toBe('The server gave a download address that is not safe to open.');
    expect(uploadError(null, true, 'upload').title).toBe('The upload failed.');
    expect(checkFileName('a/../b.png')!.message).toBe('The file name must not contain ".." folders.');
    expect(checkFileName(`${'x'.repeat(256)}.png`)!.message).toBe('The file name has a name longer than 255 characters.');
    expect(checkRelativePath('a/'.repeat(600))!.message).toBe('The folder is longer than 1024 characters.');
    expect(checkRelativePath('com1.d/x')!.message).toBe('"COM1" is a reserved name and cannot be used in a folder.');
    expect(checkUpload('clip.mov', 3 * 1024 * 1024, '', 2 * 1024 * 1024)!.title).toBe('clip.mov is 3\u00a0MB, more than the 2\u00a0MB a file may have.');
    expect(notKeptError('too-large', 500, 100).title).toBe('Choose this file again: at 500\u00a0B it is larger than the 100\u00a0B kept across a reload.');
    expect(notKeptError('quota', 500, 100).title).toBe('Choose this file again: the browser had no room left to keep it across a reload.');
  });

  it('say the same sentence on the English screen (which groups numbers: "1,024")', async () => {
    const grouped = (text: string) => text.replace(/\d{4,}/g, (digits) => Number(digits).toLocaleString('en'));
    for (const refusal of [...NAMES.map(checkFileName), ...FOLDERS.map(checkRelativePath)]) {
      expect(refusal).not.toBeNull();
      expect(sayMessage(english, 'en', refusal!.userMessage, '')).toBe(grouped(refusal!.message));
    }
    const large = checkUpload('clip.mov', 3 * 1024 * 1024, '', 2 * 1024 * 1024)!;
    expect(sayMessage(english, 'en', large.message, '')).toBe(large.title);
    const session = hostSession({ accountId: 'demo', token: 't' });
    session.clear();
    const signedOut = await session.getToken().catch((error: unknown) => error);
    expect(errorText(english, 'en', signedOut)).toBe('You are signed out.');
    const notAScope = (await getScopeRights({} as ApiClient, 'xx1').catch((error: unknown) => error)) as ApiError;
    expect(notAScope.title).toBe('"xx1" is not a scope code (pr\u2026, jbs\u2026 or jbc\u2026).');
    expect(errorText(english, 'en', notAScope)).toBe(notAScope.title);
  });

  it('keep a placeholder they were not given, and never read one inside a value', () => {
    expect(englishText(userMessage('error.notAScope'))).toBe('"{value}" is not a scope code (pr\u2026, jbs\u2026 or jbc\u2026).');
    expect(englishText(userMessage('error.notAScope', { value: '{value}' }))).toBe('"{value}" is not a scope code (pr\u2026, jbs\u2026 or jbc\u2026).');
    expect(englishText(userMessage('refusal.tooLarge', { name: '{size}.png', size: 2048, max: 1024 }, ['size', 'max'])))
      .toBe('{size}.png is 2\u00a0KB, more than the 1\u00a0KB a file may have.');
  });
});
