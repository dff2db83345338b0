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

/**
 * Signs in through the connection form, as a user of a real server would: the server comes with
 * the link (`?server=`), so the user confirms they trust its origin first.
 */
export async function connectTo(page: import('@playwright/test').Page, serverUrl: string, query = '') {
  await page.goto(`/?server=${encodeURIComponent(serverUrl)}${query ? `&${query}` : ''}`);
  await fillCredentials(page);
  await trustLinkServer(page);
  await page.getByRole('button', { name: 'Connect' }).click();
}

/** Account ID and API key (by role: the trust checkbox's label names the API key too). */
export async function fillCredentials(page: import('@playwright/test').Page, apiKey = 'demo-key') {
  await page.getByRole('textbox', { name: 'Account ID' }).fill('demo');
  await page.getByRole('textbox', { name: 'API key' }).fill(apiKey);
}

/** Ticks "I trust <origin> with my API key", which a server from the link needs before any credential goes to it. */
export async function trustLinkServer(page: import('@playwright/test').Page) {
  await page.getByRole('checkbox', { name: /^I trust .* with my API key$/ }).check();
}
