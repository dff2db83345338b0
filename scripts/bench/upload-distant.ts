import type { Browser } from '@playwright/test';
import { manyFiles } from './files';
import { BASELINE_DIST, BASELINE_ORIGIN, collectGarbage, newPage, openElement, startMock, type MockServer } from './harness';
import { startLatencyProxy } from './latency-proxy';
import { median } from './stats';
import { panelUpload, rawUpload, roundOrder } from './upload';

const KINDS = ['rawNamed6', 'raw6', 'panel6', 'panel4', 'baseline4'] as const;
type Kind = (typeof KINDS)[number];

export interface DistantRun {
  /** Median, fastest and slowest time of its rounds. */
  ms: number;
  fastestMs: number;
  slowestMs: number;
  /** CORS preflights of the media upload per run (median). */
  preflights: number;
}

export interface DistantResult {
  label: string;
  roundTripMs: number;
  files: number;
  /** Raw upload + attach at 6, each file named in its upload's URL, as the documented call. */
  rawNamed6: DistantRun;
  /** Raw upload + attach at 6, names in the multipart parts only: one URL for every upload. */
  raw6: DistantRun;
  panel6: DistantRun;
  /** The panel at its default, 4 uploads at once. */
  panel4: DistantRun;
  /** With `BENCH_BASELINE_DIST`: that build's panel at 4, in the same rounds. */
  baseline4?: DistantRun;
  /** Panel at 6 against raw upload + attach at 6 with names in the parts: like with like. */
  ratio6: number;
}

const SEGMENT = 27665612;

/**
 * `files` small files (a folder of screenshots) uploaded and attached through a proxy that adds
 * `roundTripMs` to every request: the mock at a network's distance. Each run is a fresh browser
 * context, so it starts as a user's first batch does, with no CORS preflight answer kept. Raw
 * upload + attach twice (file names in each URL, as the documented call, and in the multipart
 * parts only), and the panel at 6 and at its default 4 (and a baseline build's at 4, with
 * `BENCH_BASELINE_DIST`).
 */
export async function benchDistantUpload(browser: Browser, { files = 100, roundTripMs = 40, rounds = 3 } = {}): Promise<DistantResult> {
  const paths = manyFiles('distant', files, 2048, 'png');
  const kinds = KINDS.filter((kind) => kind !== 'baseline4' || BASELINE_DIST);
  const proxy = await startLatencyProxy(roundTripMs);
  const via = { url: proxy.url };
  const times = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
  const preflights = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
  const measure: Record<Kind, (page: import('@playwright/test').Page) => Promise<number>> = {
    rawNamed6: (page) => rawUpload(page, via, paths, 6, { attach: true }),
    raw6: (page) => rawUpload(page, via, paths, 6, { attach: true, nameInUrl: false }),
    panel6: (page) => panelUpload(page, paths),
    panel4: (page) => panelUpload(page, paths),
    baseline4: (page) => panelUpload(page, paths),
  };
  let server: MockServer | null = null;
  try {
    server = await startMock([proxy.host]);
    proxy.forwardTo(server.port);
    for (let round = 0; round < rounds; round += 1) {
      for (const kind of roundOrder(kinds, round)) {
        await server.runtime.context.reset();
        collectGarbage();
        const page = await newPage(browser);
        try {
          const four = kind === 'panel4' || kind === 'baseline4';
          await openElement(page, via, SEGMENT, { concurrency: four ? '4' : '6' }, kind === 'baseline4' ? BASELINE_ORIGIN : undefined);
          await page.getByText('No context yet').waitFor();
          const before = server.stats.preflights['/api/media/upload'] ?? 0;
          times[kind].push(await measure[kind](page));
          preflights[kind].push((server.stats.preflights['/api/media/upload'] ?? 0) - before);
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await server?.close();
    await proxy.close();
  }
  const of = (kind: Kind): DistantRun => ({
    ms: Math.round(median(times[kind])),
    fastestMs: Math.round(Math.min(...times[kind])),
    slowestMs: Math.round(Math.max(...times[kind])),
    preflights: Math.round(median(preflights[kind])),
  });
  const raw6 = of('raw6');
  const panel6 = of('panel6');
  return {
    label: `${files} files of 2 KB over a ${roundTripMs} ms round trip`, roundTripMs, files,
    rawNamed6: of('rawNamed6'), raw6, panel6, panel4: of('panel4'),
    ...(BASELINE_DIST && { baseline4: of('baseline4') }),
    ratio6: Math.round((raw6.ms / panel6.ms) * 100) / 100,
  };
}
