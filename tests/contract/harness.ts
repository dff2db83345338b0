import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { setupServer } from 'msw/node';
import { createApiClient, type ApiClient } from '../../src/api/client';
import { hostSession } from '../../src/api/session';
import { credentialSession, requestToken } from '../../src/api/auth';
import { manualClock, type ManualClock } from '../../mocks/clock';
import { startMockHttpServer } from '../../mocks/http/server';
import { loadFixtureFromDisk } from '../../mocks/node';
import { createMockRuntime, type MockRuntime } from '../../mocks/runtime';

export const START = '2026-11-27T10:00:00.0000000Z';

export interface MockTarget {
  baseUrl: string;
  runtime: MockRuntime;
  clock: ManualClock;
  /** A client signed in as demo, renewing its token with the key when needed. */
  client: ApiClient;
  /** A client whose token cannot be renewed: shows the server's raw auth answers. */
  fixedTokenClient(token: string): ApiClient;
  login(): Promise<string>;
  /** The HTTP server itself (its counters), or null in-process. */
  http: Awaited<ReturnType<typeof startMockHttpServer>> | null;
}

export const TARGETS = ['msw/node', 'http server'] as const;
export type TargetName = (typeof TARGETS)[number];

/**
 * Runs the enclosing describe block against a fresh mock per test: in-process through msw/node,
 * or over real sockets through the same server `npm run mock:server` starts.
 */
export function useMockTarget(name: TargetName, { seed = false }: { seed?: boolean } = {}): MockTarget {
  const target = {} as MockTarget;
  const node = name === 'msw/node' ? setupServer() : null;
  let stop: (() => Promise<void>) | null = null;

  if (node) {
    beforeAll(() => node.listen({ onUnhandledRequest: 'error' }));
    afterAll(() => node.close());
  }

  beforeEach(async () => {
    const clock = manualClock(START);
    let runtime: MockRuntime;
    if (node) {
      runtime = createMockRuntime({ loadFixture: loadFixtureFromDisk, clock, seed });
      await runtime.start();
      node.resetHandlers(...runtime.handlers('*'));
      target.baseUrl = 'https://wordbee.mock';
      target.http = null;
    } else {
      const server = await startMockHttpServer({ port: 0, seed, clock });
      runtime = server.runtime;
      target.baseUrl = server.url;
      target.http = server;
      stop = server.close;
    }
    const credentials = { baseUrl: target.baseUrl, accountId: 'demo', apiKey: 'demo-key' };
    Object.assign(target, {
      runtime,
      clock,
      client: createApiClient({ baseUrl: target.baseUrl, session: credentialSession(credentials, undefined, clock.nowMs) }),
      fixedTokenClient: (token: string) =>
        createApiClient({ baseUrl: target.baseUrl, session: hostSession({ accountId: 'demo', token, now: clock.nowMs }) }),
      login: () => requestToken(credentials),
    });
  });

  afterEach(async () => {
    await stop?.();
    stop = null;
  });

  return target;
}

export async function fixture(name: 'pexels-gons3.jpg' | 'checkout-screen.png' | 'add-to-cart-flow.webm' | 'style-guide.pdf') {
  return loadFixtureFromDisk(name);
}

/** Raw fetch with auth headers, for checking the wire format itself. */
export async function rawFetch(target: MockTarget, path: string, init: RequestInit = {}) {
  const token = await target.login();
  return fetch(`${target.baseUrl}${path}`, {
    ...init,
    headers: { 'X-Auth-Token': token, 'X-Auth-AccountId': 'demo', ...(init.headers as Record<string, string>) },
  });
}
