import { isApiError } from '../../../api/errors';
import { classify, retryDelay, throttlePause, uploadError } from './retry';
import type { UploadError, UploadRecord } from './types';

/** What a failed step means for its record, and for the queue around it. */
export type FailureOutcome =
  | { kind: 'canceled' | 'retry' | 'failed'; change: Partial<UploadRecord> }
  /** The session needs renewing: the whole queue waits. */
  | { kind: 'session'; change: Partial<UploadRecord> }
  /** The server throttles: the whole queue waits until `until`, then goes on one at a time. */
  | { kind: 'throttled'; change: Partial<UploadRecord>; until: number };

/**
 * The retry rules in one place: network errors, 408 and 5xx come back after 1 s, 3 s and 10 s,
 * then wait for "Retry"; a 429 or an expired session pauses the queue; anything else the server
 * refused fails at once with its `error.title`.
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
    case 'transient': {
      const delay = retryDelay(record.attempts, random);
      const failure = uploadError(error, true, step);
      if (delay === null) return { kind: 'failed', change: { status: 'failed', retryAt: null, error: failure } };
      return { kind: 'retry', change: { status: 'queued', attempts: record.attempts + 1, retryAt: now + delay, error: failure } };
    }
    case 'refused': {
      const change: Partial<UploadRecord> = { status: 'failed', retryAt: null, error: uploadError(error, !!record.file, step) };
      // A refused attach may be a token that expired or was used: a retry uploads again.
      if (step === 'attach' && isApiError(error) && error.kind === 'invalid') change.fileToken = null;
      return { kind: 'failed', change };
    }
  }
}
