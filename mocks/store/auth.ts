import { forbidden, MockHttpError, refuse, throttlingBody, TOKEN_INVALID } from './errors';
import type { MockState } from './state';

export const TOKEN_IDLE_MS = 30 * 60_000;

export function randomToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function login(state: MockState, body: unknown): string {
  const { accountid, key } = (body ?? {}) as { accountid?: unknown; key?: unknown };
  if (typeof accountid !== 'string' || typeof key !== 'string' || !accountid || !key) {
    throw refuse('Account ID and API key are required.');
  }
  const account = state.world.accounts.find((a) => a.accountId.toLowerCase() === accountid.toLowerCase());
  if (!account || account.key !== key) throw new MockHttpError(401, 'The account ID or the API key is not valid.');
  const token = randomToken();
  state.sessions.set(token, { accountId: account.accountId, lastUsedMs: state.clock.nowMs() });
  return token;
}

export function logout(state: MockState, token: string | null): void {
  if (token) state.sessions.delete(token);
}

/** Every call but the token request: a live token of the same account. Each call extends it. */
export function authenticate(state: MockState, token: string | null, accountId: string | null): string {
  const session = token ? state.sessions.get(token) : undefined;
  const now = state.clock.nowMs();
  if (!token || !session || now - session.lastUsedMs > TOKEN_IDLE_MS) {
    if (token) state.sessions.delete(token);
    throw new MockHttpError(401, TOKEN_INVALID);
  }
  if (!accountId || accountId.toLowerCase() !== session.accountId.toLowerCase()) throw new MockHttpError(401, TOKEN_INVALID);
  session.lastUsedMs = now;
  countCall(state, session.accountId);
  return session.accountId;
}

/** Ends every session now, as if each token had been idle for 30 minutes. */
export function expireAllSessions(state: MockState): number {
  const count = state.sessions.size;
  state.sessions.clear();
  return count;
}

function formatWindow(ms: number): string {
  const total = Math.round(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

/** The hourly allowance, when one is set (off by default so that benchmarks can run). */
function countCall(state: MockState, accountId: string): void {
  const rule = state.throttle;
  if (!rule) return;
  const now = state.clock.nowMs();
  const calls = (state.calls.get(accountId) ?? []).filter((t) => now - t < rule.windowMs);
  if (calls.length >= rule.limit) {
    state.calls.set(accountId, calls);
    const retryAfter = Math.max(10, Math.ceil((calls[0]! + rule.windowMs - now) / 1000));
    throw new MockHttpError(429, `Requests throttled. Maximum allowed ${rule.limit} per ${formatWindow(rule.windowMs)}.`,
      { 'Retry-After': String(retryAfter) }, throttlingBody(rule.limit, formatWindow(rule.windowMs)));
  }
  calls.push(now);
  state.calls.set(accountId, calls);
}

export function accountFor(state: MockState, accountId: string) {
  const account = state.world.accounts.find((a) => a.accountId === accountId);
  if (!account) throw forbidden('This account does not exist.');
  return account;
}
