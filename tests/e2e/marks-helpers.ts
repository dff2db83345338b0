import { readFileSync } from 'node:fs';
import type { startMockHttpServer } from '../../mocks/http/server';
import type { Asset } from '../../src/domain/asset';
import { writeMarksFile, type Mark } from '../../src/domain/marks';
import { assetVersion } from '../../src/domain/marks-index';

type MockServer = Awaited<ReturnType<typeof startMockHttpServer>>;

/** The demo checkout screenshot (800 × 500). */
export const SCREEN = readFileSync(new URL('../../mocks/fixtures/checkout-screen.png', import.meta.url));
/** Where its "Place order" button is, as a mark. */
export const PLACE_ORDER: Mark = { x: 0.61, y: 0.6, width: 0.335, height: 0.108, label: 'Place order' };

/** Stores a file on the mock as the two calls would (media upload, attach), without a browser. */
export function attachOnServer(
  server: MockServer, segmentId: number, name: string, bytes: Uint8Array | string, contentType: string, locale: string | null = 'de',
): Asset {
  const { store } = server.runtime;
  const media = store.receiveMedia({ accountId: 'demo', name, contentType, blob: new Blob([bytes as BlobPart], { type: contentType }), maxsize: null });
  return store.attach('demo', 'pr7214', String(segmentId), { filetoken: media.token, locale }, server.url);
}

/** A marks file for `image` (drawn on its current version, on the 800 × 500 screenshot). */
export function marksFor(image: Asset, marks: Mark[]): string {
  return writeMarksFile({ name: image.name, v: assetVersion(image)!, width: 800, height: 500 }, marks);
}
