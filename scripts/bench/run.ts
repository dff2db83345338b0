/**
 * `npm run bench`: the production build in Chromium against the mock's HTTP server. Prints a
 * table and writes bench-results/latest.json (and a dated copy). Parts: upload throughput against
 * raw XHR (on loopback, and small files over a 40 ms round trip), 1,000-asset galleries (plain tiles, images, images with 500 marked: the same run, scrolled by time), a 1,000-file drop, a 1 GB upload's heap, the build's sizes,
 * text recognition on the OCR test set (`ocr`, in a dev server of its own; `npm run bench:ocr` runs it alone).
 * `npm run bench -- upload gallery` runs only those parts.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { buildReport, type ProductSize } from '../build-report.mjs';
import { benchDrop, type DropResult } from './drop';
import { benchGallery, type GalleryResult } from './gallery';
import { galleryTargets, printGallery } from './gallery-report';
import type { Browser } from '@playwright/test';
import { BASELINE_DIST, BASELINE_ORIGIN, launch, ROOT, startMock, startPreview, stopProcessGroup, type MockServer } from './harness';
import { benchHeap, type HeapResult } from './heap';
import { benchUpload, uploadCases, type ThroughputRun, type UploadResult } from './upload';
import { benchDistantUpload, type DistantResult, type DistantRun } from './upload-distant';
import { benchOcr, ocrTargets, printOcr, type OcrBenchResult } from '../ocr/ocr-bench';

const PARTS = ['upload', 'gallery', 'drop', 'heap', 'size', 'ocr'] as const;
const wanted = process.argv.slice(2).filter((a) => (PARTS as readonly string[]).includes(a));
const parts = wanted.length ? wanted : [...PARTS];

interface Results {
  date: string;
  machine: { cpus: number; model: string; node: string; chromium: string };
  upload?: UploadResult[];
  /** Small files through a proxy that adds a network's round trip to every request. */
  uploadDistant?: DistantResult;
  /** Plain tiles, images, and images with half of them marked: the same run, pages taking turns. */
  gallery?: GalleryResult;
  drop?: DropResult;
  /** With BENCH_BASELINE_DIST: the same drop on the baseline build, right after. */
  dropBaseline?: DropResult;
  heap?: HeapResult;
  size?: ProductSize[];
  /** Text recognition on the OCR test set (scripts/ocr: `npm run bench:ocr` runs this part alone). */
  ocr?: OcrBenchResult;
  targets: { target: string; value: string; met: boolean }[];
  /** Parts that threw: their figures are missing. */
  failed: { part: string; error: string }[];
}

// Every child ends when the bench ends, however it ends: a failed run (no Chromium, a broken
// build, Ctrl+C) must not leave `vite preview` holding its port for the next run.
let preview: ChildProcess | null = null;
let baselinePreview: ChildProcess | null = null;
const stopPreview = () => {
  for (const child of [preview, baselinePreview]) if (child) stopProcessGroup(child);
  preview = null;
  baselinePreview = null;
};
process.once('exit', stopPreview);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    stopPreview();
    process.exit(130);
  });
}

const results: Results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', node: process.version, chromium: '' },
  targets: [],
  failed: [],
};
const target = (name: string, value: string, met: boolean) => results.targets.push({ target: name, value, met });
const step = (name: string) => console.error(`\u2026 ${name}`);

/** A part that fails is reported, and the others still run and are written: one broken part must not lose the rest. */
async function part(name: (typeof PARTS)[number], run: () => Promise<void>): Promise<void> {
  if (!parts.includes(name)) return;
  try {
    await run();
  } catch (error) {
    results.failed.push({ part: name, error: String(error).split('\n')[0]! });
    console.error(`${name} failed:`, error);
  }
}

let server: MockServer | null = null;
let browser: Browser | null = null;
try {
  preview = await startPreview();
  if (BASELINE_DIST && (parts.includes('gallery') || parts.includes('upload') || parts.includes('drop'))) baselinePreview = await startPreview(true);
  // Named again for the parts' closures (which do not see the narrowing of the outer `let`s).
  const mock = (server = await startMock());
  const chromium = (browser = await launch());
  results.machine.chromium = chromium.version();
  await part('upload', async () => {
    const cases = uploadCases();
    // `BENCH_UPLOAD_CASES=small,batch`: only those (single, batch, small, distant).
    const only = process.env.BENCH_UPLOAD_CASES?.split(',').map((c) => c.trim());
    const runs = (name: keyof typeof cases | 'distant') => !only || only.includes(name);
    results.upload = [];
    if (runs('single')) {
      step(`upload: one 100 MB file (${cases.single.rounds} rounds)`);
      const single = await benchUpload(chromium, mock, cases.single.label, cases.single.paths, cases.single.bytesEach, cases.single.rounds);
      results.upload.push(single);
      target('single file: panel / raw >= 0.9', single.ratio.toFixed(2), single.ratio >= 0.9);
      target('single file: panel / raw upload + attach >= 0.95', single.ratioToTwoSteps.toFixed(2), single.ratioToTwoSteps >= 0.95);
    }
    if (runs('batch')) {
      step(`upload: 100 files of 1 MB (${cases.batch.rounds} rounds)`);
      const batch = await benchUpload(chromium, mock, cases.batch.label, cases.batch.paths, cases.batch.bytesEach, cases.batch.rounds);
      results.upload.push(batch);
      target('batch: panel / best raw >= 0.8', batch.ratio.toFixed(2), batch.ratio >= 0.8);
      target('batch: panel / raw upload + attach >= 0.95', batch.ratioToTwoSteps.toFixed(2), batch.ratioToTwoSteps >= 0.95);
    }
    if (runs('small')) {
      const { small } = cases;
      step(`upload: 1,000 files of 2 KB (${small.rounds} rounds)`);
      const result = await benchUpload(chromium, mock, small.label, small.paths, small.bytesEach, small.rounds, { skip: small.skip });
      results.upload.push(result);
      target('1,000 small files: panel / raw upload + attach >= 0.8', result.ratioToTwoSteps.toFixed(2), result.ratioToTwoSteps >= 0.8);
    }
    if (runs('distant')) {
      step('upload: 100 files of 2 KB over a 40 ms round trip (3 rounds, a fresh browser context each run)');
      results.uploadDistant = await benchDistantUpload(chromium);
    }
  });
  await part('gallery', async () => {
    step('gallery: 1,000 plain tiles, 1,000 images, 1,000 images with 500 marked (turn about)');
    results.gallery = await benchGallery(chromium, mock, 1000, Number(process.env.BENCH_GALLERY_RUNS ?? 3));
    results.targets.push(...galleryTargets(results.gallery));
  });
  await part('drop', async () => {
    step(`drop: 1,000 small files (${process.env.BENCH_DROP_RUNS ?? 3} drops)`);
    const drop = await benchDrop(chromium, mock, 1000);
    results.drop = drop;
    if (BASELINE_DIST) results.dropBaseline = await benchDrop(chromium, mock, 1000, BASELINE_ORIGIN);
    target('1,000 files dropped: the panel\'s script in the drop task < 10 ms', `${drop.panelScriptInLongestTaskMs} ms (median of ${drop.runs}: ${drop.ranges.panelScriptInLongestTaskMs.join('-')})`, drop.panelScriptInLongestTaskMs < 10);
    const after = Math.max(drop.longestTaskAfterDropWhileQueueingMs, drop.longestTaskWhileUploadingMs);
    target('1,000 files dropped: no task over 50 ms after the drop task', `${drop.longestTaskAfterDropWhileQueueingMs} ms listing, ${drop.longestTaskWhileUploadingMs} ms uploading`, after <= 50);
    target('no task over 100 ms when 1,000 files are dropped', `${drop.longestTaskWhileQueueingMs} ms (empty page: ${drop.longestTaskOnEmptyPageMs} ms; panel script in it: ${drop.panelScriptInLongestTaskMs} ms)`, drop.longestTaskWhileQueueingMs <= 100);
  });
  await part('heap', async () => {
    step('heap: one 1 GB file');
    const heap = await benchHeap(chromium, mock);
    results.heap = heap;
    target('heap growth under 50 MB for a 1 GB file', `${heap.heapGrowthMB} MB`, heap.heapGrowthMB < 50);
  });
  await part('size', async () => {
    const { sizes } = await buildReport();
    results.size = sizes;
    // Each product's first load against its budget (the build fails past one: build-report.mjs).
    for (const s of sizes) {
      if (s.budgetBytes === null) continue;
      target(`${s.name.replace(/ \(.*/, '')} first load <= ${s.budgetBytes / 1024} KB gzip`, `${(s.firstLoadBytes / 1024).toFixed(1)} KB`, s.firstLoadBytes <= s.budgetBytes);
    }
  });
  await part('ocr', async () => {
    step('ocr: "Find the string" on the OCR test set (its own dev server)');
    results.ocr = await benchOcr({ log: () => undefined });
    results.targets.push(...ocrTargets(results.ocr));
  });
} finally {
  await browser?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  stopPreview();
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const line = (...cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(44) : c.padStart(12))).join(' '));
console.log(`\nSegment asset panel benchmarks \u2014 ${results.date} \u2014 ${results.machine.cpus} \u00d7 ${results.machine.model}, Chromium ${results.machine.chromium}, Node ${results.machine.node}\n`);
for (const u of results.upload ?? []) {
  console.log(`Upload, ${u.label} (median of rounds; MB/s; page CPU: Chromium's renderer and GPU processes, ms; all CPU: all of Chromium, the mock server and Playwright, ms):`);
  line('', 'ms', 'MB/s', 'ratio', 'page CPU', 'all CPU');
  const upload = u.raw1.files > 0;
  const cpu = (r: ThroughputRun) => [r.pageCpuMs === null ? '' : String(r.pageCpuMs), r.allCpuMs === null ? '' : String(r.allCpuMs)];
  if (upload) line('  raw XHR, 1 at a time', String(u.raw1.ms), String(u.raw1.mbPerSecond), '', ...cpu(u.raw1));
  if (upload) line('  raw XHR, 6 at a time', String(u.raw6.ms), String(u.raw6.mbPerSecond), '', ...cpu(u.raw6));
  line('  raw XHR upload + attach, 4 at a time', String(u.raw4TwoSteps.ms), String(u.raw4TwoSteps.mbPerSecond), '', ...cpu(u.raw4TwoSteps));
  line('  raw XHR upload + attach, 6 at a time', String(u.raw6TwoSteps.ms), String(u.raw6TwoSteps.mbPerSecond), '', ...cpu(u.raw6TwoSteps));
  line('  panel (default, 4 at a time)', String(u.panel.ms), String(u.panel.mbPerSecond), upload ? u.ratio.toFixed(2) : '', ...cpu(u.panel));
  line('  panel, concurrency 6', String(u.panel6.ms), String(u.panel6.mbPerSecond), upload ? u.ratio6.toFixed(2) : '', ...cpu(u.panel6));
  line('  panel / best raw upload + attach', '', '', u.ratioToTwoSteps.toFixed(2));
  line('  panel, files kept for a reload', String(u.panelKept.ms), String(u.panelKept.mbPerSecond), upload ? u.ratioKept.toFixed(2) : '', ...cpu(u.panelKept));
  line('  … / best raw upload + attach', '', '', u.ratioKeptToTwoSteps.toFixed(2));
  line('  panel, hidden after the drop (nothing drawn)', String(u.panelHidden.ms), String(u.panelHidden.mbPerSecond), '', ...cpu(u.panelHidden));
  line('  … / best raw upload + attach', '', '', u.ratioHiddenToTwoSteps.toFixed(2));
  if (u.baseline) line('  baseline build\'s panel (BENCH_BASELINE_DIST)', String(u.baseline.ms), String(u.baseline.mbPerSecond), u.baselineRatioToTwoSteps!.toFixed(2), ...cpu(u.baseline));
  if (u.extraCpuMsPerFile) console.log(`  the panel's CPU beyond the best raw upload + attach, per file: page ${u.extraCpuMsPerFile.page} ms, all ${u.extraCpuMsPerFile.all} ms`);
  console.log(`  run to run (fastest-slowest ms): raw two-step at 6 ${u.raw6TwoSteps.fastestMs}-${u.raw6TwoSteps.slowestMs}, panel ${u.panel.fastestMs}-${u.panel.slowestMs}`);
}
if (results.uploadDistant) {
  const d = results.uploadDistant;
  console.log(`Upload, ${d.label} (a proxy in front of the mock; median of rounds; preflights: CORS OPTIONS of the media upload):`);
  line('', 'ms', 'fastest', 'slowest', 'preflights');
  const row = (name: string, r: DistantRun) => line(name, String(r.ms), String(r.fastestMs), String(r.slowestMs), String(r.preflights));
  row('  raw upload + attach at 6, names in URLs', d.rawNamed6);
  row('  raw upload + attach at 6, names in parts', d.raw6);
  row('  panel, concurrency 6', d.panel6);
  row('  panel (default, 4 at a time)', d.panel4);
  if (d.baseline4) row('  baseline build (BENCH_BASELINE_DIST), at 4', d.baseline4);
  console.log(`  panel at 6 / raw at 6, names in parts: ${d.ratio6.toFixed(2)}`);
}
if (results.gallery) printGallery(results.gallery);
for (const [d, which] of [[results.drop, ''], [results.dropBaseline, ' (baseline build)']] as const) {
  if (!d) continue;
  const range = (key: keyof typeof d.ranges) => `${d[key]} ms (${d.ranges[key].join('-')})`;
  console.log(`\nDropping 1,000 files of 2 KB at once${which} (${d.runs} drops, each on a fresh page: medians (fastest-slowest); "after" figures: the longest of all):`);
  line('  until all are queued (listed)', `${d.msUntilAllQueued} ms`);
  line('  longest task while queueing', range('longestTaskWhileQueueingMs'));
  line('  … after the drop\'s own task', `${d.longestTaskAfterDropWhileQueueingMs} ms`);
  line('  … the same drop on an empty page', range('longestTaskOnEmptyPageMs'));
  line('  … the panel’s script inside that task', range('panelScriptInLongestTaskMs'));
  line('  uploads list renders until queued', String(d.listRendersUntilQueued));
  line('  until all are uploaded', `${d.msUntilAllUploaded} ms`);
  line('  longest task while uploading', `${d.longestTaskWhileUploadingMs} ms`);
  line('  uploads list renders until uploaded', String(d.listRendersUntilUploaded));
}
if (results.heap) {
  const h = results.heap;
  console.log('\nOne 1 GB file through the mock HTTP server:');
  line('  time', `${h.ms} ms`);
  line('  JS heap before / peak', `${h.heapBeforeMB} MB`, `${h.heapPeakMB} MB`);
  line('  growth', `${h.heapGrowthMB} MB`);
}
if (results.size) {
  console.log('\nBuild outputs, JavaScript gzip -9 (first load / loaded later):');
  for (const s of results.size) line(`  ${s.name.replace(/ \(.*/, '')}`, kb(s.firstLoadBytes), kb(s.laterBytes));
}
if (results.ocr) {
  console.log('');
  printOcr(results.ocr);
}
for (const f of results.failed) console.log(`\nFAILED part ${f.part}: ${f.error}`);
console.log('\nTargets:');
for (const t of results.targets) console.log(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.target.padEnd(52)} ${t.value}`);

mkdirSync(`${ROOT}bench-results`, { recursive: true });
const json = JSON.stringify(results, null, 2);
writeFileSync(`${ROOT}bench-results/latest.json`, json);
writeFileSync(`${ROOT}bench-results/${results.date.replace(/[:.]/g, '-')}.json`, json);
console.log('\nWritten: bench-results/latest.json');
if (results.failed.length) process.exitCode = 1;
