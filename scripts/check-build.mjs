// After `vite build`: fails when any mock code reached dist, and prints the gzip size of the
// JavaScript a first visit loads (the entry script and its modulepreloads), plus every chunk.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;

// Strings that only the mock holds: MSW itself, the worker, the mock's control routes and demo key.
const MOCK_MARKERS = ['mockServiceWorker', 'setupWorker', 'msw/browser', '__mock/', 'demo-key', 'Throttling error', 'wordbee-mock'];

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

const all = await files(DIST);
const offenders = [];
for (const file of all.filter((f) => /\.(js|mjs|html|css)$/.test(f))) {
  const text = await readFile(file, 'utf8');
  for (const marker of MOCK_MARKERS) if (text.includes(marker)) offenders.push(`${relative(DIST, file)} contains "${marker}"`);
}
if (all.some((f) => f.endsWith('mockServiceWorker.js'))) offenders.push('mockServiceWorker.js was copied into dist');
if (offenders.length) {
  console.error(`Mock code reached the production build:\n  ${offenders.join('\n  ')}`);
  process.exit(1);
}

const html = await readFile(join(DIST, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]);
let initialGzip = 0;
console.log('\nProduction build: no mock code found.');
console.log('Initial JS of the standalone app (gzip -9):');
for (const src of initial) {
  const size = gzip(await readFile(join(DIST, src.replace(/^\//, ''))));
  initialGzip += size;
  console.log(`  ${src.padEnd(44)} ${kb(size)}`);
}
console.log(`  ${'total'.padEnd(44)} ${kb(initialGzip)}`);
const chunks = all.filter((f) => f.endsWith('.js') && !initial.some((src) => f.endsWith(src)));
console.log('Loaded later (lazy chunks: the panel after connecting, the lightbox on first open, …):');
let laterGzip = 0;
for (const file of chunks) {
  const size = gzip(await readFile(file));
  laterGzip += size;
  console.log(`  ${relative(DIST, file).padEnd(44)} ${kb(size)}`);
}
console.log(`  ${'total'.padEnd(44)} ${kb(laterGzip)}   (everything: ${kb(initialGzip + laterGzip)})`);
