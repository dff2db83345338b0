import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFrom, kindOfStatus, parseRetryAfter, readErrorBody } from '../../src/api/errors';

describe('ApiError', () => {
  it('reads error.title, the throttling message, then reason', () => {
    expect(readErrorBody(JSON.stringify({ error: { title: 'The requested file does not exist.' }, reason: 'x' })).title)
      .toBe('The requested file does not exist.');
    expect(readErrorBody(JSON.stringify({ error: { type: 'Throttling error', message: 'Requests throttled.' } })).title)
      .toBe('Requests throttled.');
    expect(readErrorBody(JSON.stringify({ reason: 'Only a reason.' })).title).toBe('Only a reason.');
  });

  it('survives bodies that are not the documented JSON', () => {
    for (const body of ['', '<html>502 Bad Gateway</html>', 'null', '42', '"text"', '{"error": "flat"}', '{"error": {"title": ""}}']) {
      expect(readErrorBody(body), body).toEqual({ title: null, details: null });
    }
    const error = apiErrorFrom(502, '<html>Bad gateway</html>', null);
    expect([error.kind, error.title]).toEqual(['server', 'The server had a problem (HTTP 502). Try again in a moment.']);
  });

  it('recognizes an invalid or expired token whatever the status', () => {
    const body = JSON.stringify({ error: { title: 'Token invalid or expired.' } });
    for (const status of [400, 401, 403]) expect(apiErrorFrom(status, body, null).kind, String(status)).toBe('auth');
    expect(kindOfStatus(401, null)).toBe('auth');
    expect(kindOfStatus(403, 'No rights.')).toBe('forbidden');
    expect(kindOfStatus(400, 'Token invalid or expired')).toBe('auth');
  });

  it('maps the other statuses to kinds', () => {
    expect([404, 410, 429, 408, 500, 503, 400, 413].map((s) => kindOfStatus(s, null)))
      .toEqual(['not-found', 'not-found', 'throttled', 'network', 'server', 'server', 'invalid', 'invalid']);
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(parseRetryAfter('12')).toBe(12_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 10:00:30 GMT', Date.UTC(2026, 10, 27, 10, 0, 0))).toBe(30_000);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });

  it('says which failures are worth another try', () => {
    expect(new ApiError({ kind: 'network', status: 0 }).transient).toBe(true);
    expect(new ApiError({ kind: 'server', status: 500 }).transient).toBe(true);
    expect(new ApiError({ kind: 'network', status: 408 }).transient).toBe(true);
    expect(new ApiError({ kind: 'invalid', status: 400 }).transient).toBe(false);
    expect(new ApiError({ kind: 'throttled', status: 429 }).transient).toBe(false);
  });

  it('falls back to a sentence for users when the server sent none', () => {
    expect(new ApiError({ kind: 'network', status: 0 }).title).toBe('The server could not be reached. Check your connection.');
  });
});
