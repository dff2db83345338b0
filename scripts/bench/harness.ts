import type { ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startMockHttpServer } from '../../mocks/http/server';
import { requestToken } from '../../src/api/auth';
import { dropPaths, dropzone } from './drag';
import { spawnTied, stopProcessGroup } from './tied-child';
import { chromiumLaunchOptions } from '../chromium.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
/**
 * `BENCH_OUT_DIR=<folder>`: the bench builds into that folder (the app, and the custom element
 * into its `lib/`) and serves it, leaving dist/ alone; with a port of its own
 * (`BENCH_PREVIEW_PORT`), a bench runs beside another build or bench.
 */
export const OUT_DIR = resolve(process.env.BENCH_OUT_DIR || `${ROOT}dist`);
export const PREVIEW_PORT = Number(process.env.BENCH_PREVIEW_PORT ?? 4317);
export const PREVIEW_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
/**
 * `BENCH_BASELINE_DIST=<folder>`: another production build (the same code with one change
 * undone, say) served beside dist/ on the next port, so that the gallery part measures both in
 * one run, their pages taking turns: a before and after that the machine's load falls on alike.
 */
export const BASELINE_DIST = process.env.BENCH_BASELINE_DIST || null;
export const BASELINE_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT + 1}`;

/**
 * A page with nothing but the built custom element, served from dist/ beside the app (served,
 * not faked by Playwright: Chromium lets only a page from the loopback call the loopback mock).
 */
export const BENCH_PAGE = 'bench-element.html';

/** `vite preview` of the production build (built first unless BENCH_SKIP_BUILD is set), or of the baseline build. */
export async function startPreview(baseline = false): Promise<ChildProcess> {
  if (baseline) {
    writeBenchPage(resolve(BASELINE_DIST!));
    return servePreview(['--outDir', BASELINE_DIST!], PREVIEW_PORT + 1);
  }
  if (!process.env.BENCH_SKIP_BUILD || !existsSync(`${OUT_DIR}/index.html`)) {
    if (OUT_DIR === resolve(`${ROOT}dist`)) {
      // The whole build: the app, and dist/lib (the custom element is measured too).
      await run('npm', ['run', 'build', '--silent']);
    } else {
      // Only what the bench serves: the app, and the custom element beside it.
      await run('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn']);
      await run('npx', ['vite', 'build', '-c', 'vite.lib.config.ts', '--mode', 'element', '--outDir', `${OUT_DIR}/lib`, '--logLevel', 'warn']);
    }
  }
  writeBenchPage(OUT_DIR);
  return servePreview(['--outDir', OUT_DIR], PREVIEW_PORT);
}

function writeBenchPage(dir: string) {
  writeFileSync(`${dir}/${BENCH_PAGE}`,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head>'
    + '<body><script type="module" src="/lib/element.js"></script><main id="host"></main></body></html>');
}

async function servePreview(args: string[], port: number): Promise<ChildProcess> {
  // Tied to this process: it ends with the bench, however the bench ends (tied-child.ts).
  const child = spawnTied('npx', ['vite', 'preview', ...args, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdout: 'pipe' });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(String(port))) resolve();
    });
    child.once('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
  return child;
}

export { stopProcessGroup };

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnTied(command, args, { cwd: ROOT });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** `alsoAnswersTo`: `host:port` of a proxy in front of it. */
export function startMock(alsoAnswersTo: string[] = []) {
  return startMockHttpServer({ port: 0, allowedOrigins: [PREVIEW_ORIGIN, ...(BASELINE_DIST ? [BASELINE_ORIGIN] : [])], alsoAnswersTo });
}

export type MockServer = Awaited<ReturnType<typeof startMock>>;

/** A token of the demo account, asked for here in Node (the page is handed it). */
export function demoToken(server: Pick<MockServer, 'url'>): Promise<string> {
  return requestToken({ baseUrl: server.url, accountId: 'demo', apiKey: 'demo-key' });
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * A full collection in this process, where the mock server runs: the bytes an earlier run left
 * there are freed now, not in the middle of the next measurement.
 */
export function collectGarbage(): void {
  gc();
}

export async function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions(['--enable-precise-memory-info', '--js-flags=--expose-gc']));
}

/**
 * A page for measuring. tsx (esbuild) wraps named functions in `__name(...)`, which then travels
 * inside every function given to page.evaluate: the page gets a harmless definition of it.
 */
export async function newPage(browser: Browser, viewport = { width: 1360, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(BENCH_NAME_SHIM);
  return page;
}

export const BENCH_NAME_SHIM = 'window.__name = (fn) => fn;';

/** Opens the production app on a segment of the mock server, signed in through its form. */
export async function openApp(page: Page, server: MockServer, query: string, origin = PREVIEW_ORIGIN): Promise<void> {
  await page.goto(`${origin}/?server=${encodeURIComponent(server.url)}&${query}`);
  await page.getByRole('textbox', { name: 'Account ID' }).fill('demo');
  await page.getByRole('textbox', { name: 'API key' }).fill('demo-key');
  // The server came with the link: the form sends nothing until its origin is trusted.
  await page.getByRole('checkbox', { name: /^I trust .* with my API key$/ }).check();
  await page.getByRole('button', { name: 'Connect' }).click();
}

export { takeLongTasks, watchLongTasks } from './long-tasks';

/**
 * The custom element of the production build on the bench page, signed in, on `segmentId`.
 * Extra attributes (concurrency, …) as given.
 */
export async function openElement(
  page: Page, server: Pick<MockServer, 'url'>, segmentId: number, attributes: Record<string, string> = {}, origin = PREVIEW_ORIGIN,
): Promise<void> {
  await page.goto(`${origin}/${BENCH_PAGE}`);
  await page.waitForFunction(() => !!customElements.get('segment-asset-panel'));
  const token = await demoToken(server);
  await page.evaluate(({ api, segment, extra, token }) => {
    const element = document.createElement('segment-asset-panel') as HTMLElement & { token: string };
    const all = { 'api-base-url': api, 'account-id': 'demo', scope: 'pr7214', 'segment-id': String(segment), ...extra };
    for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
    element.token = token;
    document.getElementById('host')!.replaceChildren(element);
  }, { api: server.url, segment: segmentId, extra: attributes, token });
}

/** A drop of files from the disk on the panel's drop target, through Chromium's own drag pipeline. */
export function dropFromDisk(page: Page, paths: string[]): Promise<void> {
  return dropPaths(dropzone(page), paths);
}
