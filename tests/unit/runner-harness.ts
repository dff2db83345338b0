import { vi } from 'vitest';
import { ApiError } from '../../src/api/errors';
import type { AttachAssetInput } from '../../src/api/attach-asset';
import type { UploadMediaOptions } from '../../src/api/upload-media';
import type { Asset } from '../../src/domain/asset';
import { createUploadRunner, type RunnerEvents } from '../../src/features/upload/core/runner';
import { createUploadStore, recordsOf } from '../../src/features/upload/core/store';

/* The upload runner over a transport whose two steps the test settles by hand. */

export interface Pending<I, O> {
  input: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

/** Step 1 and step 2 as promises the test settles by hand. */
export function fakeTransport() {
  const uploads: Pending<{ file: Blob; options: UploadMediaOptions }, { token: string; name: string }>[] = [];
  const attaches: Pending<AttachAssetInput, Asset>[] = [];
  return {
    uploads,
    attaches,
    transport: {
      upload: (file: Blob, options: UploadMediaOptions) => new Promise<{ token: string; name: string }>((resolve, reject) => {
        uploads.push({ input: { file, options }, resolve, reject });
        options.signal?.addEventListener('abort', () => reject(new DOMException('canceled', 'AbortError')));
      }),
      attach: (input: AttachAssetInput) => new Promise<Asset>((resolve, reject) => attaches.push({ input, resolve, reject })),
    },
  };
}

export function asset(name: string): Asset {
  return {
    projectId: 7214, documentId: 19641, segmentId: 27665601, locale: null, relativePath: '', name, size: 3, contentType: 'image/png',
    createdDate: '2026-11-27T10:00:00.0000000Z', modifiedDate: '2026-11-27T10:00:00.0000000Z', downloadUrl: `https://x/api/${name}`,
  };
}

export const target = { scope: 'pr7214', segmentId: 27665601, locale: 'de', relativePath: '' };
export const file = (size = 3) => new Blob([new Uint8Array(size)], { type: 'image/png' });
export const flush = () => vi.advanceTimersByTimeAsync(0);
export const serverError = () => new ApiError({ kind: 'server', status: 500, title: 'An unexpected error occurred on the server.' });
export const networkDown = () => new ApiError({ kind: 'network', status: 0 });

export function setup(concurrency = 4, events: RunnerEvents = {}) {
  const store = createUploadStore(concurrency);
  const fake = fakeTransport();
  let n = 0;
  const runner = createUploadRunner({
    store, transport: fake.transport, concurrency, maxFileSize: 1000, events, random: () => 0.5, newId: () => `u${++n}`,
  });
  const status = () => recordsOf(store.getState()).map((r) => r.status);
  const record = (id: string) => store.getState().records.get(id)!;
  return { store, runner, ...fake, status, record };
}
