import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { BENCH_DIR, manyFiles } from './files';
import { BENCH_PAGE, dropFromDisk, newPage, openElement, PREVIEW_ORIGIN, takeLongTasks, watchLongTasks, type MockServer } from './harness';
import { median } from './stats';

export interface DropResult {
  files: number;
  /** The same drop on an empty drop target: Chromium's own work for 1,000 dragged files. */
  longestTaskOnEmptyPageMs: number;
  /** Inside the longest task, the panel's own script (the drop event's handlers). */
  panelScriptInLongestTaskMs: number;
  /** From the drop until the uploads list holds every file. */
  msUntilAllQueued: number;
  longestTaskWhileQueueingMs: number;
  /** The longest task that began after the drop event (the drop's own task left out), until all are listed. */
  longestTaskAfterDropWhileQueueingMs: number;
  /** Commits to the uploads list (DOM mutation batches) until every file was listed. */
  listRendersUntilQueued: number;
  msUntilAllUploaded: number;
  longestTaskWhileUploadingMs: number;
  listRendersUntilUploaded: number;
  /** Drops measured (each on a fresh page, then on an empty one). Every figure above is the
   * median of the drops, except the two longest tasks after the drop: the longest of all drops. */
  runs: number;
  /** Fastest and slowest run of the drop task's figures: one drop is one sample, timed on the clock. */
  ranges: Record<'panelScriptInLongestTaskMs' | 'longestTaskWhileQueueingMs' | 'longestTaskOnEmptyPageMs', [number, number]>;
}

type OneDrop = Omit<DropResult, 'runs' | 'ranges'>;

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { name?: string } }

/** The longest main-thread task in a trace, and the longest event dispatch (script) inside it. */
function longestTask(path: string): { task: number; script: number } {
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.tid === main?.tid && e.pid === main?.pid && e.ph === 'X' && e.dur);
  const task = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur! - a.dur!)[0];
  if (!task) return { task: 0, script: 0 };
  const script = onMain
    .filter((e) => e.name === 'EventDispatch' && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!)
    .reduce((max, e) => Math.max(max, e.dur!), 0);
  return { task: Math.round(task.dur! / 1000), script: Math.round(script / 1000) };
}

async function traced<T>(browser: Browser, page: Page, run: () => Promise<T>): Promise<{ value: T; task: number; script: number }> {
  // Its own name: another bench on the machine may use the same folder.
  const path = join(BENCH_DIR, `drop-trace-${process.pid}-${Date.now()}.json`);
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const value = await run();
  await browser.stopTracing();
  const found = longestTask(path);
  rmSync(path, { force: true });
  return { value, ...found };
}

/**
 * A thousand small files dropped at once on the production custom element (of the build served at
 * `origin`), `runs` times (`BENCH_DROP_RUNS`, default 3).
 */
export async function benchDrop(
  browser: Browser, server: MockServer, count = 1000, origin = PREVIEW_ORIGIN, runs = Number(process.env.BENCH_DROP_RUNS ?? 3),
): Promise<DropResult> {
  const all: OneDrop[] = [];
  for (let run = 0; run < runs; run += 1) all.push(await dropOnce(browser, server, count, origin));
  const values = (key: keyof OneDrop) => all.map((drop) => drop[key]);
  const middle = Object.fromEntries((Object.keys(all[0]!) as (keyof OneDrop)[]).map((key) => [key, median(values(key))])) as OneDrop;
  const range = (key: keyof OneDrop): [number, number] => [Math.min(...values(key)), Math.max(...values(key))];
  return {
    ...middle,
    longestTaskAfterDropWhileQueueingMs: range('longestTaskAfterDropWhileQueueingMs')[1],
    longestTaskWhileUploadingMs: range('longestTaskWhileUploadingMs')[1],
    runs,
    ranges: {
      panelScriptInLongestTaskMs: range('panelScriptInLongestTaskMs'),
      longestTaskWhileQueueingMs: range('longestTaskWhileQueueingMs'),
      longestTaskOnEmptyPageMs: range('longestTaskOnEmptyPageMs'),
    },
  };
}

async function dropOnce(browser: Browser, server: MockServer, count: number, origin: string): Promise<OneDrop> {
  await server.runtime.context.reset();
  // Screenshots: the drop this panel exists for.
  const paths = manyFiles('screenshot', count, 2048, 'png');
  const page = await newPage(browser);
  await watchLongTasks(page);
  await openElement(page, server, 27665612, {}, origin);
  await page.getByText('No context yet').waitFor();
  await page.evaluate((n) => {
    const root = document.querySelector('segment-asset-panel')!.shadowRoot!;
    const w = window as unknown as { drop: Record<string, number> };
    w.drop = { renders: 0 };
    // Each batch of mutations of the uploads section is one React commit that touched it.
    let watched: Element | null = null;
    const onUploads = new MutationObserver(() => {
      w.drop.renders! += 1;
    });
    new MutationObserver(() => {
      const uploads = root.querySelector('.sap-uploads');
      if (uploads && uploads !== watched) {
        watched = uploads;
        w.drop.renders! += 1;
        onUploads.observe(uploads, { subtree: true, childList: true, characterData: true, attributes: true });
      }
      const summary = root.querySelector('.sap-uploads-summary')?.textContent ?? '';
      // The panel writes counts as numbers of its language: "1,000 of 1,000 uploaded".
      const count = new Intl.NumberFormat('en').format(n);
      if (!w.drop.queuedAt && summary.includes(` of ${count} uploaded`)) {
        w.drop.queuedAt = performance.now();
        w.drop.rendersQueued = w.drop.renders!;
      }
      if (!w.drop.doneAt && summary.startsWith(`${count} of ${count} uploaded`)) {
        w.drop.doneAt = performance.now();
        w.drop.rendersDone = w.drop.renders!;
      }
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    document.addEventListener('drop', () => {
      w.drop.droppedAt = performance.now();
    }, { capture: true, once: true });
    w.drop.afterDropQueueing = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!w.drop.droppedAt || entry.startTime <= w.drop.droppedAt) continue;
        if (!w.drop.queuedAt || entry.startTime < w.drop.queuedAt) w.drop.afterDropQueueing = Math.max(w.drop.afterDropQueueing!, entry.duration);
      }
    }).observe({ type: 'longtask' });
  }, count);
  await takeLongTasks(page);
  const queueing = await traced(browser, page, async () => {
    await dropFromDisk(page, paths);
    await page.waitForFunction(() => !!(window as unknown as { drop: { queuedAt?: number } }).drop.queuedAt, null, { timeout: 60_000 });
  });
  const queueTasks = await takeLongTasks(page);
  await page.waitForFunction(() => !!(window as unknown as { drop: { doneAt?: number } }).drop.doneAt, null, { timeout: 180_000, polling: 250 });
  const uploadTasks = await takeLongTasks(page);
  const marks = await page.evaluate(() => (window as unknown as { drop: Record<string, number> }).drop);
  await page.close();

  // The same drop where nothing listens but a drop target: what is left is the browser's.
  const empty = await newPage(browser);
  await empty.goto(`${PREVIEW_ORIGIN}/${BENCH_PAGE}`);
  await empty.evaluate(() => {
    // Named as the panel's drop target is (drag.ts finds it by that name).
    const zone = Object.assign(document.createElement('div'), { role: 'button', ariaLabel: 'Add files' });
    zone.style.cssText = 'width: 400px; height: 200px';
    zone.addEventListener('dragover', (event) => event.preventDefault());
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      (window as unknown as { dropped: number }).dropped = event.dataTransfer?.items.length ?? 0;
    });
    document.body.prepend(zone);
  });
  const baseline = await traced(browser, empty, async () => {
    await dropFromDisk(empty, paths);
    await empty.waitForFunction(() => (window as unknown as { dropped?: number }).dropped !== undefined);
    await empty.waitForTimeout(300);
  });
  await empty.close();

  return {
    files: count,
    longestTaskOnEmptyPageMs: baseline.task,
    panelScriptInLongestTaskMs: queueing.script,
    msUntilAllQueued: Math.round(marks.queuedAt! - marks.droppedAt!),
    longestTaskWhileQueueingMs: Math.max(Math.round(Math.max(0, ...queueTasks)), queueing.task),
    longestTaskAfterDropWhileQueueingMs: Math.round(marks.afterDropQueueing ?? 0),
    listRendersUntilQueued: marks.rendersQueued!,
    msUntilAllUploaded: Math.round(marks.doneAt! - marks.droppedAt!),
    longestTaskWhileUploadingMs: Math.round(Math.max(0, ...uploadTasks)),
    listRendersUntilUploaded: marks.rendersDone!,
  };
}
