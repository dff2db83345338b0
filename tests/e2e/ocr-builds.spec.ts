import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { startMockHttpServer } from '../../mocks/http/server';
import { requestToken } from '../../src/api/auth';
import { expect, test } from './fixtures';
import { attachOnServer, SCREEN } from './marks-helpers';

/**
 * The text recognition's files (worker, WebAssembly core, models) come from the build itself, in
 * both shipped forms: the app as `vite preview` serves its production build (what
 * `npm run preview` does with dist/), and the custom element's folder as a host serves it. Each
 * is built here into a folder of its own (never dist/, which `npm run build` owns) and served on
 * a port of its own; "Find the string" must find "Place order" with every file from there.
 */
const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = join(tmpdir(), `sap-ocr-builds-${process.pid}`);
const READING = { timeout: 90_000 };

type MockServer = Awaited<ReturnType<typeof startMockHttpServer>>;

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.gz': 'application/gzip', '.wasm': 'application/wasm' };

/** A plain static server of one folder, as a host serves the element's files, with a host page at /host.html. */
function serveFolder(folder: string): Promise<{ server: Server; origin: string }> {
  const host = '<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="./element.js"></script></head><body><main id="host"></main></body></html>';
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/host.html') {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(host);
      return;
    }
    const file = normalize(join(folder, path));
    if (!file.startsWith(folder)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (bytes) => response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(bytes),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Every request the page made went to `origin` or the mock API (no CDN), and the engine's files were among them. */
function expectEngineFrom(requested: readonly string[], origin: string, api: string) {
  expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith(api) && !/^(blob|data):/.test(url))).toEqual([]);
  for (const file of [/\/ocr-worker-[^/]+\.js$/, /\/worker\.min-[^/]+\.js$/, /\/tesseract-core-(simd-)?lstm\.wasm-[^/]+\.js$/, /\/eng\.traineddata-[^/]+\.gz$/]) {
    expect(requested.filter((url) => url.startsWith(origin) && file.test(url)), String(file)).not.toHaveLength(0);
  }
}

async function findPlaceOrder(scope: Page | Locator, name: string) {
  await scope.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  const dialog = scope.getByRole('dialog', { name });
  await dialog.getByRole('button', { name: 'Mark the string' }).click();
  await dialog.getByRole('button', { name: 'Find the string' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Found in 1 place.' })).toBeVisible(READING);
  await expect(dialog.locator('.sap-marking-proposal')).toHaveCount(1);
}

let preview: ChildProcess | null = null;
let folder: Server | null = null;
const mocks: MockServer[] = [];

test.afterAll(async () => {
  if (preview?.pid) {
    try {
      process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // Gone already.
    }
  }
  folder?.close();
  await Promise.all(mocks.map((m) => m.close()));
  await rm(OUT, { recursive: true, force: true });
});

test('the app as `vite preview` serves its build loads the engine from that build', async ({ page }) => {
  const dir = join(OUT, 'app');
  // The end-to-end mode: a production build that also holds the demo segments' texts (a
  // production app gets them from no server); the engine's files are emitted the same way.
  execFileSync('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  preview = spawn('npx', ['vite', 'preview', '--mode', 'e2e', '--outDir', dir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore', detached: true });
  await expect.poll(() => fetch(origin).then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(200);
  const mock = await startMockHttpServer({ port: 0, allowedOrigins: [origin] });
  mocks.push(mock);
  attachOnServer(mock, 27665601, 'checkout.png', SCREEN, 'image/png', null);

  const requested: string[] = [];
  page.context().on('request', (request) => requested.push(request.url()));
  await page.goto(`${origin}/?server=${encodeURIComponent(mock.url)}&scope=pr7214&segment=27665601`);
  await page.getByRole('textbox', { name: 'Account ID' }).fill('demo');
  await page.getByRole('textbox', { name: 'API key' }).fill('demo-key');
  await page.getByRole('checkbox', { name: /^I trust .* with my API key$/ }).check();
  await page.getByRole('button', { name: 'Connect' }).click();
  await findPlaceOrder(page, 'checkout.png');
  expectEngineFrom(requested, origin, mock.url);
});

test('the built custom element loads the engine from beside element.js, wherever the host serves the folder', async ({ page }) => {
  const dir = join(OUT, 'lib');
  execFileSync('npx', ['vite', 'build', '-c', 'vite.lib.config.ts', '--mode', 'element', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  const served = await serveFolder(dir);
  folder = served.server;
  const mock = await startMockHttpServer({ port: 0, allowedOrigins: [served.origin] });
  mocks.push(mock);
  attachOnServer(mock, 27665614, 'hosted.png', SCREEN, 'image/png', null);
  const token = await requestToken({ baseUrl: mock.url, accountId: 'demo', apiKey: 'demo-key' });

  const requested: string[] = [];
  page.context().on('request', (request) => requested.push(request.url()));
  await page.goto(`${served.origin}/host.html`);
  await page.waitForFunction(() => !!customElements.get('segment-asset-panel'));
  await page.evaluate(({ api, token }) => {
    const element = document.createElement('segment-asset-panel') as HTMLElement & { token: string; segmentText: object };
    for (const [name, value] of Object.entries({ 'api-base-url': api, 'account-id': 'demo', scope: 'pr7214', 'segment-id': '27665614', 'ui-language': 'en' })) element.setAttribute(name, value);
    element.segmentText = { source: 'Place order' };
    element.token = token;
    document.getElementById('host')!.append(element);
  }, { api: mock.url, token });
  const panel = page.locator('segment-asset-panel');
  await findPlaceOrder(panel, 'hosted.png');
  expectEngineFrom(requested, served.origin, mock.url);
});
