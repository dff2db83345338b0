import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { onTestFinished } from 'vitest';
import { createApiClient } from '../../src/api/client';
import { credentialSession } from '../../src/api/session';
import { createNodeMock } from '../../mocks/node';

export const MOCK_BASE = 'https://wordbee.mock';

/** A seeded mock on msw/node and a client signed in as demo: a fresh pair per test, stopped when the test finishes. */
export async function startMock({ seed = true } = {}) {
  const mock = await createNodeMock({ seed });
  mock.server.listen({ onUnhandledRequest: 'error' });
  const client = createApiClient({
    baseUrl: MOCK_BASE,
    session: credentialSession({ baseUrl: MOCK_BASE, accountId: 'demo', apiKey: 'demo-key' }),
  });
  const stop = () => mock.server.close();
  onTestFinished(stop);
  return { ...mock, client, stop };
}

export type Mock = Awaited<ReturnType<typeof startMock>>;

export function renderUi(ui: ReactElement) {
  return render(ui);
}
