import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The custom element as a host serves it: built into a folder of its own (never dist/, which
 * `npm run build` owns), served by a plain static server, put on a host page. Shared by the
 * specs that test the shipped element's files (ocr-builds, cross-origin).
 */
export const ROOT = new URL('../../', import.meta.url).pathname;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.gz': 'application/gzip', '.wasm': 'application/wasm' };

/** `vite build -c vite.lib.config.ts --mode element` into `dir`. */
export function buildElement(dir: string): void {
  execFileSync('npx', ['vite', 'build', '-c', 'vite.lib.config.ts', '--mode', 'element', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

/** A host page that loads the element's module from `elementUrl` (relative, or on another origin). */
export const hostPage = (elementUrl: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="${elementUrl}"></script></head><body><main id="host"></main></body></html>`;

interface ServeOptions {
  /** Pages answered at these paths instead of files. */
  pages?: Record<string, string>;
  /** `Access-Control-Allow-Origin: *` on every answer, as a CDN sends it. */
  cors?: boolean;
}

export interface Served {
  server: Server;
  origin: string;
  /** Every URL the server was asked for, as it saw them. */
  served: string[];
}

/** A plain static server of one folder (null: pages only) on 127.0.0.1, on a port of its own: an origin of its own. */
export function serveFolder(folder: string | null, { pages = {}, cors = false }: ServeOptions = {}): Promise<Served> {
  const served: string[] = [];
  let origin = '';
  const server = createServer((request, response) => {
    served.push(`${origin}${request.url ?? '/'}`);
    const headers: Record<string, string> = cors ? { 'Access-Control-Allow-Origin': '*' } : {};
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const page = pages[path];
    if (page !== undefined) {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(page);
      return;
    }
    const file = folder && normalize(join(folder, path));
    if (!file || !file.startsWith(folder)) {
      response.writeHead(file ? 403 : 404, headers).end();
      return;
    }
    readFile(file).then(
      (bytes) => response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(bytes),
      () => response.writeHead(404, headers).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    resolve({ server, origin, served });
  }));
}

interface ElementOptions {
  api: string;
  token: string;
  segmentId: number;
  segmentText?: { source: string };
}

/** Waits for the element's definition, then adds a panel on `segmentId` to the host page's `#host`. */
export async function mountElement(page: Page, options: ElementOptions): Promise<void> {
  await page.waitForFunction(() => !!customElements.get('segment-asset-panel'));
  await page.evaluate(({ api, token, segmentId, segmentText }) => {
    const element = document.createElement('segment-asset-panel') as HTMLElement & { token: string; segmentText?: object };
    for (const [name, value] of Object.entries({ 'api-base-url': api, 'account-id': 'demo', scope: 'pr7214', 'segment-id': String(segmentId), 'ui-language': 'en' })) element.setAttribute(name, value);
    if (segmentText) element.segmentText = segmentText;
    element.token = token;
    document.getElementById('host')!.append(element);
  }, options);
}

const READING = { timeout: 90_000 };

const ENGINE_FILES = [/\/ocr-worker-[^/]+\.js$/, /\/worker\.min-[^/]+\.js$/, /\/tesseract-core-(simd-)?lstm\.wasm-[^/]+\.js$/, /\/eng\.traineddata-[^/]+\.gz$/];

/**
 * Every request the page made went to `origin` or the mock API (no CDN), and `origin`'s server
 * answered each of the engine's files. The files are looked for in the server's own list
 * (`served`): the browser's request events missed, in one CI run of twenty, the WebAssembly core
 * that tesseract's worker (a worker inside a worker) imports, although the text was found.
 */
export function expectEngineFrom(requested: readonly string[], served: readonly string[], origin: string, api: string) {
  expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith(api) && !/^(blob|data):/.test(url))).toEqual([]);
  for (const file of ENGINE_FILES) {
    expect(served.filter((url) => url.startsWith(origin) && file.test(url)), String(file)).not.toHaveLength(0);
  }
}

/** "Find the string" on the image `name` finds its "Place order" button (text recognition at work). */
export async function findPlaceOrder(scope: Page | Locator, name: string) {
  await scope.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  const dialog = scope.getByRole('dialog', { name });
  await dialog.getByRole('button', { name: 'Mark the string' }).click();
  await dialog.getByRole('button', { name: 'Find the string' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Found in 1 place.' })).toBeVisible(READING);
  await expect(dialog.locator('.sap-marking-proposal')).toHaveCount(1);
}
