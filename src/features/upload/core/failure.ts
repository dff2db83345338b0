import { isApiError } from '../../../api/errors';
import { classify, retryDelay, throttlePause, uploadError } from './retry';
import type { UploadError, UploadRecord } from './types';

/** What a failed step means for its record, and for the queue around it. */
export type FailureOutcome =
  | { kind: 'canceled' | 'retry' | 'failed'; change: Partial<UploadRecord> }
  /** The session needs renewing: the whole queue waits. */
  | { kind: 'session'; change: Partial<UploadRecord> }
  /** The server throttles: the whole queue waits until `until`, then goes on one at a time. */
  | { kind: 'throttled'; change: Partial<UploadRecord>; until: number }
  /** No answer: the whole queue waits until the server answers again; `error` is the file's own
   * failure if it turns out that only this request was lost. */
  | { kind: 'unreachable'; change: Partial<UploadRecord>; error: UploadError };

/** A failure of this file (a 408, a 5xx, a lost request): tried again after 1 s, 3 s and 10 s, then "Retry". */
export function fileRetryChange(record: UploadRecord, failure: UploadError, now: number, random: () => number): Partial<UploadRecord> {
  const delay = retryDelay(record.attempts, random);
  if (delay === null) return { status: 'failed', retryAt: null, error: failure };
  return { status: 'queued', attempts: record.attempts + 1, retryAt: now + delay, error: failure };
}

/**
 * The retry rules in one place: 408 and 5xx come back after 1 s, 3 s and 10 s, then wait for
 * "Retry"; no answer at all, a 429 or an expired session pauses the queue; anything else the
 * server refused fails at once with its `error.title`.
 */
export function failureOutcome(
  record: UploadRecord, error: unknown, step: UploadError['step'], now: number, random: () => number,
): FailureOutcome {
  switch (classify(error)) {
    case 'canceled':
      return { kind: 'canceled', change: { status: 'canceled', retryAt: null } };
    case 'session':
      return { kind: 'session', change: { status: 'queued', retryAt: null } };
    case 'throttled':
      return { kind: 'throttled', change: { status: 'queued', retryAt: null }, until: now + throttlePause(error) };
    case 'unreachable':
      return { kind: 'unreachable', change: { status: 'queued', retryAt: null, sent: 0 }, error: uploadError(error, true, step) };
    case 'transient': {
      const change = fileRetryChange(record, uploadError(error, true, step), now, random);
      return { kind: change.status === 'failed' ? 'failed' : 'retry', change };
    }
    case 'refused': {
      // A missing segment (404) or right (403) stays missing however often the file is sent.
      const hopeless = isApiError(error) && (error.kind === 'not-found' || error.kind === 'forbidden');
      const change: Partial<UploadRecord> = { status: 'failed', retryAt: null, error: uploadError(error, !!record.file && !hopeless, step) };
      // A refused attach may be a token that expired or was used: a retry uploads again.
      if (step === 'attach' && isApiError(error) && error.kind === 'invalid') change.fileToken = null;
      return { kind: 'failed', change };
    }
  }
}
