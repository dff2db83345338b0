// What a production build holds: mock code where it must not be, and gzip sizes.
// Products: the standalone app (index.html), the iframe panel (embed.html), the React entry
// (dist/lib/asset-panel.js) and the custom element (dist/lib/element.js). Each is followed
// through its imports, static and dynamic, so what is checked is exactly what can load. Each has
// a budget for its first load (gzip): `npm run build` fails when one is over it.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
// Strings only the mock holds: MSW, its worker, the mock's control routes, the demo key.
const MOCK_MARKERS = ['mockServiceWorker', 'setupWorker', 'msw/browser', '__mock/', 'demo-key', 'Throttling error', 'wordbee-mock'];
// Not even the demo editor (a host page, which may talk to the mock server) ships MSW.
const MSW_MARKERS = ['mockServiceWorker', 'setupWorker', 'msw/browser'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * First-load budgets, gzip -9 (issue 15): 100 KB for each page a user opens (the standalone app,
 * the iframe panel, a host page's custom element); the React entry, without the host's React,
 * 75 KB (it was 75.6 KB unminified; 67.7 KB minified and split, so room for some sentences).
 */
export const BUDGETS = {
  standalone: 100 * 1024,
  iframe: 100 * 1024,
  react: 75 * 1024,
  element: 100 * 1024,
};
const gzip = (text) => gzipSync(text, { level: 9 }).length;

/**
 * Each file read, decoded and gzipped once per report: products share chunks, and every file is
 * looked at more than once (imports, markers, sizes).
 */
function fileCache() {
  const bytes = new Map();
  const texts = new Map();
  const gzipped = new Map();
  const once = (map, key, make) => {
    if (!map.has(key)) map.set(key, make());
    return map.get(key);
  };
  const read = (file) => once(bytes, file, () => readFile(file));
  return {
    text: (file) => once(texts, file, async () => (await read(file)).toString('utf8')),
    gzipSize: (file) => once(gzipped, file, async () => gzip(await read(file))),
  };
}

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

function imports(code, file) {
  const found = { static: [], dynamic: [] };
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) found.static.push(resolve(dirname(file), m[1]));
  for (const m of code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) found.dynamic.push(resolve(dirname(file), m[1]));
  return found;
}

/** A bundle: its first-load files (entry + static imports) and what it may load later. */
async function bundle(cache, entries) {
  const initial = new Set();
  const later = new Set();
  const visit = async (file, lazy) => {
    if ((lazy ? later : initial).has(file) || (lazy && initial.has(file))) return;
    (lazy ? later : initial).add(file);
    const found = imports(await cache.text(file), file);
    for (const next of found.static) await visit(next, lazy);
    for (const next of found.dynamic) await visit(next, true);
  };
  for (const entry of entries) await visit(entry, false);
  for (const file of initial) later.delete(file);
  return { initial: [...initial], later: [...later] };
}

async function htmlEntries(cache, html) {
  const text = await cache.text(join(DIST, html));
  return [...text.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => join(DIST, m[1]));
}

async function sizeOf(cache, list) {
  let total = 0;
  for (const file of list) total += await cache.gzipSize(file);
  return total;
}

/** What a production build holds: problems (mock code where it must not be) and each product's gzip sizes. */
export async function buildReport() {
  const problems = [];
  const cache = fileCache();
  const products = {
    'standalone app (index.html)': await bundle(cache, await htmlEntries(cache, 'index.html')),
    'iframe panel (embed.html, preact/compat)': await bundle(cache, await htmlEntries(cache, 'embed.html')),
    'React entry (dist/lib/asset-panel.js, without react/react-dom)': await bundle(cache, [join(DIST, 'lib/asset-panel.js')]),
    'custom element (dist/lib/element.js, preact/compat inside)': await bundle(cache, [join(DIST, 'lib/element.js')]),
  };
  const budgets = [BUDGETS.standalone, BUDGETS.iframe, BUDGETS.react, BUDGETS.element];
  // Not shipped: the element with React inside, when built to compare (`--mode element-react`).
  if (existsSync(join(DIST, 'lib/element-react.js'))) {
    products['custom element with React (dist/lib/element-react.js, not shipped)'] = await bundle(cache, [join(DIST, 'lib/element-react.js')]);
  }

  for (const [name, { initial, later }] of Object.entries(products)) {
    for (const file of [...initial, ...later]) {
      const text = await cache.text(file);
      for (const marker of MOCK_MARKERS) if (text.includes(marker)) problems.push(`${name}: ${relative(DIST, file)} contains "${marker}"`);
    }
  }
  const everything = await files(DIST);
  for (const file of everything.filter((f) => /\.(js|html)$/.test(f))) {
    const text = await cache.text(file);
    for (const marker of MSW_MARKERS) if (text.includes(marker)) problems.push(`${relative(DIST, file)} contains "${marker}"`);
  }
  if (everything.some((f) => f.endsWith('mockServiceWorker.js'))) problems.push('mockServiceWorker.js was copied into dist');
  for (const file of ['lib/types/embed/index.d.ts', 'lib/types/embed/element.d.ts']) {
    if (!existsSync(join(DIST, file))) problems.push(`dist/${file} is missing`);
  }
  const sizes = [];
  for (const [index, [name, { initial, later }]] of Object.entries(products).entries()) {
    sizes.push({ name, firstLoadBytes: await sizeOf(cache, initial), laterBytes: await sizeOf(cache, later), budgetBytes: budgets[index] ?? null });
  }
  return { problems, sizes };
}

/** The products over their first-load budget, each said in one sentence. */
export function overBudget(sizes) {
  return sizes
    .filter((s) => s.budgetBytes !== null && s.firstLoadBytes > s.budgetBytes)
    .map((s) => `${s.name}: first load ${kb(s.firstLoadBytes)} gzip, over its budget of ${kb(s.budgetBytes)} by ${kb(s.firstLoadBytes - s.budgetBytes)}`);
}

export function printSizes(sizes) {
  console.log(`JavaScript, gzip -9:${' '.repeat(57)}first load   budget   loaded later`);
  for (const { name, firstLoadBytes, laterBytes, budgetBytes } of sizes) {
    const budget = budgetBytes === null ? '' : kb(budgetBytes);
    console.log(`  ${name.padEnd(74)} ${kb(firstLoadBytes).padStart(9)} ${budget.padStart(8)}   ${kb(laterBytes).padStart(9)}`);
  }
  console.log('  ("loaded later": the panel after connecting, the lightbox with its marking tools, PDF pages, text recognition,');
  console.log('   the German and French sentences, the segment list: each on first use; keeping uploads across a reload');
  console.log('   (IndexedDB) when a panel is told to, as the standalone app is)');
}
