import { assetKey } from '../../src/domain/asset';
import { ticksFromMilliseconds } from '../../src/domain/ticks';
import type { MockStore } from '../store';
import type { LoadFixture } from './seed';

/**
 * Many real, decodable images on one segment (for large galleries and benchmarks): the demo
 * fixtures under numbered names, a minute apart, so sorting by date and name both mean something.
 */
export async function seedManyAssets(
  store: MockStore, loadFixture: LoadFixture, segmentId: number, count: number, locale: string | null,
): Promise<number> {
  const segment = store.state.world.segments.find((s) => s.segmentId === segmentId);
  if (!segment) return 0;
  const images = [await loadFixture('checkout-screen.png'), await loadFixture('pexels-gons3.jpg')];
  const start = store.clock.nowMs() - count * 60_000;
  for (let i = 0; i < count; i += 1) {
    const blob = images[i % images.length]!;
    const name = `screen-${String(i + 1).padStart(4, '0')}.${i % 2 ? 'jpg' : 'png'}`;
    const ticks = ticksFromMilliseconds(start + i * 60_000).toString();
    store.putStored(assetKey({ segmentId, locale, relativePath: '', name }), {
      projectId: segment.projectId,
      documentId: segment.documentId,
      segmentId,
      locale,
      relativePath: '',
      name,
      contentType: i % 2 ? 'image/jpeg' : 'image/png',
      createdTicks: ticks,
      modifiedTicks: ticks,
      blob,
    });
  }
  return count;
}
