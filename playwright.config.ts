import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium where present (Playwright cannot download a browser here), else Playwright's own. */
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE
  ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 5199);
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: APP_ORIGIN,
    viewport: { width: 1200, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // The dev server: the app with MSW's worker, as `npm run dev` serves it.
    command: `npx vite --port ${APP_PORT} --strictPort --host 127.0.0.1`,
    url: APP_ORIGIN,
    reuseExistingServer: !process.env.CI,
    env: { VITE_API_BASE_URL: '', E2E: '1' },
    timeout: 60_000,
  },
});
