import { assetKey } from '../../src/domain/asset';
import { effectiveContentType } from '../../src/domain/file-kind';
import { marksFileName, writeMarksFile, type Mark } from '../../src/domain/marks';
import { isoToTicks } from '../../src/domain/ticks';
import type { MockStore } from '../store';
import { DEMO_DOCUMENT_ID, DEMO_PROJECT_ID } from './world';

export const FIXTURE_FILES = [
  'pexels-gons3.jpg',
  'checkout-screen.png',
  'settings-dialog-de.png',
  'add-to-cart-flow.webm',
  'style-guide.pdf',
] as const;

export type FixtureName = (typeof FIXTURE_FILES)[number];
export type LoadFixture = (name: FixtureName) => Promise<Blob>;

interface SeedAsset {
  segmentId: number;
  locale: string | null;
  relativePath: string;
  fixture: FixtureName;
  name?: string;
  created: string;
  modified?: string;
}

/** Real files on a few demo segments: an English photo, neutral and German screenshots, a video, a PDF. */
export const SEED_ASSETS: readonly SeedAsset[] = [
  { segmentId: 27665601, locale: 'en', relativePath: '', fixture: 'pexels-gons3.jpg', created: '2025-07-27T15:58:33.8999983Z' },
  { segmentId: 27665601, locale: null, relativePath: '', fixture: 'checkout-screen.png', created: '2026-11-20T09:12:44.1520000Z' },
  { segmentId: 27665601, locale: 'de', relativePath: 'public/views', fixture: 'settings-dialog-de.png', name: 'checkout-de.png', created: '2026-11-21T14:03:09.0071234Z' },
  { segmentId: 27665602, locale: null, relativePath: '', fixture: 'add-to-cart-flow.webm', created: '2026-11-22T10:45:00.5000000Z' },
  { segmentId: 27665602, locale: 'fr', relativePath: '', fixture: 'checkout-screen.png', name: 'panier-fr.png', created: '2026-11-23T08:30:12.2500000Z' },
  { segmentId: 27665603, locale: null, relativePath: 'documents/pdfs', fixture: 'style-guide.pdf', created: '2026-11-18T16:20:00.0000000Z' },
  { segmentId: 27665604, locale: 'de', relativePath: 'public/views', fixture: 'settings-dialog-de.png', created: '2026-11-24T11:11:11.1111111Z' },
  { segmentId: 27665604, locale: 'ja', relativePath: '', fixture: 'pexels-gons3.jpg', name: 'settings-ja.jpg', created: '2026-11-25T07:00:00.0000000Z', modified: '2026-11-26T07:30:00.0000000Z' },
];

/**
 * Where the demo's strings are on its screenshots: marks files as the panel writes them, on the
 * image's seeded version, so the demo shows marks from the first start: segment 27665601 is
 * "Place order", the button on the 800 × 500 checkout screen.
 */
const SEED_MARKS: readonly { image: SeedAsset; marks: Mark[] }[] = [
  { image: SEED_ASSETS[1]!, marks: [{ x: 0.614, y: 0.604, width: 0.327, height: 0.1, label: 'Place order' }] },
];

export async function seedDemoAssets(store: MockStore, loadFixture: LoadFixture): Promise<number> {
  const blobs = new Map<FixtureName, Blob>();
  for (const name of new Set(SEED_ASSETS.map((a) => a.fixture))) blobs.set(name, await loadFixture(name));
  for (const seed of SEED_ASSETS) {
    const name = seed.name ?? seed.fixture;
    const blob = blobs.get(seed.fixture)!;
    store.putStored(assetKey({ segmentId: seed.segmentId, locale: seed.locale, relativePath: seed.relativePath, name }), {
      projectId: DEMO_PROJECT_ID,
      documentId: DEMO_DOCUMENT_ID,
      segmentId: seed.segmentId,
      locale: seed.locale,
      relativePath: seed.relativePath,
      name,
      contentType: effectiveContentType(blob.type, name),
      createdTicks: isoToTicks(seed.created).toString(),
      modifiedTicks: isoToTicks(seed.modified ?? seed.created).toString(),
      blob,
    });
  }
  for (const { image, marks } of SEED_MARKS) {
    const imageName = image.name ?? image.fixture;
    const name = marksFileName(imageName)!;
    const v = isoToTicks(image.modified ?? image.created).toString();
    const text = writeMarksFile({ name: imageName, v, width: 800, height: 500 }, marks);
    const ticks = (BigInt(v) + 10_000_000n).toString();
    store.putStored(assetKey({ segmentId: image.segmentId, locale: image.locale, relativePath: image.relativePath, name }), {
      projectId: DEMO_PROJECT_ID, documentId: DEMO_DOCUMENT_ID, segmentId: image.segmentId, locale: image.locale,
      relativePath: image.relativePath, name, contentType: 'application/json', createdTicks: ticks, modifiedTicks: ticks,
      blob: new Blob([text], { type: 'application/json' }),
    });
  }
  return SEED_ASSETS.length;
}
