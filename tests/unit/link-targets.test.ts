import { describe, expect, it } from 'vitest';
import type { ScopeLocale } from '../../src/api/scope-rights';
import { baseUrlProblem, checkBaseUrl, connect, isLoopback, serverOrigin } from '../../src/app/connection';
import { ALL, ignoredLocaleParam, localeFilterFromParam, NEUTRAL } from '../../src/features/gallery/filter';
import { scopeUploadLocale } from '../../src/features/upload/upload-readiness';

const SCOPE_LOCALES = ['en', 'de', 'fr', 'ja'];
const locale = (loc: string): ScopeLocale => ({ loc, name: loc, issrc: false, istrg: true, canEdit: true, loc_rtl: false });

describe('a ?locale= from a link', () => {
  it('is followed only when it is a language of the scope, in the scope\u2019s spelling', () => {
    expect(localeFilterFromParam('de', SCOPE_LOCALES)).toBe('de');
    expect(localeFilterFromParam('DE', SCOPE_LOCALES)).toBe('de');
    expect(localeFilterFromParam('neutral', SCOPE_LOCALES)).toBe(NEUTRAL);
    expect(localeFilterFromParam(null, SCOPE_LOCALES)).toBe(ALL);
    expect(localeFilterFromParam('', SCOPE_LOCALES)).toBe(ALL);
    for (const bad of ['xx', 'it', '../../', '<img src=x onerror=alert(1)>', 'de/../en', 'x'.repeat(5000)]) {
      expect(localeFilterFromParam(bad, SCOPE_LOCALES), bad).toBe(ALL);
      expect(ignoredLocaleParam(bad, SCOPE_LOCALES), bad).toBe(bad);
    }
    expect(ignoredLocaleParam('de', SCOPE_LOCALES)).toBeNull();
    expect(ignoredLocaleParam('all', SCOPE_LOCALES)).toBeNull();
    expect(ignoredLocaleParam(null, SCOPE_LOCALES)).toBeNull();
  });

  it('is never taken on trust while the scope\u2019s languages are unknown: a code waits, anything else is dropped', () => {
    expect(localeFilterFromParam('xx', null)).toBe('xx');
    expect(localeFilterFromParam('../../', null)).toBe(ALL);
    expect(ignoredLocaleParam('<img>', null)).toBe('<img>');
  });

  it('never becomes the upload language unless the scope has it', () => {
    const languages = SCOPE_LOCALES.map(locale);
    expect(scopeUploadLocale('DE', languages)).toBe('de');
    expect(scopeUploadLocale('xx', languages)).toBeNull();
    expect(scopeUploadLocale('../../', languages)).toBeNull();
    expect(scopeUploadLocale('de', [])).toBeNull();
    expect(scopeUploadLocale(null, languages)).toBeNull();
  });
});

describe('where credentials may go', () => {
  it('only to https, or to plain http on this computer', () => {
    expect(baseUrlProblem('https://team.eu.wordbee-translator.com')).toBeNull();
    expect(baseUrlProblem('http://127.0.0.1:8787')).toBeNull();
    expect(baseUrlProblem('http://localhost:5199/api')).toBeNull();
    expect(baseUrlProblem('http://[::1]:8787')).toBeNull();
    expect(baseUrlProblem('http://evil.example')).toBe('insecure');
    expect(baseUrlProblem('http://127.0.0.1.evil.example')).toBe('insecure');
    expect(baseUrlProblem('http://localhost.evil.example')).toBe('insecure');
    expect(baseUrlProblem('http://10.0.0.5')).toBe('insecure');
  });

  it('never to another scheme nor to an address with a name or password in it', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://host', 'wss://host', 'evil.example', '']) {
      expect(baseUrlProblem(url), url).toBe('invalid');
      expect(checkBaseUrl(url), url).toBeNull();
    }
    expect(baseUrlProblem('https://team.wordbee-translator.com@evil.example')).toBe('userinfo');
    expect(baseUrlProblem('https://user:pw@host')).toBe('userinfo');
  });

  it('refuses to sign in anywhere the form would refuse, even when called directly', async () => {
    await expect(connect('http://evil.example', 'demo', 'demo-key')).rejects.toThrow(/Refusing/);
  });

  it('names the server by its full origin, the port always written', () => {
    expect(serverOrigin('https://team.eu.wordbee-translator.com/api')).toBe('https://team.eu.wordbee-translator.com:443');
    expect(serverOrigin('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(serverOrigin('https://b\u00fccher.example')).toBe('https://xn--bcher-kva.example:443');
    expect(isLoopback('127.8.9.10')).toBe(true);
    expect(isLoopback('app.localhost')).toBe(true);
  });
});
