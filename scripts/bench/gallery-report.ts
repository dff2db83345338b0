import { FLING_MS, READ_SCREENS, type GalleryResult, type GallerySummary, type GalleryVariant } from './gallery';
import type { Spread } from './stats';

type Figure = keyof GallerySummary;

const ROWS: readonly [Figure, string][] = [
  ['msDataToFirstTiles', 'data to first tiles (ms)'],
  ['tilesRendered', 'tiles in the DOM'],
  ['previewRequestsBeforeScroll', 'before scrolling: preview requests'],
  ['marksRequestsBeforeScroll', '… marks files'],
  ['markedTilesDrawn', '… tiles drawing marks'],
  ['marksUnreadable', '… "marks could not be read"'],
  ['flingLongestTaskMs', `fling (whole list in ${FLING_MS / 1000} s): longest task (ms)`],
  ['flingLongestTaskCpuMs', '… main-thread CPU in each page’s longest task (ms)'],
  ['flingHeaviestCpuMs', '… most main-thread CPU in one task (ms)'],
  ['flingTasksOver50', '… tasks over 50 ms'],
  ['flingTasksOver16', '… tasks over 16 ms'],
  ['flingLongestFrameMs', '… longest frame (ms)'],
  ['flingBusyMs', '… main thread busy, fling + 1 s (ms)'],
  ['flingBusyCpuMs', '… of which CPU time (ms)'],
  ['flingFramesMissed', '… steps with no frame in 100 ms'],
  ['previewRequestsAfterFling', '… preview requests after it (all)'],
  ['marksRequestsAfterFling', '… marks files after it (all)'],
  ['readLongestTaskMs', `slow read (${READ_SCREENS} screens, 1 a second): longest task (ms)`],
  ['readLongestTaskCpuMs', '… main-thread CPU in each page’s longest task (ms)'],
  ['readHeaviestCpuMs', '… most main-thread CPU in one task (ms)'],
  ['readTasksOver50', '… tasks over 50 ms'],
  ['readTasksOver16', '… tasks over 16 ms'],
  ['readLongestFrameMs', '… longest frame (ms)'],
  ['readBusyMs', '… main thread busy, read + 1 s (ms)'],
  ['readBusyCpuMs', '… of which CPU time (ms)'],
  ['readFramesMissed', '… steps with no frame in 100 ms'],
  ['previewRequestsDuringRead', '… preview requests during it'],
  ['rendererHeapMB', 'renderer JS heap at the end (MB)'],
  ['revisitPreviewRequests', 'opened again (same profile): image downloads'],
  ['revisitPicturesShown', '… pictures shown after 1.5 s'],
];

const cell = (s: Spread) => (s.min === s.max ? String(s.median) : `${s.median} (${s.min}-${s.max})`);
const ratio = (v: GalleryVariant, key: Figure) => {
  if (!(key in v.ratioToPlain)) return '';
  const value = v.ratioToPlain[key as keyof typeof v.ratioToPlain];
  return value === null || value === undefined ? 'n/a' : `${value.toFixed(2)}x`;
};

export function printGallery(g: GalleryResult): void {
  const runs = g.images.runs.length;
  console.log(`\nGallery, segments of ${g.images.assets} assets (${runs} fresh pages each, taking turns; median (fastest-slowest);`);
  console.log(`ratio: median / median of the plain-tile grid in the same run). Plain: text files, a type icon per tile, nothing to fetch.`);
  const widths = [54, 14, 16, 8, 16, 8];
  const line = (...cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]!) : c.padStart(widths[i]!))).join(' '));
  line('', 'plain', 'images', 'ratio', `${g.marked.marked} marked`, 'ratio');
  for (const [key, label] of ROWS) {
    line(`  ${label}`, cell(g.plain.summary[key]), cell(g.images.summary[key]), ratio(g.images, key), cell(g.marked.summary[key]), ratio(g.marked, key));
  }
  if (g.baseline) printBaseline(g);
}

/** This build against the baseline build (BENCH_BASELINE_DIST) of the same run, and each against the plain grid. */
function printBaseline(g: GalleryResult): void {
  const base = g.baseline!;
  console.log(`\nThe same run, this build against the baseline build ${base.dist} (median (fastest-slowest); ratios of medians):`);
  const widths = [54, 16, 16, 8, 16, 16, 8];
  const line = (...cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]!) : c.padStart(widths[i]!))).join(' '));
  const against = (a: GalleryVariant, b: GalleryVariant, key: Figure) => {
    const bottom = b.summary[key].median;
    return bottom > 0 ? `${(a.summary[key].median / bottom).toFixed(2)}x` : 'n/a';
  };
  line('', 'images', 'baseline', 'ratio', 'marked', 'baseline', 'ratio');
  for (const [key, label] of ROWS) {
    if (!/Ms$|Over|Requests|requests|MB$|Shown$/.test(key)) continue;
    line(`  ${label}`, cell(g.images.summary[key]), cell(base.images.summary[key]), against(g.images, base.images, key),
      cell(g.marked.summary[key]), cell(base.marked.summary[key]), against(g.marked, base.marked, key));
  }
  for (const key of ['flingLongestTaskMs', 'readLongestTaskMs'] as const) {
    line(`  ${key === 'flingLongestTaskMs' ? 'fling' : 'slow read'}: longest task / plain grid`, ratio(g.images, key), ratio(base.images, key), '',
      ratio(g.marked, key), ratio(base.marked, key));
  }
}

/** The targets for the gallery (15: 2; 11: 5). */
export function galleryTargets(g: GalleryResult): { target: string; value: string; met: boolean }[] {
  const out: { target: string; value: string; met: boolean }[] = [];
  const m = g.marked.summary;
  out.push({
    target: `<= 150 requests before scrolling, ${g.marked.marked} of 1,000 marked`,
    value: `${m.requestsBeforeScroll.median} (${m.previewRequestsBeforeScroll.median} previews + ${m.marksRequestsBeforeScroll.median} marks)`,
    met: m.requestsBeforeScroll.max <= 150 && g.marked.marked === 500,
  });
  for (const [name, v] of [['images', g.images], ['marked', g.marked]] as const) {
    for (const scroll of ['fling', 'read'] as const) {
      const key = `${scroll}LongestTaskMs` as const;
      const s = v.summary[key];
      const r = v.ratioToPlain[key];
      out.push({ target: `${name}, ${scroll}: longest task <= 50 ms`, value: `${cell(s)} ms`, met: s.median <= 50 });
      out.push({
        target: `${name}, ${scroll}: longest task <= 1.5x plain`,
        value: r === null || r === undefined ? 'n/a' : `${r.toFixed(2)}x (${s.median} / ${g.plain.summary[key].median} ms)`,
        met: r !== null && r !== undefined && r <= 1.5,
      });
    }
    const after = v.summary.previewRequestsAfterFling;
    out.push({ target: `${name}: <= 300 previews after a ${FLING_MS / 1000} s fling`, value: cell(after), met: after.median <= 300 });
  }
  return out;
}
