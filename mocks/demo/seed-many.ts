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
  /**
   * `text`: plain-text notes instead of images (`note-0001.txt`, a few hundred bytes each). The
   * same grid with a type icon on every tile and no preview to fetch or decode: the baseline a
   * benchmark compares the image gallery with. Default `images`.
   */
  files?: 'images' | 'text';
  /** The images to cycle through (default: the demo's two 800-pixel fixtures, see demoPictures). */
  pictures?: readonly SeedPicture[];
}

/** A real, decodable image and its natural size (what a marks file records). */
export interface SeedPicture { extension: string; contentType: string; width: number; height: number; blob: Blob }

/** The fixtures used by default, with their natural sizes. */
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

/** The demo's screenshot and photo (800 pixels wide), as seeded by default. */
export function demoPictures(loadFixture: LoadFixture): Promise<SeedPicture[]> {
  return Promise.all(FIXTURES.map(async ({ file, ...picture }) => ({ ...picture, blob: await loadFixture(file) })));
}

/**
 * Many real, decodable images on one segment (for large galleries and benchmarks): the demo
 * fixtures under numbered names, a minute apart, so sorting by date and name both mean something.
 * With `markEvery`, some of them marked (the marks file written half a minute after its image).
 */
export async function seedManyAssets(
  store: MockStore, loadFixture: LoadFixture, segmentId: number, count: number, locale: string | null,
  { markEvery = 0, files = 'images', pictures }: SeedManyOptions = {},
): Promise<number> {
  const segment = store.state.world.segments.find((s) => s.segmentId === segmentId);
  if (!segment) return 0;
  const images = pictures?.length ? pictures : await demoPictures(loadFixture);
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
  if (files === 'text') {
    for (let i = 0; i < count; i += 1) {
      const number = String(i + 1).padStart(4, '0');
      put(`note-${number}.txt`, 'text/plain', start + i * 60_000, new Blob([`Note ${number}: what the screen around this segment says.\n`.repeat(8)]));
    }
    return count;
  }
  // Seeding again adds after what is there (the dev menu's "Add 1,000 assets" twice: 2,000).
  const taken = [...store.state.assets.values()]
    .filter((a) => a.segmentId === segmentId && a.locale === locale)
    .map((a) => Number(/^screen-(\d+)\./.exec(a.name)?.[1] ?? 0));
  const first = taken.reduce((max, n) => Math.max(max, n), 0) + 1;
  for (let i = 0; i < count; i += 1) {
    const image = images[i % images.length]!;
    const name = `screen-${String(first + i).padStart(4, '0')}.${image.extension}`;
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
