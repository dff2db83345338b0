/**
 * URLs that come from the server (download links) are used only when they are http(s) and on the
 * API's own origin: a tampered answer must not make the panel load `javascript:`, `data:` or a
 * third party's address with the user's token.
 */
export function checkServerUrl(url: unknown, apiOrigin: string): URL | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username || parsed.password) return null;
  return parsed.origin === originOf(apiOrigin) ? parsed : null;
}

export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
