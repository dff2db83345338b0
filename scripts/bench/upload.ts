import type { Browser, Page } from '@playwright/test';
import { manyFiles, sizedFile } from './files';
import { BASELINE_DIST, BASELINE_ORIGIN, collectGarbage, demoToken, dropFromDisk, newPage, openElement, type MockServer } from './harness';
import { cpuSoFar } from './process-cpu';
import { median } from './stats';

export interface ThroughputRun {
  files: number;
  bytes: number;
  /** The median run. */
  ms: number;
  mbPerSecond: number;
  /** The fastest and slowest run: how much one machine varies from run to run. */
  fastestMs: number;
  slowestMs: number;
  /** The median CPU time of Chromium's renderer and GPU processes during a run (script, layout,
   * paint, raster): what the page itself costs, beside a server on the same cores. Null without /proc. */
  pageCpuMs: number | null;
  /** The median CPU time of everything during a run: all of Chromium, and the bench's own process
   * (the mock server, Playwright). Where the cores are all busy, a run's time follows this. */
  allCpuMs: number | null;
}

export interface UploadResult {
  label: string;
  /** The panel at its default, four uploads at once. */
  panel: ThroughputRun;
  /** The panel told `concurrency: 6` (what Chromium allows per host). */
  panel6: ThroughputRun;
  /** The panel at 4 with `persist-key`, as the standalone app runs: it also copies the files of
   * waiting uploads into IndexedDB, so that a reload loses none. */
  panelKept: ThroughputRun;
  ratioKept: number;
  /** The panel at 4, hidden (`display: none`) right after the drop: the queue, its requests and
   * its renders without style, layout, paint or raster. What showing the uploads costs, beside
   * what the rest of the panel costs. */
  panelHidden: ThroughputRun;
  ratioHiddenToTwoSteps: number;
  ratioKeptToTwoSteps: number;
  raw1: ThroughputRun;
  raw6: ThroughputRun;
  /** Raw XHR upload then attach per file, four at a time: the protocol's own cost. */
  raw4TwoSteps: ThroughputRun;
  /** The same, six at a time (what Chromium allows per host). */
  raw6TwoSteps: ThroughputRun;
  /** The panel against the faster of the two: what the panel itself adds. */
  ratioToTwoSteps: number;
  /** With `BENCH_BASELINE_DIST`: that build's panel (default concurrency) in the same rounds, and its ratio. */
  baseline?: ThroughputRun;
  baselineRatioToTwoSteps?: number;
  /**
   * What the panel costs beyond the protocol, per file: its CPU minus that of the faster raw
   * upload + attach, over the files (ms). `all` is everything on the machine (the bench's
   * process with the mock server included): where the run is bound by CPU, time follows it.
   */
  extraCpuMsPerFile: { page: number; all: number } | null;
  /** Panel against the best raw concurrency. */
  ratio: number;
  ratio6: number;
}


const SEGMENT = 27665610;
/** Where the raw two-step runs attach (names repeat between rounds: the mock replaces them). */
const RAW_SEGMENT = 27665611;

function run(files: number, bytes: number, times: number[], pageCpu: number[] = [], allCpu: number[] = []): ThroughputRun {
  const ms = median(times);
  return {
    files, bytes, ms: Math.round(ms), mbPerSecond: Math.round((bytes / 1024 / 1024 / (ms / 1000)) * 10) / 10,
    fastestMs: Math.round(Math.min(...times)), slowestMs: Math.round(Math.max(...times)),
    pageCpuMs: pageCpu.length ? Math.round(median(pageCpu)) : null,
    allCpuMs: allCpu.length ? Math.round(median(allCpu)) : null,
  };
}

/**
 * The same files, sent by plain XHR to the same media endpoint, `concurrency` at a time. With
 * `attach`, each upload is followed by the attach call, as the protocol wants: the cost of the
 * two steps themselves, without the panel. Each upload names its file in the URL
 * (`?filename=`, as the documented call), unless `nameInUrl` is false: then only in its
 * multipart part, and every upload has the same URL (one CORS preflight for all, as the panel).
 */
export async function rawUpload(
  page: Page, server: Pick<MockServer, 'url'>, paths: string[], concurrency: number, { attach = false, nameInUrl = true } = {},
): Promise<number> {
  await page.evaluate(() => {
    document.getElementById('raw-files')?.remove();
    const input = Object.assign(document.createElement('input'), { type: 'file', multiple: true, id: 'raw-files' });
    input.style.display = 'none';
    document.body.append(input);
  });
  await page.locator('#raw-files').setInputFiles(paths);
  const token = await demoToken(server);
  return page.evaluate(async ({ api, limit, twoSteps, segment, token, nameInUrl }) => {
    const files = [...(document.getElementById('raw-files') as HTMLInputElement).files!];
    const upload = (file: File) => new Promise<string>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${api}/api/media/upload${nameInUrl ? `?filename=${encodeURIComponent(file.name)}` : ''}`);
      xhr.setRequestHeader('X-Auth-Token', token);
      xhr.setRequestHeader('X-Auth-AccountId', 'demo');
      xhr.onload = () => (xhr.status === 200 ? resolve(JSON.parse(xhr.responseText).result.token) : reject(new Error(`HTTP ${xhr.status}`)));
      xhr.onerror = () => reject(new Error('network'));
      const form = new FormData();
      form.append('file', file, file.name);
      xhr.send(form);
    });
    const send = async (file: File) => {
      const fileToken = await upload(file);
      if (!twoSteps) return;
      const response = await fetch(`${api}/api/resources/assets/${segment}?scope=pr7214`, {
        method: 'POST',
        headers: { 'X-Auth-Token': token, 'X-Auth-AccountId': 'demo', 'Content-Type': 'application/json' },
        body: JSON.stringify({ filetoken: fileToken }),
      });
      if (!response.ok) throw new Error(`attach: HTTP ${response.status}`);
    };
    const start = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(limit, files.length) }, async () => {
      while (next < files.length) await send(files[next++]!);
    }));
    return performance.now() - start;
  }, { api: server.url, limit: concurrency, twoSteps: attach, segment: RAW_SEGMENT, token, nameInUrl });
}

/**
 * The same files through the panel: dropped from the disk (Chromium's own drag pipeline), until
 * "N of N uploaded" is in the DOM. The watcher must not tax the page it measures: not polling
 * each frame (a requestAnimationFrame loop makes the page draw 60 frames a second that the raw
 * runs do not draw), and not a MutationObserver on the whole panel (every row, bar and text the
 * list changes would queue a record and a callback). A 20 ms timer finds the summary line once it
 * exists; from then on an observer watches that line alone.
 */
export async function panelUpload(page: Page, paths: string[], { hidden = false } = {}): Promise<number> {
  await page.evaluate(watchUploadsDone, new Intl.NumberFormat('en').format(paths.length));
  if (hidden) await page.evaluate(hideAfterDrop);
  await dropFromDisk(page, paths);
  return page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
}

/** In the page: `window.benchDone` resolves with the time from the drop event to "N of N uploaded" (N as the panel writes it, "1,000"). */
export function watchUploadsDone(count: string): void {
  const w = window as unknown as { benchDone?: Promise<number> };
  const root = document.querySelector('segment-asset-panel')!.shadowRoot!;
  w.benchDone = new Promise((resolve) => {
    let start = 0;
    const done = (line: Element) => line.textContent?.startsWith(`${count} of ${count} uploaded`);
    const watch = (line: Element) => {
      if (done(line)) return resolve(performance.now() - start);
      const observer = new MutationObserver(() => {
        if (!done(line)) return;
        observer.disconnect();
        resolve(performance.now() - start);
      });
      observer.observe(line, { subtree: true, childList: true, characterData: true });
    };
    const find = () => {
      const line = root.querySelector('.sap-uploads-summary');
      if (line) watch(line);
      else setTimeout(find, 20);
    };
    // The clock starts with the drop event, as the user lets go.
    document.addEventListener('drop', () => {
      start = performance.now();
      find();
    }, { once: true, capture: true });
  });
}

/** In the page: the panel is hidden once the drop event has reached it (its handlers ran; the files are its). */
function hideAfterDrop(): void {
  document.addEventListener('drop', () => setTimeout(() => {
    document.querySelector<HTMLElement>('segment-asset-panel')!.style.display = 'none';
  }), { once: true, capture: true });
}

/**
 * The runs of one round: turned by one each round, so no kind is always first or last, and
 * backwards every other round, so no kind always follows the same other kind (a run pays for
 * what the one before left behind: the browser freeing a 100 MB upload's blobs, say; with a
 * fixed order the panel at 4 always came right after raw upload + attach at 6, and measured
 * slower than the same panel at 6 even for one file).
 */
export function roundOrder<T>(kinds: readonly T[], round: number): T[] {
  const turned = kinds.map((_, i) => kinds[(i + round) % kinds.length]!);
  return round % 2 === 1 ? turned.reverse() : turned;
}

type RunName = 'raw1' | 'raw6' | 'raw4TwoSteps' | 'raw6TwoSteps' | 'panel4' | 'panel6' | 'panelKept' | 'panelHidden' | 'baseline4';
const ALL_RUNS: RunName[] = ['raw1', 'raw6', 'raw4TwoSteps', 'raw6TwoSteps', 'panel4', 'panel6', 'panelKept', 'panelHidden', 'baseline4'];
const noRuns = (): Record<RunName, number[]> => Object.fromEntries(ALL_RUNS.map((name) => [name, []])) as unknown as Record<RunName, number[]>;

let keptRuns = 0;

/** The custom element's attributes for a run; `persist-key` new each time (never the records of a run before). */
function attributesOf(name: RunName): Record<string, string> {
  return {
    concurrency: name === 'panel6' ? '6' : '4',
    ...(name === 'panelKept' && { 'persist-key': `bench-${(keptRuns += 1)}` }),
  };
}

/**
 * Raw at 1 and 6, raw two-step at 4 and 6, the panel at 4, at 6, at 4 keeping files for a reload
 * and at 4 hidden after the drop, `rounds` times over; the median of each is reported. Every run
 * starts alike: an emptied mock (what earlier runs stored is dropped and collected, so no run pays
 * for another's garbage) and a freshly loaded page; the order (roundOrder) turns each round and
 * runs backwards every other round. The panel's time runs from the drop to "N of N uploaded" in
 * the DOM (on screen, but for the hidden run): it includes reading the dropped files, one attach
 * call per file and the rendering; the raw time is the media upload of already chosen files alone.
 */
export async function benchUpload(
  browser: Browser, server: MockServer, label: string, paths: string[], bytesEach: number, rounds: number,
  { skip = [] }: { skip?: RunName[] } = {},
): Promise<UploadResult> {
  const page = await newPage(browser);
  const total = paths.length * bytesEach;
  const order = ALL_RUNS.filter((name) => !skip.includes(name) && (name !== 'baseline4' || BASELINE_DIST));
  const times = noRuns();
  const pageCpu = noRuns();
  const allCpu = noRuns();
  const measure: Record<RunName, () => Promise<number>> = {
    raw1: () => rawUpload(page, server, paths, 1),
    raw6: () => rawUpload(page, server, paths, 6),
    raw4TwoSteps: () => rawUpload(page, server, paths, 4, { attach: true }),
    raw6TwoSteps: () => rawUpload(page, server, paths, 6, { attach: true }),
    panel4: () => panelUpload(page, paths),
    panel6: () => panelUpload(page, paths),
    panelKept: () => panelUpload(page, paths),
    panelHidden: () => panelUpload(page, paths, { hidden: true }),
    baseline4: () => panelUpload(page, paths),
  };
  // A warm-up, unmeasured: the first upload of a process pays for things no later one does.
  await openElement(page, server, SEGMENT);
  await rawUpload(page, server, paths.slice(0, Math.min(4, paths.length)), 6);
  for (let round = 0; round < rounds; round += 1) {
    for (const name of roundOrder(order, round)) {
      await server.runtime.context.reset();
      collectGarbage();
      await openElement(page, server, SEGMENT, attributesOf(name), name === 'baseline4' ? BASELINE_ORIGIN : undefined);
      await page.getByText('No context yet').waitFor();
      const before = cpuSoFar();
      times[name].push(await measure[name]());
      const after = cpuSoFar();
      if (before && after) {
        pageCpu[name].push(after.page - before.page);
        allCpu[name].push(after.all - before.all);
      }
    }
  }
  await page.close();
  const of = (name: RunName) => (times[name].length ? run(paths.length, total, times[name], pageCpu[name], allCpu[name]) : run(0, 0, [NaN]));
  const [raw1, raw6, panel, panel6, panelKept, panelHidden, raw4TwoSteps, raw6TwoSteps] = (['raw1', 'raw6', 'panel4', 'panel6', 'panelKept', 'panelHidden', 'raw4TwoSteps', 'raw6TwoSteps'] as const).map(of);
  // From the times, not the rounded MB/s (1,000 files of 2 KB are 0.1 MB/s either way).
  const fastest = (...runs: ThroughputRun[]) => Math.min(...runs.map((r) => r.ms).filter((ms) => ms > 0));
  const best = fastest(raw1!, raw6!);
  const bestTwoSteps = fastest(raw4TwoSteps!, raw6TwoSteps!);
  const bestTwoStepsRun = raw4TwoSteps!.ms === bestTwoSteps ? raw4TwoSteps! : raw6TwoSteps!;
  const perFile = (a: number | null, b: number | null) => (a === null || b === null ? NaN : Math.round(((a - b) / paths.length) * 100) / 100);
  const extraCpuMsPerFile = panel!.pageCpuMs === null ? null : {
    page: perFile(panel!.pageCpuMs, bestTwoStepsRun.pageCpuMs),
    all: perFile(panel!.allCpuMs, bestTwoStepsRun.allCpuMs),
  };
  const ratio = (a: ThroughputRun, bestMs: number) => Math.round((bestMs / a.ms) * 100) / 100;
  const baseline = times.baseline4.length ? of('baseline4') : undefined;
  return {
    label, panel: panel!, panel6: panel6!, panelKept: panelKept!, panelHidden: panelHidden!, raw1: raw1!, raw6: raw6!, raw4TwoSteps: raw4TwoSteps!, raw6TwoSteps: raw6TwoSteps!,
    ratioToTwoSteps: ratio(panel!, bestTwoSteps),
    extraCpuMsPerFile,
    ratioKept: ratio(panelKept!, best),
    ratioKeptToTwoSteps: ratio(panelKept!, bestTwoSteps),
    ratioHiddenToTwoSteps: ratio(panelHidden!, bestTwoSteps),
    ratio: ratio(panel!, best),
    ratio6: ratio(panel6!, best),
    ...(baseline && { baseline, baselineRatioToTwoSteps: ratio(baseline, bestTwoSteps) }),
  };
}

export const uploadCases = () => ({
  single: { label: 'one 100 MB file', paths: [sizedFile('single-100mb.bin', 100 * 1024 * 1024)], bytesEach: 100 * 1024 * 1024, rounds: 15 },
  batch: { label: '100 files of 1 MB', paths: manyFiles('batch', 100, 1024 * 1024), bytesEach: 1024 * 1024, rounds: Number(process.env.BENCH_BATCH_ROUNDS ?? 5) },
  /** A folder of screenshots: two requests a file, so the reference is raw upload + attach. */
  small: {
    label: '1,000 files of 2 KB', paths: manyFiles('small', 1000, 2048, 'png'), bytesEach: 2048,
    rounds: Number(process.env.BENCH_SMALL_ROUNDS ?? 5), skip: ['raw1', 'raw6'] as RunName[],
  },
});
