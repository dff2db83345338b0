import { credentialSession, revokeToken } from '../api/auth';
import { settleBeforeSignOut } from '../api/before-sign-out';
import { createApiClient, type ApiClient } from '../api/client';

export interface Connection {
  id: number;
  client: ApiClient;
  /** Shown to the user: the server's full origin (`https://host:443`), or `mock`. */
  server: string;
  accountId: string;
  mock: boolean;
}

let nextId = 1;

/** Signs in with an account ID and API key; both stay in memory, the key only to renew the token. */
export async function connect(baseUrl: string, accountId: string, apiKey: string, mock = false): Promise<Connection> {
  // The last line before a key leaves: the form checks first and says why.
  if (!mock && !checkBaseUrl(baseUrl)) throw new Error(`Refusing to send credentials to ${baseUrl}.`);
  const session = credentialSession({ baseUrl, accountId, apiKey });
  await session.getToken();
  return {
    id: nextId++,
    client: createApiClient({ baseUrl, session }),
    server: mock ? 'mock' : serverOrigin(baseUrl),
    accountId,
    mock,
  };
}

/**
 * Ends the session on the server (`DELETE /api/auth/token`), so the token is worthless to
 * anyone who saw it, then forgets it here, also when the server could not be told.
 */
export async function disconnect(connection: Connection): Promise<void> {
  try {
    // What must still go out with this session (deletes waiting out their Undo) goes first.
    await settleBeforeSignOut(connection.client);
    await revokeToken(connection.client);
  } catch {
    // Nothing to do: the token dies on its own after 30 idle minutes, and it is forgotten below.
  } finally {
    connection.client.session.clear();
  }
}

export type BaseUrlProblem = 'invalid' | 'userinfo' | 'insecure';

/**
 * Why an API key must not go to this address: not an http(s) address, a name or password before
 * the host (`https://user@host`: a look-alike that hides the real host), or plain http to another
 * computer (the key would travel readable). Plain http is for this computer only: the mock
 * server, a tunnel. Null when it may.
 */
export function baseUrlProblem(value: string): BaseUrlProblem | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'invalid';
  if (url.username || url.password) return 'userinfo';
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return 'insecure';
  return null;
}

/** `localhost`, `*.localhost`, 127.0.0.0/8 and [::1]: names that never leave this computer. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The address without a trailing slash; null when a key must not go there (see baseUrlProblem). */
export function checkBaseUrl(value: string): string | null {
  if (baseUrlProblem(value)) return null;
  const url = new URL(value.trim());
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** `https://team.example:443`: scheme, host and port, the port always written, so no part is implied. */
export function serverOrigin(baseUrl: string): string {
  const url = new URL(baseUrl.trim());
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.protocol}//${url.hostname}:${port}`;
}
