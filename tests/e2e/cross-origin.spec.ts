import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { startMockHttpServer } from '../../mocks/http/server';
import { requestToken } from '../../src/api/auth';
import { expect, test } from './fixtures';
import { fixture } from './lightbox-helpers';
import { attachOnServer, SCREEN } from './marks-helpers';
import { buildElement, expectEngineFrom, findPlaceOrder, hostPage, mountElement, serveFolder } from './served-build';

/**
 * The usual CDN integration: the custom element's folder served from one origin (with CORS
 * headers, as a module script from another origin needs anyway) and the host page from another.
 * A browser starts a worker only from its page's origin; the panel starts its workers from a
 * blob: module of the page's that imports the worker's file from the CDN (worker-url.ts). Here
 * the thumbnail worker, pdf.js's worker and the text recognition (its worker, tesseract's worker
 * inside it, the engine and the model) all run from the CDN's files. The element is built into a
 * folder of its own; `E2E_ELEMENT_DIR=<folder>` serves a build made elsewhere instead (a build
 * of other code, to compare).
 */
const OUT = join(tmpdir(), `sap-cross-origin-${process.pid}`);
const SEGMENT = 27665614;

type MockServer = Awaited<ReturnType<typeof startMockHttpServer>>;

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

let dir = '';
const servers: Server[] = [];
const mocks: MockServer[] = [];

test.beforeAll(() => {
  test.setTimeout(240_000);
  dir = process.env.E2E_ELEMENT_DIR ?? join(OUT, 'lib');
  if (!process.env.E2E_ELEMENT_DIR) buildElement(dir);
});

test.afterAll(async () => {
  for (const server of servers) server.close();
  await Promise.all(mocks.map((m) => m.close()));
  await rm(OUT, { recursive: true, force: true });
});

/** The element's folder on a CDN origin, a host page (`csp`: its Content-Security-Policy) on another, the mock API allowing the page. */
async function crossOriginHost(page: Page, csp?: string) {
  const cdn = await serveFolder(dir, { cors: true });
  const head = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '';
  const host = await serveFolder(null, { pages: { '/host.html': hostPage(`${cdn.origin}/element.js`).replace('<head>', `<head>${head}`) } });
  servers.push(cdn.server, host.server);
  expect(cdn.origin).not.toBe(host.origin);
  const mock = await startMockHttpServer({ port: 0, allowedOrigins: [host.origin] });
  mocks.push(mock);
  attachOnServer(mock, SEGMENT, 'hosted.png', SCREEN, 'image/png', null);
  attachOnServer(mock, SEGMENT, 'style-guide.pdf', fixture('style-guide.pdf'), 'application/pdf', null);
  const token = await requestToken({ baseUrl: mock.url, accountId: 'demo', apiKey: 'demo-key' });

  // The blob: modules the page makes for scripts (the workers' trampolines), to read and check later.
  await page.addInitScript(() => {
    const made: { url: string; blob: Blob }[] = [];
    Object.assign(window, { workerModules: made });
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object);
      if (object instanceof Blob && object.type === 'text/javascript') made.push({ url, blob: object });
      return url;
    };
  });
  const requested: string[] = [];
  page.context().on('request', (request) => requested.push(request.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${host.origin}/host.html`);
  await mountElement(page, { api: mock.url, token, segmentId: SEGMENT, segmentText: { source: 'Place order' } });
  const panel = page.locator('segment-asset-panel');
  return { cdn: cdn.origin, served: cdn.served, host: host.origin, api: mock.url, requested, errors, panel, grid: panel.getByRole('grid', { name: 'Assets' }) };
}

/** Type and size of the picture an <img> shows. */
const picture = (image: Locator) =>
  image.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return { width: img.naturalWidth, type: (await (await fetch(img.src)).blob()).type };
  });

test('the element served from a CDN: thumbnails, PDF pages and text recognition run in workers from the CDN\'s files', async ({ page }) => {
  const { cdn, served, host, api, requested, errors, panel, grid } = await crossOriginHost(page);

  // A thumbnail made in the worker: 640 pixels wide, JPEG (the full image is an opaque 800-pixel PNG).
  const tile = grid.getByRole('img', { name: 'hosted.png', exact: true });
  await expect(tile).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => picture(tile)).toEqual({ width: 640, type: 'image/jpeg' });
  // A PDF's first page, drawn by pdf.js in its worker.
  const pdfPage = grid.locator('img.sap-pdf-page');
  await expect(pdfPage).toHaveAttribute('alt', 'style-guide.pdf');
  await expect(pdfPage).toHaveAttribute('src', /^blob:/);
  expect(await picture(pdfPage)).toMatchObject({ type: 'image/png' });

  // Both workers' files came from the CDN; the workers run from blob: modules of the page's
  // origin, each importing its file by its absolute URL, and revoked once the worker started.
  for (const file of [/\/assets\/thumbnail-worker-[^/]+\.js$/, /\/assets\/pdf-worker-[^/]+\.js$/]) {
    expect(served.filter((url) => file.test(url)), String(file)).not.toHaveLength(0);
  }
  expect(page.workers().filter((worker) => worker.url().startsWith(`blob:${host}/`)).length).toBeGreaterThanOrEqual(2);
  const modules = await page.evaluate(() => Promise.all((window as unknown as { workerModules: { url: string; blob: Blob }[] }).workerModules.map(async ({ url, blob }) => ({
    text: await blob.text(),
    revoked: await fetch(url).then(() => false, () => true),
  }))));
  const imported = modules.map((m) => m.text.match(/^import "(.+\/assets\/[a-z]+-worker)-[\w-]+\.js";\n/)?.[1]);
  expect(imported.sort()).toEqual([`${cdn}/assets/pdf-worker`, `${cdn}/assets/thumbnail-worker`]);
  expect(modules.every((m) => m.revoked)).toBe(true);

  // Text recognition too: its worker, tesseract's worker inside it, the engine and the model, all from the CDN.
  await findPlaceOrder(panel, 'hosted.png');
  expectEngineFrom(requested.filter((url) => !url.startsWith(host)), served, cdn, api);
  expect(errors).toEqual([]);
});

test('a host whose Content-Security-Policy refuses blob: workers: tiles show the full image and the PDF its icon', async ({ page }) => {
  const { cdn, requested, grid } = await crossOriginHost(page, "worker-src 'self'");
  const tile = grid.getByRole('img', { name: 'hosted.png', exact: true });
  await expect(tile).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => picture(tile)).toEqual({ width: 800, type: 'image/png' });
  // pdf.js was loaded for the tile (it tried), its worker refused: the type icon, no spinner left.
  await expect.poll(() => requested.some((url) => url.startsWith(`${cdn}/chunks/pdf-engine-`))).toBe(true);
  const pdfTile = grid.getByRole('gridcell', { name: /^style-guide\.pdf,/ });
  await expect(pdfTile.locator('.sap-file-icon')).toBeVisible();
  await expect(pdfTile.locator('.sap-preview-loading, img.sap-pdf-page')).toHaveCount(0);
});
