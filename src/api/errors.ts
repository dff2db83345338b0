import { englishText, userMessage, type UserMessage } from '../domain/messages';

/**
 * One error type for every failed call. `title` is what the user reads: the server's
 * `error.title` when it sent one, else a sentence of the panel's own that says what happened:
 * then `userMessage` holds it as a catalog key, for the screen to say it in the user's language,
 * and `title` is its English text (for hosts' events and logs). The server's own words are shown
 * as they came.
 */
export type ApiErrorKind =
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'throttled'
  | 'invalid'
  | 'server'
  | 'network';

export const TOKEN_INVALID_TITLE = 'Token invalid or expired.';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number;
  /** The server's `error.title`, as it came. */
  title?: string | null;
  retryAfterMs?: number | null;
  details?: string | null;
  cause?: unknown;
  /** The panel's own sentence, instead of the server's title; without either, the kind's (`error.network`…). */
  userMessage?: UserMessage;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when no answer arrived. */
  readonly status: number;
  readonly title: string;
  /** From `Retry-After`, when the server sent one. */
  readonly retryAfterMs: number | null;
  readonly details: string | null;
  /** Null when `title` is the server's own words. */
  readonly userMessage: UserMessage | null;

  constructor(init: ApiErrorInit) {
    const serverTitle = init.userMessage ? null : init.title?.trim() || null;
    const own = serverTitle === null ? init.userMessage ?? userMessage(`error.${init.kind}`) : null;
    const title = own ? englishText(own) : serverTitle!;
    super(title, { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.title = title;
    this.userMessage = own;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.details = init.details ?? null;
  }

  /** Worth another try of the same request: the network, a timeout or a server fault. */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'server' || this.status === 408;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isAbortError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

export function networkError(cause?: unknown): ApiError {
  return new ApiError({ kind: 'network', status: 0, cause });
}

function isTokenTitle(title: string | null): boolean {
  return !!title && title.trim().replace(/\.$/, '').toLowerCase() === TOKEN_INVALID_TITLE.slice(0, -1).toLowerCase();
}

export function kindOfStatus(status: number, title: string | null): ApiErrorKind {
  if (status === 401 || ((status === 400 || status === 403) && isTokenTitle(title))) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 429) return 'throttled';
  if (status === 408 || status >= 500) return status === 408 ? 'network' : 'server';
  return 'invalid';
}

/** `Retry-After` in seconds or as an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

interface ErrorBody {
  error?: { title?: unknown; message?: unknown; details?: unknown; type?: unknown } | null;
  reason?: unknown;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/**
 * Reads both documented shapes (`error.title` and the throttling `error.message`), then
 * `reason`; survives an empty body, HTML from a proxy, or anything else that is not JSON.
 */
export function readErrorBody(body: string): { title: string | null; details: string | null } {
  let parsed: ErrorBody;
  try {
    parsed = JSON.parse(body) as ErrorBody;
  } catch {
    return { title: null, details: null };
  }
  if (!parsed || typeof parsed !== 'object') return { title: null, details: null };
  const error = parsed.error && typeof parsed.error === 'object' ? parsed.error : {};
  return {
    title: text(error.title) ?? text(error.message) ?? text(parsed.reason),
    details: text(error.details),
  };
}

export function apiErrorFrom(status: number, body: string, retryAfter: string | null): ApiError {
  const { title, details } = readErrorBody(body);
  const kind = kindOfStatus(status, title);
  // A 5xx page from a proxy is not written for users; keep our sentence, with the status.
  const retryAfterMs = parseRetryAfter(retryAfter);
  if (kind === 'server' && !title) {
    return new ApiError({ kind, status, details, retryAfterMs, userMessage: userMessage('error.serverStatus', { status }) });
  }
  return new ApiError({ kind, status, title, details, retryAfterMs });
}

export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let body = '';
  try {
    body = await response.text();
  } catch {
    // The body could not be read: the status still says what happened.
  }
  return apiErrorFrom(response.status, body, response.headers.get('Retry-After'));
}
