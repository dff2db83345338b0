import type { Browser } from '@playwright/test';
import { newPage, openApp, takeLongTasks, watchLongTasks, type MockServer } from './harness';
import { mb, median } from './stats';

interface GalleryRun {
  msDataToFirstTiles: number;
  tilesRendered: number;
  previewRequestsBeforeScroll: number;
  previewRequestsAfterScroll: number;
  longestTaskWhileScrollingMs: number;
  tasksOver50MsWhileScrolling: number;
  rendererHeapMB: number;
}

export interface GalleryResult extends GalleryRun {
  assets: number;
  runs: number;
  /** Each run's longest task while scrolling: one slow frame shows up where it happened. */
  longestTaskPerRunMs: number[];
}

const SEGMENT = 27665620;

/**
 * A segment with 1,000 assets in the production build, opened and scrolled to the end `runs`
 * times, each in a fresh page: first tiles, previews, scrolling, memory. Medians, except the
 * longest task, which is the longest of all runs.
 */
export async function benchGallery(browser: Browser, server: MockServer, count = 1000, pxPerFrame = 120, runs = 3): Promise<GalleryResult> {
  await server.runtime.context.seedMany(SEGMENT, count, null);
  const all: GalleryRun[] = [];
  for (let i = 0; i < runs; i += 1) all.push(await galleryRun(browser, server, pxPerFrame));
  const pick = (key: keyof GalleryRun) => median(all.map((r) => r[key]));
  return {
    assets: count,
    runs,
    msDataToFirstTiles: pick('msDataToFirstTiles'),
    tilesRendered: pick('tilesRendered'),
    previewRequestsBeforeScroll: pick('previewRequestsBeforeScroll'),
    previewRequestsAfterScroll: pick('previewRequestsAfterScroll'),
    longestTaskWhileScrollingMs: Math.max(...all.map((r) => r.longestTaskWhileScrollingMs)),
    tasksOver50MsWhileScrolling: all.reduce((sum, r) => sum + r.tasksOver50MsWhileScrolling, 0),
    longestTaskPerRunMs: all.map((r) => r.longestTaskWhileScrollingMs),
    rendererHeapMB: pick('rendererHeapMB'),
  };
}

async function galleryRun(browser: Browser, server: MockServer, pxPerFrame: number): Promise<GalleryRun> {
  const page = await newPage(browser);
  await watchLongTasks(page);
  const previews: string[] = [];
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
    if (request.method() === 'GET' && request.url().startsWith(`${server.url}/api/resources/assets/${SEGMENT}?`)) previews.push(request.url());
  });
  await openApp(page, server, `scope=pr7214&segment=${SEGMENT}`);
  const tiles = page.getByRole('list', { name: 'Assets' }).getByRole('listitem');
  await tiles.first().waitFor();
  const msDataToFirstTiles = await page.evaluate((segment) => {
    const list = performance.getEntriesByType('resource')
      .filter((e) => e.name.includes(`/api/resources/assets/${segment}/list`)) as PerformanceResourceTiming[];
    const firstTileAt = (window as unknown as { firstTileAt?: number }).firstTileAt ?? NaN;
    return Math.round(firstTileAt - list[list.length - 1]!.responseEnd);
  }, SEGMENT);
  await page.waitForTimeout(1500);
  const tilesRendered = await tiles.count();
  const previewRequestsBeforeScroll = previews.length;
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('name');
  await page.waitForTimeout(500);
  await takeLongTasks(page);
  await page.getByTestId('gallery-scroll').evaluate(async (el, step) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
      el.scrollTop += step;
      await frame();
    }
    await frame();
  }, pxPerFrame);
  await page.waitForTimeout(300);
  const longTasks = await takeLongTasks(page);
  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  const result: GalleryRun = {
    msDataToFirstTiles,
    tilesRendered,
    previewRequestsBeforeScroll,
    previewRequestsAfterScroll: previews.length,
    longestTaskWhileScrollingMs: Math.round(Math.max(0, ...longTasks)),
    tasksOver50MsWhileScrolling: longTasks.length,
    rendererHeapMB: mb(heap),
  };
  await page.close();
  return result;
}
