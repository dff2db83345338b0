import type { MountOptions } from '../mount';
import { parseOrigin } from './protocol';

/**
 * The iframe page's options come from its URL (never the token):
 * `embed.html?apiBaseUrl=…&accountId=…&scope=pr7214&segmentId=27665601&parentOrigin=https://editor.example.com`.
 * Also: locale, languages (comma list), maxFileSize, concurrency, previewAuth, readOnly, marking, proposeAfterDrop, uiLanguage, persistKey.
 */
export function frameOptionsFromUrl(search: string): Omit<MountOptions, 'token' | 'getToken'> | { problem: string } {
  const p = new URLSearchParams(search);
  const apiBaseUrl = p.get('apiBaseUrl');
  const accountId = p.get('accountId');
  const scope = p.get('scope');
  const segmentId = Number(p.get('segmentId'));
  if (p.has('token')) return { problem: 'A token must never travel in the URL: send it with the init message.' };
  if (!apiBaseUrl || !accountId || !scope || !Number.isSafeInteger(segmentId) || segmentId <= 0) {
    return { problem: 'The panel needs apiBaseUrl, accountId, scope and segmentId in its URL.' };
  }
  const num = (name: string) => (p.get(name) && /^\d+$/.test(p.get(name)!) ? Number(p.get(name)) : undefined);
  return {
    apiBaseUrl,
    accountId,
    scope,
    segmentId,
    locale: p.get('locale'),
    languages: p.get('languages')?.split(',').map((s) => s.trim()).filter(Boolean) ?? null,
    maxFileSize: num('maxFileSize'),
    concurrency: num('concurrency'),
    previewAuth: p.get('previewAuth') === 'cookie' ? 'cookie' : 'headers',
    readOnly: p.get('readOnly') === 'true',
    marking: p.get('marking') !== 'false',
    proposeAfterDrop: p.get('proposeAfterDrop') === 'true',
    uiLanguage: p.get('uiLanguage'),
    persistKey: p.get('persistKey'),
  };
}

/**
 * The parent origins this frame obeys. A build may fix them (VITE_EMBED_PARENT_ORIGINS, comma
 * list): then the URL cannot widen them. Otherwise the URL's `parentOrigin` (repeatable) names them.
 */
export function allowedParentOrigins(search: string, fixed: string | undefined): string[] {
  const source = fixed ? fixed.split(',') : new URLSearchParams(search).getAll('parentOrigin').flatMap((v) => v.split(','));
  return [...new Set(source.map((v) => parseOrigin(v.trim())).filter((v): v is string => v !== null))];
}
