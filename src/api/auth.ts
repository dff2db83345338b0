import type { ApiClient } from './client';
import { apiErrorFromResponse, networkError } from './errors';
import { apiRootOf, readJson, unreadableAnswer } from './http';
import { createSession, type Session } from './session';

export interface TokenRequest {
  baseUrl: string;
  accountId: string;
  apiKey: string;
}

/** `POST /api/auth/token`: the answer is a JSON string, the token. */
export async function requestToken(
  { baseUrl, accountId, apiKey }: TokenRequest,
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(`${apiRootOf(baseUrl)}/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ accountid: accountId, key: apiKey }),
      credentials: 'omit',
    });
  } catch (error) {
    throw networkError(error);
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  const token = await readJson<unknown>(response);
  if (typeof token !== 'string' || !token) throw unreadableAnswer();
  return token;
}

/** Signed in here with an account ID and API key: the key stays in this closure to renew. */
export function credentialSession(credentials: TokenRequest, fetchImpl?: typeof fetch, now?: () => number): Session {
  return createSession({
    accountId: credentials.accountId,
    fetchToken: () => requestToken(credentials, fetchImpl),
    proactive: true,
    now,
  });
}

/** `DELETE /api/auth/token`: the token is invalid from now on. */
export async function revokeToken(client: ApiClient): Promise<void> {
  const token = client.session.currentToken();
  if (!token) return;
  try {
    const response = await client
      .fetch(client.url('auth/token'), {
        method: 'DELETE',
        headers: { 'X-Auth-Token': token, 'X-Auth-AccountId': client.session.accountId },
        credentials: 'omit',
      })
      .catch((error: unknown) => {
        throw networkError(error);
      });
    // Already expired is as good as revoked.
    if (!response.ok && response.status !== 401) throw await apiErrorFromResponse(response);
  } finally {
    client.session.clear();
  }
}
