import { assetKey } from '../../src/domain/asset';
import { marksFileName, writeMarksFile, type Mark } from '../../src/domain/marks';
import { ticksFromMilliseconds } from '../../src/domain/ticks';
import type { MockStore } from '../store';
import type { FixtureName, LoadFixture } from './seed';

export interface SeedManyOptions {
  /**
   * Mark every n-th round through the fixtures (2: half the images, both kinds alike): each
   * marked image gets a valid `<name>.marks.json` beside it with 1–3 marks, drawn on its
   * current version. 0 or absent: no marks.
   */
  markEvery?: number;
}

/** The fixtures used, with their natural sizes (what a marks file records). */
const FIXTURES: readonly { file: FixtureName; extension: string; contentType: string; width: number; height: number }[] = [
  { file: 'checkout-screen.png', extension: 'png', contentType: 'image/png', width: 800, height: 500 },
  { file: 'pexels-gons3.jpg', extension: 'jpg', contentType: 'image/jpeg', width: 800, height: 533 },
];

const LABELS = ['Place order', undefined, 'Total'];

/** 1–3 marks, placed differently from image to image, all inside the image. */
function marksFor(index: number): Mark[] {
  return Array.from({ length: (index % 3) + 1 }, (_, m) => ({
    x: 0.05 + ((index * 7 + m * 31) % 60) / 100,
    y: 0.05 + ((index * 13 + m * 23) % 70) / 100,
    width: 0.2,
    height: 0.08,
    label: LABELS[m],
  }));
}

/**
 * Many real, decodable images on one segment (for large galleries and benchmarks): the demo
 * fixtures under numbered names, a minute apart, so sorting by date and name both mean something.
 * With `markEvery`, some of them marked (the marks file written half a minute after its image).
 */
export async function seedManyAssets(
  store: MockStore, loadFixture: LoadFixture, segmentId: number, count: number, locale: string | null,
  { markEvery = 0 }: SeedManyOptions = {},
): Promise<number> {
  const segment = store.state.world.segments.find((s) => s.segmentId === segmentId);
  if (!segment) return 0;
  const images = await Promise.all(FIXTURES.map(async (f) => ({ ...f, blob: await loadFixture(f.file) })));
  const start = store.clock.nowMs() - count * 60_000;
  const put = (name: string, contentType: string, ms: number, blob: Blob) => {
    const ticks = ticksFromMilliseconds(ms).toString();
    store.putStored(assetKey({ segmentId, locale, relativePath: '', name }), {
      projectId: segment.projectId,
      documentId: segment.documentId,
      segmentId,
      locale,
      relativePath: '',
      name,
      contentType,
      createdTicks: ticks,
      modifiedTicks: ticks,
      blob,
    });
    return ticks;
  };
  for (let i = 0; i < count; i += 1) {
    const image = images[i % images.length]!;
    const name = `screen-${String(i + 1).padStart(4, '0')}.${image.extension}`;
    const ms = start + i * 60_000;
    // The image's `v` is its modified ticks: the `v` of its download URL, what assetVersion reads.
    const v = put(name, image.contentType, ms, image.blob);
    if (markEvery > 0 && Math.floor(i / images.length) % markEvery === 0) {
      const text = writeMarksFile({ name, v, width: image.width, height: image.height }, marksFor(i));
      put(marksFileName(name)!, 'application/json', ms + 30_000, new Blob([text], { type: 'application/json' }));
    }
  }
  return count;
}
