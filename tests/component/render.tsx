import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { onTestFinished } from 'vitest';
import { createApiClient } from '../../src/api/client';
import { createPanelQueryClient } from '../../src/api/query-client';
import { credentialSession } from '../../src/api/auth';
import { createNodeMock } from '../../mocks/node';

export const MOCK_BASE = 'https://wordbee.mock';

/**
 * The panel's query cache without retries, so a failure shows at once (the panel's own waits
 * through its 1 s + 3 s retries); fresh per test.
 */
function testQueryClient(): QueryClient {
  const queryClient = createPanelQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  onTestFinished(() => queryClient.clear());
  return queryClient;
}

/**
 * A seeded mock on msw/node, a client signed in as demo and a query cache for the panel
 * (`queryClient`, without retries): fresh per test, stopped when the test finishes.
 */
export async function startMock({ seed = true } = {}) {
  const mock = await createNodeMock({ seed });
  mock.server.listen({ onUnhandledRequest: 'error' });
  const client = createApiClient({
    baseUrl: MOCK_BASE,
    session: credentialSession({ baseUrl: MOCK_BASE, accountId: 'demo', apiKey: 'demo-key' }),
  });
  const stop = () => mock.server.close();
  onTestFinished(stop);
  return { ...mock, client, queryClient: testQueryClient(), stop };
}

export type Mock = Awaited<ReturnType<typeof startMock>>;

export function renderUi(ui: ReactElement) {
  return render(ui);
}
