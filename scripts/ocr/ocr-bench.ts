/**
 * The OCR benchmark, as `npm run bench:ocr` (bench.ts) and the `ocr` part of `npm run bench` run
 * it: starts the dev server, reads every screenshot of the test set (tests/fixtures/ocr, made by
 * make-screens.ts) in Chromium with the panel's own recognition code (read-text.ts: the worker,
 * tesseract.js and the models as the build serves them), then scores the readings (score.ts).
 * Shots are read language by language, so each language's first shot carries its model's load
 * (the very first also the engine's) and the others are warm.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { OcrPage, OcrWord } from '../../src/domain/find-string';
import { spawnTied, stopProcessGroup } from '../bench/tied-child';
import { printScores, scoreOverview, scoreReadings, type LanguageScore, type OverviewScore } from './score';
import type { OcrTruth } from './truth';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface OcrReading { file: string; language: string; ms: number; first: boolean; page: OcrPage & { passes?: OcrWord[][] } }

export interface OcrTimes {
  language: string;
  /** The language's first shot: its model loaded (the first language: the engine too), then read. */
  firstUseMs: number;
  /** Warm: 1400×900 and 2800×1800 screenshots, median and slowest. */
  warm1x: { median: number; max: number; count: number };
  warm2x: { median: number; max: number; count: number };
}

export interface OcrBenchResult {
  shots: number;
  scores: LanguageScore[];
  overview: OverviewScore[];
  times: OcrTimes[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const spread = (values: number[]) => ({ median: Math.round(median(values)), max: values.length ? Math.round(Math.max(...values)) : NaN, count: values.length });

export async function benchOcr(options: { filter?: string; port?: number; log?: (line: string) => void } = {}): Promise<OcrBenchResult> {
  const { filter = '', port = Number(process.env.OCR_BENCH_PORT ?? 5231), log = (line: string) => console.error(line) } = options;
  const truth = JSON.parse(readFileSync(`${ROOT}tests/fixtures/ocr/truth.json`, 'utf8')) as OcrTruth;
  // Tied to this process: the dev server ends with the bench however it ends (scripts/bench/tied-child.ts).
  const server = spawnTied('npx', ['vite', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdout: 'pipe', env: { ...process.env, E2E: '1' } });
  const stop = () => stopProcessGroup(server);
  process.once('exit', stop);
  const readings: OcrReading[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('exit', (code) => reject(new Error(`The dev server ended (${code}).`)));
      server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(String(port)) && resolve());
    });
    const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      // A page of the server's origin with no module of its own (so no reload when a source file changes).
      await page.goto(`http://127.0.0.1:${port}/tests/fixtures/ocr/truth.json`);
      const order = ['en', 'de', 'fr'];
      const shots = truth.shots.filter((s) => s.file.includes(filter)).sort((a, b) => order.indexOf(a.language) - order.indexOf(b.language));
      let previous = '';
      for (const shot of shots) {
        const result = await page.evaluate(async ({ file, language }) => {
          // The dev server's module, as the panel loads it (a path only the browser resolves).
          const module = '/src/features/gallery/ocr/read-text.ts';
          const { readText } = await import(/* @vite-ignore */ module) as typeof import('../../src/features/gallery/ocr/read-text');
          const blob = await (await fetch(`/tests/fixtures/ocr/${file}`)).blob();
          const start = performance.now();
          const read = await readText(blob, language, { keepPasses: true });
          return { ms: performance.now() - start, page: read };
        }, { file: shot.file, language: shot.language });
        readings.push({ file: shot.file, language: shot.language, ms: result.ms, first: shot.language !== previous, page: result.page });
        previous = shot.language;
        log(`${shot.file}: ${Math.round(result.ms)} ms, ${result.page.words.length} words`);
      }
    } finally {
      await browser.close();
    }
  } finally {
    stop();
  }

  mkdirSync(`${ROOT}bench-results`, { recursive: true });
  const byLanguage: Record<string, OcrReading[]> = {};
  for (const r of readings) (byLanguage[r.language] ??= []).push(r);
  // Each reading's two passes are kept too: another way of merging them can be scored without reading again.
  writeFileSync(`${ROOT}bench-results/ocr-readings.json`, JSON.stringify(Object.fromEntries(Object.entries(byLanguage).map(([l, rs]) => [l, { results: rs }]))));
  const pages = new Map(readings.map((r) => [r.file, r.page as OcrPage]));
  const times = Object.entries(byLanguage).map(([language, rs]): OcrTimes => {
    const warm = rs.filter((r) => !r.first);
    return {
      language,
      firstUseMs: Math.round(rs.find((r) => r.first)?.ms ?? NaN),
      warm1x: spread(warm.filter((r) => r.file.includes('-1x.')).map((r) => r.ms)),
      warm2x: spread(warm.filter((r) => r.file.includes('-2x.')).map((r) => r.ms)),
    };
  });
  return { shots: readings.length, scores: scoreReadings(truth, pages), overview: scoreOverview(truth, pages), times };
}

export function printOcr(result: OcrBenchResult): void {
  printScores(`OCR test set (${result.shots} screenshots), tesseract.js 7 (two readings per image, a third of text in flat boxes read unsurely), matching by src/domain/find-string.ts`, result.scores, result.overview);
  console.log('  time from the request to the words:');
  for (const [i, t] of result.times.entries()) {
    const warm = (w: OcrTimes['warm1x']) => (w.count ? `median ${w.median} ms, max ${w.max} ms` : 'none');
    console.log(`    ${t.language}: first use ${t.firstUseMs} ms (${i === 0 ? 'engine and model load' : 'model load'}, then reading); warm 1400×900 ${warm(t.warm1x)}; 2800×1800 ${warm(t.warm2x)}`);
  }
}

/** The goals, per language. */
export function ocrTargets(result: OcrBenchResult): { target: string; value: string; met: boolean }[] {
  const targets: { target: string; value: string; met: boolean }[] = [];
  for (const s of result.scores) {
    const share = (100 * s.found) / s.strings;
    targets.push({ target: `ocr ${s.language}: strings found >= 90 %`, value: `${share.toFixed(1)} %`, met: share >= 90 });
    targets.push({ target: `ocr ${s.language}: false proposals <= 0.2 per shot`, value: s.falsePerShot.toFixed(2), met: s.falsePerShot <= 0.2 });
  }
  for (const t of result.times) {
    if (t.warm1x.count) targets.push({ target: `ocr ${t.language}: warm 1400×900 within 3 s (median)`, value: `${t.warm1x.median} ms`, met: t.warm1x.median <= 3000 });
  }
  for (const o of result.overview) targets.push({ target: `ocr ${o.language}: find all, ${o.shown} of 30 shown: >= ${o.shown - 1} right, <= 1 wrong`, value: `${o.right} right, ${o.wrong} wrong`, met: o.met });
  return targets;
}
