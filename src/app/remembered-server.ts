import { checkBaseUrl } from './connection';

/**
 * The server the app last connected to, kept in localStorage so that a reload (or tomorrow's
 * visit) opens the connection form with it filled in. Only the URL: the account ID, the API key
 * and the token are never written anywhere (the key and token live in the tab's memory).
 */
const KEY = 'segment-asset-panel:server';

export function rememberServer(baseUrl: string): void {
  try {
    localStorage.setItem(KEY, baseUrl);
  } catch {
    // Storage may be off (private mode, a policy): the form is simply empty next time.
  }
}

/** The remembered server, if it is still one a key may go to (see checkBaseUrl). */
export function rememberedServer(): string | null {
  try {
    const value = localStorage.getItem(KEY);
    return value && checkBaseUrl(value) ? value : null;
  } catch {
    return null;
  }
}
