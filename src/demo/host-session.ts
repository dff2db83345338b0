/**
 * How the demo editor signs in: like any host, it owns the Wordbee session and hands the panel a
 * token (and a way to get a fresh one). The server: `?api=` or the mock server on 127.0.0.1:8787.
 */
export const DEFAULT_API = 'http://127.0.0.1:8787';

export interface HostSession {
  apiBaseUrl: string;
  accountId: string;
  token: string;
  /** Signs in again: the panel calls it when the server says the token expired. */
  renew(): Promise<string>;
}

export function apiFromUrl(): string {
  return new URLSearchParams(window.location.search).get('api') ?? DEFAULT_API;
}

async function requestToken(apiBaseUrl: string, accountId: string, key: string): Promise<string> {
  const response = await fetch(`${apiBaseUrl.replace(/\/+$/, '')}/api/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ accountid: accountId, key }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok || typeof body !== 'string') {
    throw new Error((body as { error?: { title?: string } } | null)?.error?.title ?? `Sign-in failed (HTTP ${response.status})`);
  }
  return body;
}

export async function signIn(apiBaseUrl: string, accountId: string, key: string): Promise<HostSession> {
  const session: HostSession = {
    apiBaseUrl,
    accountId,
    token: await requestToken(apiBaseUrl, accountId, key),
    async renew() {
      session.token = await requestToken(apiBaseUrl, accountId, key);
      return session.token;
    },
  };
  return session;
}

export interface DemoSegment {
  segmentId: number;
  texts: Record<string, string>;
}

/** The mock's demo document (a real editor has its own segments). */
export async function loadSegments(apiBaseUrl: string, scope: string): Promise<DemoSegment[]> {
  const response = await fetch(`${new URL(apiBaseUrl).origin}/__mock/segments?scope=${encodeURIComponent(scope)}`);
  const list: unknown = response.ok ? await response.json() : [];
  return Array.isArray(list) ? (list as DemoSegment[]) : [];
}
