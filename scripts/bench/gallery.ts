import type { Browser } from '@playwright/test';
import { isMarksFileName } from '../../src/domain/marks';
import { benchPictures } from './gallery-pictures';
import { galleryRun, type GalleryRun } from './gallery-run';
import { BASELINE_DIST, BASELINE_ORIGIN, PREVIEW_ORIGIN, type MockServer } from './harness';
import { spread, type Spread } from './stats';

export { FLING_MS, READ_SCREENS } from './gallery-run';

/** Each figure of a run, as the median of the runs with their fastest and slowest. */
export type GallerySummary = { [K in keyof FlatRun]: Spread };
type FlatRun = ReturnType<typeof flatten>;

export interface GalleryVariant {
  segmentId: number;
  assets: number;
  /** Images with a marks file beside them. */
  marked: number;
  runs: GalleryRun[];
  summary: GallerySummary;
  /** Time figures against the plain-tile grid of the same run (median / median); null for the grid itself or where it measured 0. */
  ratioToPlain: Partial<Record<keyof FlatRun, number | null>>;
}

export interface GalleryResult {
  /** The same grid with a type icon on every tile and nothing to fetch or decode: the baseline. */
  plain: GalleryVariant;
  images: GalleryVariant;
  /** Half the images marked (a marks file beside each). */
  marked: GalleryVariant;
  /** With BENCH_BASELINE_DIST: the images and the marked images in that build, in the same run. */
  baseline?: { dist: string; images: GalleryVariant; marked: GalleryVariant };
}

const PLAIN_SEGMENT = 27665609;
const SEGMENT = 27665620;
/** Another page of the segment list than SEGMENT: its counts call never lists the other segment. */
const MARKED_SEGMENT = 27665621;

/** The time figures, each compared with the plain grid. */
export const TIME_FIGURES = [
  'flingLongestTaskMs', 'flingHeaviestCpuMs', 'flingLongestFrameMs', 'flingBusyMs', 'flingBusyCpuMs',
  'readLongestTaskMs', 'readHeaviestCpuMs', 'readLongestFrameMs', 'readBusyMs', 'readBusyCpuMs',
] as const;

function flatten(run: GalleryRun) {
  return {
    msDataToFirstTiles: run.msDataToFirstTiles,
    tilesRendered: run.tilesRendered,
    previewRequestsBeforeScroll: run.previewRequestsBeforeScroll,
    marksRequestsBeforeScroll: run.marksRequestsBeforeScroll,
    requestsBeforeScroll: run.previewRequestsBeforeScroll + run.marksRequestsBeforeScroll,
    markedTilesDrawn: run.markedTilesDrawn,
    marksUnreadable: run.marksUnreadable,
    flingLongestTaskMs: run.fling.longestMs,
    flingLongestTaskCpuMs: run.fling.longestTaskCpuMs,
    flingHeaviestCpuMs: run.fling.heaviestCpuMs,
    flingTasksOver50: run.fling.over50,
    flingTasksOver16: run.fling.over16,
    flingLongestFrameMs: run.fling.longestFrameMs,
    flingBusyMs: run.fling.busyMs,
    flingBusyCpuMs: run.fling.busyCpuMs,
    flingFramesMissed: run.fling.framesMissed,
    previewRequestsAfterFling: run.previewRequestsAfterFling,
    marksRequestsAfterFling: run.marksRequestsAfterFling,
    readLongestTaskMs: run.read.longestMs,
    readLongestTaskCpuMs: run.read.longestTaskCpuMs,
    readHeaviestCpuMs: run.read.heaviestCpuMs,
    readTasksOver50: run.read.over50,
    readTasksOver16: run.read.over16,
    readLongestFrameMs: run.read.longestFrameMs,
    readBusyMs: run.read.busyMs,
    readBusyCpuMs: run.read.busyCpuMs,
    readFramesMissed: run.read.framesMissed,
    previewRequestsDuringRead: run.previewRequestsDuringRead,
    rendererHeapMB: run.rendererHeapMB,
    revisitPreviewRequests: run.revisitPreviewRequests,
    revisitPicturesShown: run.revisitPicturesShown,
  };
}

function summarize(runs: GalleryRun[]): GallerySummary {
  const flat = runs.map(flatten);
  const keys = Object.keys(flat[0]!) as (keyof FlatRun)[];
  return Object.fromEntries(keys.map((key) => [key, spread(flat.map((r) => r[key]))])) as GallerySummary;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function variant(segmentId: number, assets: number, marked: number, runs: GalleryRun[], plain?: GallerySummary): GalleryVariant {
  const summary = summarize(runs);
  const ratioToPlain = Object.fromEntries(TIME_FIGURES.map((key) => {
    const base = plain?.[key].median ?? 0;
    return [key, plain && base > 0 ? round2(summary[key].median / base) : null];
  }));
  return { segmentId, assets, marked, runs, summary, ratioToPlain };
}

/** The marks files the mock holds for a segment (one per marked image). */
function markedImages(server: MockServer, segmentId: number): number {
  let found = 0;
  for (const asset of server.runtime.store.state.assets.values()) {
    if (asset.segmentId === segmentId && isMarksFileName(asset.name)) found += 1;
  }
  return found;
}

/**
 * Three segments of `count` assets in the production build, each opened `runs` times in a fresh
 * page and scrolled by time (gallery-run.ts): plain tiles (text files: a type icon each, nothing
 * to fetch), images (small ones and full-size screenshots, gallery-pictures.ts), and the same
 * images of which every `markEvery`-th round is marked. The pages take
 * turns (plain, images, marked, plain, …) so that a change in the machine's load falls on all
 * alike, and every time figure is given as a ratio to the plain grid of the same run. With
 * BENCH_BASELINE_DIST, the images and marked images of that build take their turns too.
 */
export async function benchGallery(browser: Browser, server: MockServer, count = 1000, runs = 3, markEvery = 2): Promise<GalleryResult> {
  const { seedMany } = server.runtime.context;
  const pictures = await benchPictures(browser, server);
  await seedMany(PLAIN_SEGMENT, count, null, { files: 'text' });
  await seedMany(SEGMENT, count, null, { pictures });
  await seedMany(MARKED_SEGMENT, count, null, { markEvery, pictures });
  const turns: [number, string][] = [[PLAIN_SEGMENT, PREVIEW_ORIGIN], [SEGMENT, PREVIEW_ORIGIN], [MARKED_SEGMENT, PREVIEW_ORIGIN]];
  if (BASELINE_DIST) turns.push([SEGMENT, BASELINE_ORIGIN], [MARKED_SEGMENT, BASELINE_ORIGIN]);
  const measured = turns.map((): GalleryRun[] => []);
  for (let i = 0; i < runs; i += 1) {
    for (const [t, [segment, origin]] of turns.entries()) measured[t]!.push(await galleryRun(browser, server, segment, origin));
  }
  const [plainRuns, imageRuns, markedRuns, baseImageRuns, baseMarkedRuns] = measured;
  const plain = variant(PLAIN_SEGMENT, count, 0, plainRuns!);
  const marks = markedImages(server, MARKED_SEGMENT);
  return {
    plain,
    images: variant(SEGMENT, count, 0, imageRuns!, plain.summary),
    marked: variant(MARKED_SEGMENT, count, marks, markedRuns!, plain.summary),
    ...(BASELINE_DIST && {
      baseline: {
        dist: BASELINE_DIST,
        images: variant(SEGMENT, count, 0, baseImageRuns!, plain.summary),
        marked: variant(MARKED_SEGMENT, count, marks, baseMarkedRuns!, plain.summary),
      },
    }),
  };
}
