import { describe, expect, it } from 'vitest';
import { revokeToken } from '../../src/api/auth';
import { listSegmentAssets } from '../../src/api/list-assets';
import { ApiError } from '../../src/api/errors';
import { TARGETS, useMockTarget } from './harness';

const SCOPE = 'pr7214';
const SEGMENT = 27665601;

describe.each(TARGETS)('authentication (%s)', (name) => {
  const mock = useMockTarget(name);

  it('answers POST /api/auth/token with the token as a JSON string', async () => {
    const response = await fetch(`${mock.baseUrl}/api/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ accountid: 'demo', key: 'demo-key' }),
    });
    expect(response.status).toBe(200);
    const token = await response.json();
    expect(typeof token).toBe('string');
    expect(token).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses a wrong API key with a title the user can read', async () => {
    const error = await fetch(`${mock.baseUrl}/api/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ accountid: 'demo', key: 'wrong' }),
    });
    expect(error.status).toBe(401);
    expect((await error.json()).error.title).toBe('The account ID or the API key is not valid.');
  });

  it('needs both auth headers on every other call', async () => {
    const token = await mock.login();
    const variants: Record<string, string>[] = [{}, { 'X-Auth-Token': token }, { 'X-Auth-Token': token, 'X-Auth-AccountId': 'someone-else' }];
    for (const headers of variants) {
      const response = await fetch(`${mock.baseUrl}/api/resources/assets/${SEGMENT}/list?scope=${SCOPE}`, { headers });
      expect(response.status).toBe(401);
      expect((await response.json()).error.title).toBe('Token invalid or expired.');
    }
  });

  it('DELETE /api/auth/token makes the token invalid from then on', async () => {
    const token = await mock.login();
    const client = mock.fixedTokenClient(token);
    await expect(listSegmentAssets(client, SCOPE, SEGMENT)).resolves.toEqual([]);
    await revokeToken(client);
    const again = mock.fixedTokenClient(token);
    const error = await listSegmentAssets(again, SCOPE, SEGMENT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('auth');
    expect((error as ApiError).title).toBe('Token invalid or expired.');
  });

  it('expires a token after 30 minutes without a call, and each call extends it', async () => {
    const client = mock.fixedTokenClient(await mock.login());
    mock.clock.advance(29 * 60_000);
    await expect(listSegmentAssets(client, SCOPE, SEGMENT)).resolves.toEqual([]);
    mock.clock.advance(29 * 60_000);
    await expect(listSegmentAssets(client, SCOPE, SEGMENT)).resolves.toEqual([]);
    mock.clock.advance(30 * 60_000 + 1);
    const error = await listSegmentAssets(client, SCOPE, SEGMENT).catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('auth');
    expect((error as ApiError).status).toBe(401);
  });

  it('renews an expired session with the API key kept in memory, without the caller noticing', async () => {
    await listSegmentAssets(mock.client, SCOPE, SEGMENT);
    const first = mock.client.session.currentToken();
    mock.runtime.store.expireAllSessions();
    await expect(listSegmentAssets(mock.client, SCOPE, SEGMENT)).resolves.toEqual([]);
    expect(mock.client.session.currentToken()).not.toBe(first);
  });

  it('renews before the 30 minutes run out rather than fail', async () => {
    await listSegmentAssets(mock.client, SCOPE, SEGMENT);
    const first = mock.client.session.currentToken();
    mock.clock.advance(29 * 60_000 + 30_000);
    await expect(listSegmentAssets(mock.client, SCOPE, SEGMENT)).resolves.toEqual([]);
    expect(mock.client.session.currentToken()).not.toBe(first);
  });
});
