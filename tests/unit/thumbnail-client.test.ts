import { afterEach, describe, expect, it, vi } from 'vitest';
import { thumbnailMaker, thumbnailsSupported, workerThumbnailMaker } from '../../src/features/gallery/thumbnails/thumbnail-client';
import { thumbnailSize, type ThumbnailRequest, type ThumbnailResponse } from '../../src/features/gallery/thumbnails/thumbnail-protocol';

/** A stand-in Worker: records what it is sent; the test answers, or makes it fail. */
function fakeWorker() {
  const sent: ThumbnailRequest[] = [];
  const worker = {
    onmessage: null as ((event: { data: ThumbnailResponse }) => void) | null,
    onerror: null as ((event: { message: string }) => void) | null,
    postMessage: (message: ThumbnailRequest) => sent.push(message),
    terminate: vi.fn(),
  };
  return { worker, sent, answer: (data: ThumbnailResponse) => worker.onmessage!({ data }) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the thumbnail worker\'s client', () => {
  it('starts the worker on first use only, and matches answers to questions by id', async () => {
    const fake = fakeWorker();
    const start = vi.fn(() => fake.worker as unknown as Worker);
    const maker = workerThumbnailMaker(start, 0);
    expect(start).not.toHaveBeenCalled();
    const blob = new Blob(['x']);
    const first = maker.make('u1', blob);
    const second = maker.lookup('u2');
    expect(start).toHaveBeenCalledTimes(1);
    expect(fake.sent).toEqual([{ type: 'make', url: 'u1', blob, id: 1 }, { type: 'lookup', url: 'u2', id: 2 }]);
    const small = new Blob(['s']);
    fake.answer({ id: 2, ok: true, outcome: { kind: 'thumbnail', blob: small, width: 10, height: 5 } });
    fake.answer({ id: 1, ok: true, outcome: { kind: 'other', sniffed: 'svg', type: 'image/svg+xml' } });
    expect(await second).toEqual({ blob: small, width: 10, height: 5 });
    expect(await first).toEqual({ kind: 'other', sniffed: 'svg', type: 'image/svg+xml' });
  });

  it('says "nothing kept" for a lookup the worker found nothing for, and rejects what the worker could not do', async () => {
    const fake = fakeWorker();
    const maker = workerThumbnailMaker(() => fake.worker as unknown as Worker, 0);
    const lookup = maker.lookup('u1');
    const make = maker.make('u2', new Blob(['x']));
    fake.answer({ id: 1, ok: true, outcome: null });
    fake.answer({ id: 2, ok: false, error: 'The source image could not be decoded.' });
    expect(await lookup).toBeNull();
    await expect(make).rejects.toThrow('could not be decoded');
  });

  it('hands answers on together, at most every 100 ms: one render of the tiles for several pictures', async () => {
    vi.useFakeTimers();
    const fake = fakeWorker();
    const maker = workerThumbnailMaker(() => fake.worker as unknown as Worker);
    const settled: string[] = [];
    void maker.lookup('u1').then(() => settled.push('u1'));
    void maker.lookup('u2').then(() => settled.push('u2'));
    fake.answer({ id: 1, ok: true, outcome: null });
    await vi.advanceTimersByTimeAsync(60);
    fake.answer({ id: 2, ok: true, outcome: null });
    await vi.advanceTimersByTimeAsync(39);
    expect(settled).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual(['u1', 'u2']);
  });

  it('rejects what waits, and everything after, once the worker failed (the page then shows full pictures)', async () => {
    const fake = fakeWorker();
    const start = vi.fn(() => fake.worker as unknown as Worker);
    const maker = workerThumbnailMaker(start);
    const waiting = maker.make('u1', new Blob(['x']));
    fake.worker.onerror!({ message: 'Failed to load the worker script.' });
    await expect(waiting).rejects.toThrow('Failed to load the worker script.');
    await expect(maker.lookup('u2')).rejects.toThrow('Failed to load the worker script.');
    expect(fake.worker.terminate).toHaveBeenCalled();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('gives up a picture whose tile went away: rejects at once and calls the job off in the worker', async () => {
    const fake = fakeWorker();
    const maker = workerThumbnailMaker(() => fake.worker as unknown as Worker, 0);
    const controller = new AbortController();
    const blob = new Blob(['x']);
    const made = maker.make('u1', blob, controller.signal);
    controller.abort(new DOMException('The tile went away.', 'AbortError'));
    await expect(made).rejects.toThrow('The tile went away.');
    expect(fake.sent).toEqual([{ type: 'make', url: 'u1', blob, id: 1 }, { type: 'callOff', id: 1 }]);
    // The worker's late answer (it had started) is dropped; later questions still get theirs.
    fake.answer({ id: 1, ok: true, outcome: { kind: 'thumbnail', blob, width: 1, height: 1 } });
    const lookup = maker.lookup('u2');
    fake.answer({ id: 2, ok: true, outcome: null });
    expect(await lookup).toBeNull();
    // Already aborted: nothing is sent at all.
    await expect(maker.make('u3', blob, controller.signal)).rejects.toThrow('The tile went away.');
    expect(fake.sent).toHaveLength(3);
  });

  it('sends no call-off once the answer arrived', async () => {
    const fake = fakeWorker();
    const maker = workerThumbnailMaker(() => fake.worker as unknown as Worker, 0);
    const controller = new AbortController();
    const made = maker.make('u1', new Blob(['x']), controller.signal);
    fake.answer({ id: 1, ok: true, outcome: { kind: 'other', sniffed: 'svg', type: 'image/svg+xml' } });
    await made;
    controller.abort();
    expect(fake.sent.map((request) => request.type)).toEqual(['make']);
  });

  it('is not offered where Worker, OffscreenCanvas or createImageBitmap is missing (Node, jsdom)', () => {
    expect(thumbnailsSupported()).toBe(false);
    expect(thumbnailMaker()).toBeNull();
  });
});

describe('thumbnail size', () => {
  it('fits the longer side in 640 pixels, keeps the aspect ratio, and never enlarges', () => {
    expect(thumbnailSize(2880, 1800)).toEqual({ width: 640, height: 400 });
    expect(thumbnailSize(1170, 2532)).toEqual({ width: 296, height: 640 });
    expect(thumbnailSize(300, 200)).toEqual({ width: 300, height: 200 });
    expect(thumbnailSize(10_000, 1)).toEqual({ width: 640, height: 1 });
  });
});
