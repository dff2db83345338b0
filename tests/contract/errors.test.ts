import { describe, expect, it } from 'vitest';
import { listSegmentAssets } from '../../src/api/list-assets';
import { uploadMedia } from '../../src/api/upload-media';
import { rawFetch, TARGETS, useMockTarget } from './harness';
import { bytes, failure, SCOPE, SEGMENT } from './helpers';

describe.each(TARGETS)('errors on the wire (%s)', (name) => {
  const mock = useMockTarget(name);

  it('answers failures with the documented body', async () => {
    const response = await rawFetch(mock, `/api/resources/assets/${SEGMENT}?scope=${SCOPE}&filename=missing.png`);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      error: {
        operation: null,
        date: '2026-11-27T10:00:00.0000000Z',
        title: 'The requested file does not exist.',
        details: null,
        errorurl: null,
        messages: [],
      },
      reason: 'The requested file does not exist.',
    });
  });

  it('throttles past the hourly allowance with the documented 429 shape and Retry-After', async () => {
    mock.runtime.store.setThrottle({ limit: 3, windowMs: 3_600_000 });
    const token = await mock.login();
    const headers = { 'X-Auth-Token': token, 'X-Auth-AccountId': 'demo' };
    const url = `${mock.baseUrl}/api/resources/assets/${SEGMENT}/list?scope=${SCOPE}`;
    for (let i = 0; i < 3; i += 1) expect((await fetch(url, { headers })).status).toBe(200);
    const throttled = await fetch(url, { headers });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('Retry-After'))).toBeGreaterThanOrEqual(10);
    expect(await throttled.json()).toEqual({
      error: { type: 'Throttling error', message: 'Requests throttled. Maximum allowed 3 per 01:00:00.' },
      reason: 'Requests throttled. Maximum allowed 3 per 01:00:00.',
    });
  });

  it('gives the client a throttled error with the title and the wait', async () => {
    mock.runtime.faults.set('list:429:1:12');
    const error = await failure(listSegmentAssets(mock.client, SCOPE, SEGMENT));
    expect([error.kind, error.status, error.retryAfterMs]).toEqual(['throttled', 429, 12_000]);
    expect(error.title).toBe('Requests throttled. Maximum allowed 1000 per 01:00:00.');
    await expect(listSegmentAssets(mock.client, SCOPE, SEGMENT)).resolves.toEqual([]);
  });

  it('turns a dropped connection into a network error', async () => {
    mock.runtime.faults.set('upload:network:1');
    const error = await failure(uploadMedia(mock.client, bytes(64 * 1024), { filename: 'x.png' }));
    expect([error.kind, error.status, error.transient]).toEqual(['network', 0, true]);
  });

  it('turns 500 and 502 into retryable server errors', async () => {
    mock.runtime.faults.set('list:500:1,list:502:1');
    for (const status of [500, 502]) {
      const error = await failure(listSegmentAssets(mock.client, SCOPE, SEGMENT));
      expect([error.kind, error.status, error.transient]).toEqual(['server', status, true]);
    }
  });

  it('treats an "expired" answer as auth and renews the session once', async () => {
    mock.runtime.faults.set('list:expired:1');
    await expect(listSegmentAssets(mock.client, SCOPE, SEGMENT)).resolves.toEqual([]);
  });
});
