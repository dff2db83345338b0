import { isAbortError, isApiError } from '../../../api/errors';
import { englishText, userMessage } from '../../../domain/messages';
import type { UploadError } from './types';

/** Automatic tries after a network error, a 408 or a 5xx: then the user is offered "Retry". */
export const RETRY_DELAYS_MS = [1_000, 3_000, 10_000] as const;
/** Throttled: wait at least this long, longer when Retry-After says so. */
export const MIN_THROTTLE_PAUSE_MS = 10_000;

/** ±20 % so that many panels (or files) that failed together do not come back together. */
export function retryDelay(attempt: number, random: () => number = Math.random): number | null {
  const base = RETRY_DELAYS_MS[attempt];
  if (base === undefined) return null;
  return Math.round(base * (0.8 + 0.4 * random()));
}

export function throttlePause(error: unknown): number {
  const retryAfter = isApiError(error) ? error.retryAfterMs ?? 0 : 0;
  return Math.max(retryAfter, MIN_THROTTLE_PAUSE_MS);
}

export type FailureClass = 'canceled' | 'session' | 'throttled' | 'unreachable' | 'transient' | 'refused';

/**
 * No answer at all (a refused or reset connection, a dropped answer): maybe the server is down,
 * maybe only this request was lost. A 408 or a 5xx is an answer: the server is there.
 */
export function isUnreachable(error: unknown): boolean {
  if (isApiError(error)) return error.kind === 'network' && error.status === 0;
  // fetch rejects with a TypeError when no answer came; our own code wraps that, but be sure.
  return error instanceof TypeError || (error as { name?: unknown } | null)?.name === 'NetworkError';
}

export function classify(error: unknown): FailureClass {
  if (isAbortError(error)) return 'canceled';
  if (isUnreachable(error)) return 'unreachable';
  if (!isApiError(error)) return 'transient';
  if (error.kind === 'auth') return 'session';
  if (error.kind === 'throttled') return 'throttled';
  if (error.transient) return 'transient';
  return 'refused';
}

/** What a failure tells the user: the server's `error.title`, or the panel's own sentence. */
export function uploadError(error: unknown, retryable: boolean, step: UploadError['step']): UploadError {
  if (isApiError(error)) return { title: error.title, message: error.userMessage, retryable, step };
  if (error instanceof Error && error.message) return { title: error.message, retryable, step };
  const message = userMessage('error.uploadFailed');
  return { title: englishText(message), message, retryable, step };
}
