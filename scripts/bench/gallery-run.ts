import type { Browser, Locator, Page } from '@playwright/test';
import { isMarksFileName } from '../../src/domain/marks';
import { BENCH_NAME_SHIM, openApp, PREVIEW_ORIGIN, type MockServer } from './harness';
import { traceMainThread, type MainThreadTasks } from './main-thread';
import { mb } from './stats';

/** One scroll, by time: its main-thread tasks and its longest frame (rAF gap). */
export interface ScrollFigures extends MainThreadTasks {
  longestFrameMs: number;
  /** Steps taken by a timer because no frame came in 100 ms (see scrollByTime). */
  framesMissed: number;
}

/** One fresh page of a 1,000-asset segment: opened, waited on, flung to the end, then read slowly. */
export interface GalleryRun {
  msDataToFirstTiles: number;
  tilesRendered: number;
  /** Image downloads (previews); marks files are counted apart. */
  previewRequestsBeforeScroll: number;
  marksRequestsBeforeScroll: number;
  /** Tiles drawing marks over their thumbnail before scrolling (proof the marks were read). */
  markedTilesDrawn: number;
  /** Tiles saying "marks could not be read" before scrolling: should be none. */
  marksUnreadable: number;
  /** The whole list in FLING_MS, and the second after it (the tiles it stopped at load). */
  fling: ScrollFigures;
  previewRequestsAfterFling: number;
  marksRequestsAfterFling: number;
  /** READ_SCREENS screens back up, one a second: every tile it passes settles and loads. */
  read: ScrollFigures;
  previewRequestsDuringRead: number;
  rendererHeapMB: number;
  /** The same segment opened again in the same profile: image downloads for its first screen, pictures shown 1.5 s after its tiles. */
  revisitPreviewRequests: number;
  revisitPicturesShown: number;
}

export const FLING_MS = 2000;
export const READ_SCREENS = 8;
/** After a scroll: the tiles it stopped at settle (120 ms) and load; their work counts. */
const AFTER_SCROLL_MS = 1000;

/**
 * Scrolls what the gallery is seen through (its own box, or the page when the gallery has none)
 * from where it is to `to` in `ms`, by time: each frame goes where the clock says, so a slow
 * frame jumps further instead of slowing the scroll (and a slow machine passes the same tiles as
 * a fast one, only in fewer frames). Returns the longest gap between steps, and how many steps a
 * 100 ms timer took because no frame came: headless Chromium can stop giving frames altogether
 * (a bench page once waited on `requestAnimationFrame` until the bench's timeout), and a step
 * that waited for a frame alone would wait for ever.
 */
function scrollByTime(gallery: Locator, to: 'end' | { screens: number }, ms: number): Promise<{ longest: number; missed: number }> {
  return gallery.evaluate(async (grid, { to, ms }) => {
    let el: Element = document.scrollingElement!;
    for (let node: Element | null = grid; node; node = node.parentElement) {
      const { overflowY } = getComputedStyle(node);
      if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight + 1) {
        el = node;
        break;
      }
    }
    let missed = 0;
    const nextFrame = () => new Promise<number>((resolve) => {
      const timer = setTimeout(() => {
        missed += 1;
        resolve(performance.now());
      }, 100);
      requestAnimationFrame((at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
    const from = el.scrollTop;
    const target = to === 'end' ? el.scrollHeight - el.clientHeight : Math.max(0, from - to.screens * el.clientHeight);
    const start = await nextFrame();
    let last = start;
    let longest = 0;
    for (let progress = 0; progress < 1;) {
      const at = await nextFrame();
      longest = Math.max(longest, at - last);
      last = at;
      progress = Math.min(1, (at - start) / ms);
      el.scrollTop = from + (target - from) * progress;
    }
    longest = Math.max(longest, (await nextFrame()) - last);
    return { longest, missed };
  }, { to, ms });
}

async function measuredScroll(browser: Browser, page: Page, gallery: Locator, to: 'end' | { screens: number }, ms: number): Promise<ScrollFigures> {
  const { value: frames, tasks } = await traceMainThread(browser, page, async () => {
    const scrolled = await scrollByTime(gallery, to, ms);
    await page.waitForTimeout(AFTER_SCROLL_MS);
    return scrolled;
  });
  return { ...tasks, longestFrameMs: Math.round(frames.longest), framesMissed: frames.missed };
}

/** Counts the segment's downloads: images (previews) and marks files. */
function watchDownloads(page: Page, server: MockServer, segment: number) {
  const counts = { previews: 0, marks: 0 };
  page.on('request', (request) => {
    if (request.method() !== 'GET' || !request.url().startsWith(`${server.url}/api/resources/assets/${segment}?`)) return;
    if (isMarksFileName(new URL(request.url()).searchParams.get('filename') ?? '')) counts.marks += 1;
    else counts.previews += 1;
  });
  return counts;
}

export async function galleryRun(browser: Browser, server: MockServer, segment: number, origin = PREVIEW_ORIGIN): Promise<GalleryRun> {
  // A profile of its own (fresh storage), where a second tab can open the segment again.
  const profile = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await profile.newPage();
  await page.addInitScript(BENCH_NAME_SHIM);
  // In the page: when the first tile appears, on the page's own clock (resource timing's clock).
  await page.addInitScript(() => {
    const w = window as unknown as { firstTileAt?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('[aria-label="Assets"] .sap-tile')) {
        w.firstTileAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const downloads = watchDownloads(page, server, segment);
  await openApp(page, server, `scope=pr7214&segment=${segment}`, origin);
  const tiles = page.locator('[aria-label="Assets"] .sap-tile');
  await tiles.first().waitFor();
  const msDataToFirstTiles = await page.evaluate((segment) => {
    const list = performance.getEntriesByType('resource')
      .filter((e) => e.name.includes(`/api/resources/assets/${segment}/list`)) as PerformanceResourceTiming[];
    const firstTileAt = (window as unknown as { firstTileAt?: number }).firstTileAt ?? NaN;
    return Math.round(firstTileAt - list[list.length - 1]!.responseEnd);
  }, segment);
  await page.waitForTimeout(1500);
  const before = { ...downloads };
  const tilesRendered = await tiles.count();
  const { markedTilesDrawn, marksUnreadable } = await page.evaluate(() => ({
    markedTilesDrawn: document.querySelectorAll('[aria-label="Assets"] svg.sap-marks').length,
    marksUnreadable: document.querySelectorAll('[aria-label="Assets"] .sap-marks-note').length,
  }));
  // By name, so that marked images (first in the default order) are spread through the list.
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('name');
  await page.waitForTimeout(500);
  // The grid has no scroll box of its own: the page scrolls it (issue 12, one scroll container);
  // scrollByTime finds what scrolls from the grid up.
  const gallery = page.getByTestId('gallery-scroll');
  const fling = await measuredScroll(browser, page, gallery, 'end', FLING_MS);
  await page.waitForTimeout(500);
  const afterFling = { ...downloads };
  const read = await measuredScroll(browser, page, gallery, { screens: READ_SCREENS }, READ_SCREENS * 1000);
  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  const revisit = await openAgain(page, server, segment, origin);
  await profile.close();
  return {
    msDataToFirstTiles,
    tilesRendered,
    previewRequestsBeforeScroll: before.previews,
    marksRequestsBeforeScroll: before.marks,
    markedTilesDrawn,
    marksUnreadable,
    fling,
    previewRequestsAfterFling: afterFling.previews,
    marksRequestsAfterFling: afterFling.marks,
    read,
    previewRequestsDuringRead: downloads.previews - afterFling.previews,
    rendererHeapMB: mb(heap),
    revisitPreviewRequests: revisit.previews,
    revisitPicturesShown: revisit.shown,
  };
}

/** The segment opened again in the same browser profile (a new tab): what its first screen downloads, and shows after a moment. */
async function openAgain(page: Page, server: MockServer, segment: number, origin: string) {
  const again = await page.context().newPage();
  await again.addInitScript(BENCH_NAME_SHIM);
  const downloads = watchDownloads(again, server, segment);
  await openApp(again, server, `scope=pr7214&segment=${segment}`, origin);
  await again.locator('[aria-label="Assets"] .sap-tile').first().waitFor();
  await again.waitForTimeout(1500);
  const shown = await again.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('[aria-label="Assets"] img')]
    .filter((img) => img.complete && img.naturalWidth > 0).length);
  await again.close();
  return { previews: downloads.previews, shown };
}
