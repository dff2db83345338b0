import { createApiClient, type ApiClient } from '../api/client';
import { credentialSession } from '../api/session';

export interface Connection {
  id: number;
  client: ApiClient;
  /** Shown to the user: the server's host and the account. */
  server: string;
  accountId: string;
  mock: boolean;
}

let nextId = 1;

/** Signs in with an account ID and API key; both stay in memory, the key only to renew the token. */
export async function connect(baseUrl: string, accountId: string, apiKey: string, mock = false): Promise<Connection> {
  const session = credentialSession({ baseUrl, accountId, apiKey });
  await session.getToken();
  return {
    id: nextId++,
    client: createApiClient({ baseUrl, session }),
    server: mock ? 'mock' : new URL(baseUrl).host,
    accountId,
    mock,
  };
}

/** `https://host[/…]` or `http://…`; null when it is not a web address. */
export function checkBaseUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password) return null;
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  } catch {
    return null;
  }
}
