/**
 * `npx tsx scripts/ocr/bench.ts [filter]`: "Find the string" measured on the OCR test set
 * (tests/fixtures/ocr, made by make-screens.ts). Starts the dev server, reads every screenshot in
 * Chromium with the panel's own recognition code (src/features/gallery/ocr/read-text.ts: the
 * worker, tesseract.js and the models as the build serves them), then scores the readings
 * (score.ts): per language, strings found (IoU ≥ 0.5), false proposals per screenshot, "find
 * all", and the time from the request to the words: first use (engine and model load) and warm.
 * Writes the readings to bench-results/ocr-readings.json (score-file.ts scores them again).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { OcrPage } from '../../src/domain/find-string';
import { printScores, scoreReadings } from './score';
import type { OcrTruth } from './truth';

const ROOT = new URL('../../', import.meta.url).pathname;
const PORT = Number(process.env.OCR_BENCH_PORT ?? 5231);
const truth = JSON.parse(readFileSync(`${ROOT}tests/fixtures/ocr/truth.json`, 'utf8')) as OcrTruth;
const filter = process.argv[2] ?? '';

const server = spawn('npx', ['vite', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true, env: { ...process.env, E2E: '1' } });
const stop = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.once('exit', stop);
await new Promise<void>((resolve) => server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(String(PORT)) && resolve()));

const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
// A page of the server's origin with no module of its own (so no reload when a source file changes).
await page.goto(`http://127.0.0.1:${PORT}/tests/fixtures/ocr/truth.json`);
interface Reading { file: string; language: string; ms: number; first: boolean; page: OcrPage }
const readings: Reading[] = [];
let previous = '';
for (const shot of truth.shots.filter((s) => s.file.includes(filter))) {
  const result = await page.evaluate(async ({ file, language }) => {
    // The dev server's module, as the panel loads it (a path only the browser resolves).
    const module = '/src/features/gallery/ocr/read-text.ts';
    const { readText } = await import(/* @vite-ignore */ module) as typeof import('../../src/features/gallery/ocr/read-text');
    const blob = await (await fetch(`/tests/fixtures/ocr/${file}`)).blob();
    const start = performance.now();
    const read = await readText(blob, language);
    return { ms: performance.now() - start, page: read };
  }, { file: shot.file, language: shot.language });
  readings.push({ file: shot.file, language: shot.language, ms: result.ms, first: shot.language !== previous, page: result.page });
  previous = shot.language;
  console.error(`${shot.file}: ${Math.round(result.ms)} ms, ${result.page.words.length} words`);
}
await browser.close();
stop();

mkdirSync(`${ROOT}bench-results`, { recursive: true });
const byLanguage: Record<string, Reading[]> = {};
for (const r of readings) (byLanguage[r.language] ??= []).push(r);
writeFileSync(`${ROOT}bench-results/ocr-readings.json`, JSON.stringify(Object.fromEntries(Object.entries(byLanguage).map(([l, rs]) => [l, { results: rs }]))));
printScores('OCR test set, tesseract.js 7 (two readings per image), matching by src/domain/find-string.ts', scoreReadings(truth, new Map(readings.map((r) => [r.file, r.page]))));
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const times = (rs: Reading[]) => `median ${Math.round(median(rs.map((r) => r.ms)))} ms, max ${Math.round(Math.max(...rs.map((r) => r.ms)))} ms`;
console.log(`  first use (engine and model load, then reading): ${Math.round(readings[0]?.ms ?? NaN)} ms`);
for (const [language, rs] of Object.entries(byLanguage)) {
  const rest = rs.filter((r) => r !== readings[0]);
  // Each language's model is loaded again when the language changes (the shots alternate): counted in.
  console.log(`  ${language}: 1400×900 (1x) ${times(rest.filter((r) => r.file.includes('-1x.')))}; 2800×1800 (2x) ${times(rest.filter((r) => r.file.includes('-2x.')))}`);
}
