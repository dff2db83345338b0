import { userMessage } from '../domain/messages';
import { ApiError } from './errors';

/**
 * Holds the token in memory only (never in a URL, a log line or storage) and renews it:
 * with the API key when the user signed in here, or by asking the embedding host.
 */
export interface Session {
  readonly accountId: string;
  getToken(): Promise<string>;
  /** A new token after the server refused `failedToken`; concurrent callers share one renewal. */
  renew(failedToken: string): Promise<string>;
  /** Called after each successful call: the token lives 30 minutes after the last one. */
  touch(): void;
  /** The token in use, or null before the first one. For logout; never log it. */
  currentToken(): string | null;
  /** A token the host hands over (it renewed its session itself). */
  provide(token: string): void;
  /** Forget the token and the way to renew it. */
  clear(): void;
}

/** A token expires 30 minutes after the last call; renew a little before rather than fail. */
export const PROACTIVE_RENEWAL_MS = 29 * 60_000;

export interface TokenSourceOptions {
  accountId: string;
  fetchToken: () => Promise<string>;
  initialToken?: string | null;
  /** Renew before 30 idle minutes pass. Not for a host's token: the host may use it too. */
  proactive: boolean;
  now?: () => number;
}

/** The token holder; `fetchToken` says where a new token comes from (auth.ts: the API key). */
export function createSession({ accountId, fetchToken, initialToken = null, proactive, now = Date.now }: TokenSourceOptions): Session {
  let token: string | null = initialToken;
  let lastUsed = now();
  let pending: Promise<string> | null = null;
  let cleared = false;

  function fetchNew(): Promise<string> {
    if (cleared) return Promise.reject(new ApiError({ kind: 'auth', status: 0, userMessage: userMessage('error.signedOut') }));
    pending ??= fetchToken()
      .then((fresh) => {
        if (!fresh) throw new ApiError({ kind: 'auth', status: 0 });
        token = fresh;
        lastUsed = now();
        return fresh;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  return {
    accountId,
    getToken() {
      if (pending) return pending;
      if (token && (!proactive || now() - lastUsed < PROACTIVE_RENEWAL_MS)) return Promise.resolve(token);
      return fetchNew();
    },
    renew(failedToken) {
      if (pending) return pending;
      if (token && token !== failedToken) return Promise.resolve(token);
      token = null;
      return fetchNew();
    },
    touch() {
      lastUsed = now();
    },
    currentToken: () => token,
    provide(fresh) {
      if (!fresh) return;
      token = fresh;
      lastUsed = now();
      cleared = false;
    },
    clear() {
      cleared = true;
      token = null;
    },
  };
}

export interface HostTokenOptions {
  accountId: string;
  token?: string | null;
  /** Called for the first token when none is given, and again whenever the server refuses one. */
  getToken?: () => Promise<string> | string;
  now?: () => number;
}

/** The embedding host owns the session: it gives a token, or a function to get a fresh one. */
export function hostSession({ accountId, token, getToken, now }: HostTokenOptions): Session {
  return createSession({
    accountId,
    initialToken: token ?? null,
    proactive: false,
    now,
    fetchToken: async () => {
      if (!getToken) throw new ApiError({ kind: 'auth', status: 0 });
      return getToken();
    },
  });
}
