import type { Browser } from '@playwright/test';
import { isMarksFileName } from '../../src/domain/marks';
import { newPage, openApp, takeLongTasks, watchLongTasks, type MockServer } from './harness';
import { mb, median } from './stats';

interface GalleryRun {
  msDataToFirstTiles: number;
  tilesRendered: number;
  /** Image downloads (previews); marks files are counted apart. */
  previewRequestsBeforeScroll: number;
  previewRequestsAfterScroll: number;
  /** Downloads of `<image>.marks.json` files. */
  marksRequestsBeforeScroll: number;
  marksRequestsAfterScroll: number;
  /** Tiles drawing marks over their thumbnail before scrolling (proof the marks were read). */
  markedTilesDrawn: number;
  /** Tiles saying "marks could not be read" before scrolling: should be none. */
  marksUnreadable: number;
  longestTaskWhileScrollingMs: number;
  tasksOver50MsWhileScrolling: number;
  /**
   * The longest gap between two frames of the scroll (rAF timestamps): unlike the Long Tasks
   * API, it sees below 50 ms, so two variants compare even when neither has a long task.
   */
  longestFrameWhileScrollingMs: number;
  rendererHeapMB: number;
}

export interface GalleryResult extends GalleryRun {
  segmentId: number;
  assets: number;
  /** Images with a marks file beside them. */
  marked: number;
  runs: number;
  /** Previews and marks files together. */
  requestsBeforeScroll: number;
  requestsAfterScroll: number;
  /** Each run's longest task while scrolling: one slow frame shows up where it happened. */
  longestTaskPerRunMs: number[];
}

export interface GalleryComparison {
  unmarked: GalleryResult;
  marked: GalleryResult;
  /** Longest task while scrolling, marked / unmarked; null when the unmarked runs had none over 50 ms. */
  longestTaskRatio: number | null;
  longestFrameRatio: number;
}

const SEGMENT = 27665620;
/** Another page of the segment list than SEGMENT: its counts call never lists the other segment. */
const MARKED_SEGMENT = 27665621;

/**
 * A segment with 1,000 assets in the production build, opened and scrolled to the end `runs`
 * times, each in a fresh page: first tiles, previews, scrolling, memory. Medians, except the
 * longest task, which is the longest of all runs. The same, in the same run, for a segment of
 * which every `markEvery`-th pair of images is marked; the runs take turns (unmarked, marked, …)
 * so that a change in the machine's load falls on both alike.
 */
export async function benchGallery(
  browser: Browser, server: MockServer, count = 1000, pxPerFrame = 120, runs = 3, markEvery = 2,
): Promise<GalleryComparison> {
  await server.runtime.context.seedMany(SEGMENT, count, null);
  await server.runtime.context.seedMany(MARKED_SEGMENT, count, null, { markEvery });
  const unmarkedRuns: GalleryRun[] = [];
  const markedRuns: GalleryRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    unmarkedRuns.push(await galleryRun(browser, server, SEGMENT, pxPerFrame));
    markedRuns.push(await galleryRun(browser, server, MARKED_SEGMENT, pxPerFrame));
  }
  const unmarked = summary(SEGMENT, count, 0, unmarkedRuns);
  const withMarks = summary(MARKED_SEGMENT, count, markedImages(server, MARKED_SEGMENT), markedRuns);
  return {
    unmarked,
    marked: withMarks,
    longestTaskRatio: unmarked.longestTaskWhileScrollingMs > 0
      ? round2(withMarks.longestTaskWhileScrollingMs / unmarked.longestTaskWhileScrollingMs) : null,
    longestFrameRatio: round2(withMarks.longestFrameWhileScrollingMs / unmarked.longestFrameWhileScrollingMs),
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The marks files the mock holds for a segment (one per marked image). */
function markedImages(server: MockServer, segmentId: number): number {
  let found = 0;
  for (const asset of server.runtime.store.state.assets.values()) {
    if (asset.segmentId === segmentId && isMarksFileName(asset.name)) found += 1;
  }
  return found;
}

function summary(segmentId: number, assets: number, marked: number, all: GalleryRun[]): GalleryResult {
  const pick = (key: keyof GalleryRun) => median(all.map((r) => r[key]));
  const total = (before: boolean) => median(all.map((r) => (before
    ? r.previewRequestsBeforeScroll + r.marksRequestsBeforeScroll
    : r.previewRequestsAfterScroll + r.marksRequestsAfterScroll)));
  return {
    segmentId,
    assets,
    marked,
    runs: all.length,
    msDataToFirstTiles: pick('msDataToFirstTiles'),
    tilesRendered: pick('tilesRendered'),
    previewRequestsBeforeScroll: pick('previewRequestsBeforeScroll'),
    previewRequestsAfterScroll: pick('previewRequestsAfterScroll'),
    marksRequestsBeforeScroll: pick('marksRequestsBeforeScroll'),
    marksRequestsAfterScroll: pick('marksRequestsAfterScroll'),
    requestsBeforeScroll: total(true),
    requestsAfterScroll: total(false),
    markedTilesDrawn: pick('markedTilesDrawn'),
    marksUnreadable: Math.max(...all.map((r) => r.marksUnreadable)),
    longestTaskWhileScrollingMs: Math.max(...all.map((r) => r.longestTaskWhileScrollingMs)),
    tasksOver50MsWhileScrolling: all.reduce((sum, r) => sum + r.tasksOver50MsWhileScrolling, 0),
    longestTaskPerRunMs: all.map((r) => r.longestTaskWhileScrollingMs),
    longestFrameWhileScrollingMs: Math.max(...all.map((r) => r.longestFrameWhileScrollingMs)),
    rendererHeapMB: pick('rendererHeapMB'),
  };
}

async function galleryRun(browser: Browser, server: MockServer, segment: number, pxPerFrame: number): Promise<GalleryRun> {
  const page = await newPage(browser);
  await watchLongTasks(page);
  const previews: string[] = [];
  const marks: string[] = [];
  // In the page: when the first tile appears, on the page's own clock (resource timing's clock).
  await page.addInitScript(() => {
    const w = window as unknown as { firstTileAt?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('ul[aria-label="Assets"] > li')) {
        w.firstTileAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  page.on('request', (request) => {
    if (request.method() === 'GET' && request.url().startsWith(`${server.url}/api/resources/assets/${segment}?`)) {
      const isMarks = isMarksFileName(new URL(request.url()).searchParams.get('filename') ?? '');
      (isMarks ? marks : previews).push(request.url());
    }
  });
  await openApp(page, server, `scope=pr7214&segment=${segment}`);
  const tiles = page.getByRole('list', { name: 'Assets' }).getByRole('listitem');
  await tiles.first().waitFor();
  const msDataToFirstTiles = await page.evaluate((segment) => {
    const list = performance.getEntriesByType('resource')
      .filter((e) => e.name.includes(`/api/resources/assets/${segment}/list`)) as PerformanceResourceTiming[];
    const firstTileAt = (window as unknown as { firstTileAt?: number }).firstTileAt ?? NaN;
    return Math.round(firstTileAt - list[list.length - 1]!.responseEnd);
  }, segment);
  await page.waitForTimeout(1500);
  const tilesRendered = await tiles.count();
  const previewRequestsBeforeScroll = previews.length;
  const marksRequestsBeforeScroll = marks.length;
  const { markedTilesDrawn, marksUnreadable } = await page.evaluate(() => ({
    markedTilesDrawn: document.querySelectorAll('ul[aria-label="Assets"] svg.sap-marks').length,
    marksUnreadable: document.querySelectorAll('ul[aria-label="Assets"] .sap-marks-note').length,
  }));
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('name');
  await page.waitForTimeout(500);
  await takeLongTasks(page);
  const longestFrame = await page.getByTestId('gallery-scroll').evaluate(async (el, step) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame((at) => resolve(at)));
    let last: number | null = null;
    let longest = 0;
    while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
      el.scrollTop += step;
      const at = await frame();
      if (last !== null) longest = Math.max(longest, at - last);
      last = at;
    }
    await frame();
    return longest;
  }, pxPerFrame);
  await page.waitForTimeout(300);
  const longTasks = await takeLongTasks(page);
  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  const result: GalleryRun = {
    msDataToFirstTiles,
    tilesRendered,
    previewRequestsBeforeScroll,
    previewRequestsAfterScroll: previews.length,
    marksRequestsBeforeScroll,
    marksRequestsAfterScroll: marks.length,
    markedTilesDrawn,
    marksUnreadable,
    longestTaskWhileScrollingMs: Math.round(Math.max(0, ...longTasks)),
    tasksOver50MsWhileScrolling: longTasks.length,
    longestFrameWhileScrollingMs: Math.round(longestFrame),
    rendererHeapMB: mb(heap),
  };
  await page.close();
  return result;
}
