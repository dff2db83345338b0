import { test as base, expect } from '@playwright/test';
import { startMockHttpServer } from '../../mocks/http/server';
import { APP_ORIGIN } from '../../playwright.config';

type MockServer = Awaited<ReturnType<typeof startMockHttpServer>>;

/**
 * `mockServer`: a fresh mock over real sockets for this test alone (its own data and faults),
 * allowing the app's origin. Tests that only need the everyday worker mode do not ask for it.
 */
export const test = base.extend<{ mockServer: MockServer }>({
  mockServer: async ({}, use) => {
    const server = await startMockHttpServer({ port: 0, allowedOrigins: [APP_ORIGIN] });
    await use(server);
    await server.close();
  },
});

export { expect };

/** Signs in through the connection form, as a user of a real server would. */
export async function connectTo(page: import('@playwright/test').Page, serverUrl: string, query = '') {
  await page.goto(`/?server=${encodeURIComponent(serverUrl)}${query ? `&${query}` : ''}`);
  await page.getByLabel('Account ID').fill('demo');
  await page.getByLabel('API key').fill('demo-key');
  await page.getByRole('button', { name: 'Connect' }).click();
}
