import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview as vitePreview, type PreviewServer } from 'vite';
import { startMockHttpServer } from '../../mocks/http/server';
import { requestToken } from '../../src/api/auth';
import { test } from './fixtures';
import { attachOnServer, SCREEN } from './marks-helpers';
import { buildElement, expectEngineFrom, findPlaceOrder, hostPage, mountElement, ROOT, serveFolder } from './served-build';

/**
 * The text recognition's files (worker, WebAssembly core, models) come from the build itself, in
 * both shipped forms: the app as `vite preview` serves its production build (what
 * `npm run preview` does with dist/), and the custom element's folder as a host serves it. Each
 * is built here into a folder of its own (never dist/, which `npm run build` owns) and served on
 * a port of its own; "Find the string" must find "Place order" with every file from there.
 */
const OUT = join(tmpdir(), `sap-ocr-builds-${process.pid}`);

type MockServer = Awaited<ReturnType<typeof startMockHttpServer>>;

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

let preview: PreviewServer | null = null;
let folder: Server | null = null;
const mocks: MockServer[] = [];

test.afterAll(async () => {
  await preview?.close();
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
  // Vite's own preview server (what `vite preview` runs), told to note every URL it is asked for.
  const served: string[] = [];
  preview = await vitePreview({
    root: ROOT, mode: 'e2e', logLevel: 'error', build: { outDir: dir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    plugins: [{
      name: 'note-served',
      configurePreviewServer(server) {
        server.middlewares.use((request, _response, next) => {
          served.push(`${origin}${request.url ?? '/'}`);
          next();
        });
      },
    }],
  });
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
  expectEngineFrom(requested, served, origin, mock.url);
});

test('the built custom element loads the engine from beside element.js, wherever the host serves the folder', async ({ page }) => {
  const dir = join(OUT, 'lib');
  buildElement(dir);
  const served = await serveFolder(dir, { pages: { '/host.html': hostPage('./element.js') } });
  folder = served.server;
  const mock = await startMockHttpServer({ port: 0, allowedOrigins: [served.origin] });
  mocks.push(mock);
  attachOnServer(mock, 27665614, 'hosted.png', SCREEN, 'image/png', null);
  const token = await requestToken({ baseUrl: mock.url, accountId: 'demo', apiKey: 'demo-key' });

  const requested: string[] = [];
  page.context().on('request', (request) => requested.push(request.url()));
  await page.goto(`${served.origin}/host.html`);
  await mountElement(page, { api: mock.url, token, segmentId: 27665614, segmentText: { source: 'Place order' } });
  const panel = page.locator('segment-asset-panel');
  await findPlaceOrder(panel, 'hosted.png');
  expectEngineFrom(requested, served.served, served.origin, mock.url);
});
