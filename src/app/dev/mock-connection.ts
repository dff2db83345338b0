import { connect, type Connection } from '../connection';
import { fetchDemoSegments } from './demo-segments';
import { MockMenu } from './mock-menu';

/** The mock's public demo account (README). Only development builds contain it. */
const MOCK_CREDENTIALS = { accountId: 'demo', apiKey: 'demo-key' } as const;

export const DEMO_TARGET = { scope: 'pr7214', segmentId: 27665601 } as const;

export function connectToMock(): Promise<Connection> {
  return connect(window.location.origin, MOCK_CREDENTIALS.accountId, MOCK_CREDENTIALS.apiKey, true);
}

/**
 * Everything the app does only with the built-in mock. `import.meta.env.DEV` is `false` in a
 * production build (MODE 'production'), so this object is `null` there and its modules are
 * dropped; the end-to-end build (`--mode e2e`) keeps it.
 */
export const devMock = import.meta.env.DEV || import.meta.env.MODE === 'e2e'
  ? { connect: connectToMock, Menu: MockMenu, target: DEMO_TARGET, fetchSegments: fetchDemoSegments }
  : null;
