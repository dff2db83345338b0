/** Plain HTTP helpers without a session: the token calls (auth.ts) and the client both use them. */
import { userMessage } from '../domain/messages';
import { ApiError, isAbortError, networkError } from './errors';

export type QueryValue = string | number | null | undefined;
export type Query = Record<string, QueryValue>;

/** Accepts `https://host`, `https://host/`, `https://host/api/`: always `https://host/api`. */
export function apiRootOf(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  return trimmed.endsWith('/api') ? trimmed : `${trimmed}/api`;
}

export function buildQuery(query: Query | undefined): string {
  if (!query) return '';
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== null)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** A 2xx answer whose body is not the JSON we expect is a server fault the user can retry. */
export function unreadableAnswer(cause?: unknown): ApiError {
  return new ApiError({ kind: 'server', status: 200, userMessage: userMessage('error.unreadable'), cause });
}

export async function readJson<T>(response: Response): Promise<T> {
  // The answer can break off after its headers: that is the network, not the server's JSON.
  const body = await response.text().catch((error: unknown) => {
    throw isAbortError(error) ? error : networkError(error);
  });
  try {
    return JSON.parse(body) as T;
  } catch (error) {
    throw unreadableAnswer(error);
  }
}
