import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 5199);
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;

/**
 * What the tests open: by default the end-to-end build (the app with its built-in mock, the demo
 * editor and the test pages, `vite build --mode e2e` into dist-e2e) served as static files. A dev
 * server compiling modules on demand missed the tests' waits on a busy machine; static files
 * answer at once. `E2E_DEV=1` uses the dev server instead (quicker while editing: no build).
 */
const useDevServer = !!process.env.E2E_DEV;
const serveApp = useDevServer
  ? `npx vite --port ${APP_PORT} --strictPort --host 127.0.0.1`
  : `npx vite build --mode e2e --logLevel warn && npx vite preview --mode e2e --port ${APP_PORT} --strictPort --host 127.0.0.1`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One browser per core: more would only queue on this 2-core machine, and a test's own waits
  // (previews, uploads) are what slow down when workers fight for CPU.
  workers: process.env.CI ? 2 : undefined,
  // Limits, not waits: every test waits on states; these only decide when a stuck test fails,
  // with room for a machine that runs at half speed.
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: APP_ORIGIN,
    viewport: { width: 1200, height: 800 },
    trace: 'retain-on-failure',
    // Debian's Chromium where present (Playwright cannot download a browser here), else Playwright's own.
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: serveApp,
    url: APP_ORIGIN,
    reuseExistingServer: !process.env.CI,
    env: { VITE_API_BASE_URL: '', E2E: '1' },
    timeout: 180_000,
  },
});
