import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadReply, ReadRequest } from '../../src/features/gallery/ocr/ocr-protocol';

/** The recognition worker, faked: it holds what it was sent and answers when told. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  posted: ReadRequest[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(request: ReadRequest) {
    this.posted.push(request);
  }
  answer(reply: ReadReply) {
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
  terminate() {
    this.terminated = true;
  }
}

/** A "picture" whose Blob size says its width; 1000 px high. */
const picture = (width: number) => new Blob([new Uint8Array(width)]);

beforeEach(() => {
  vi.resetModules();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('createImageBitmap', async (blob: Blob) => ({ width: blob.size, height: 1000, close: () => {} }));
});
afterEach(() => vi.unstubAllGlobals());

describe('reading text in the page\'s one recognition worker', () => {
  it('reads one picture at a time; stopping the one being read leaves the other panel\'s read to a new worker', async () => {
    const { readText } = await import('../../src/features/gallery/ocr/read-text');
    const stop = new AbortController();
    const first = readText(picture(800), 'en', { signal: stop.signal });
    const second = readText(picture(600), 'de');
    await vi.waitFor(() => expect(FakeWorker.made[0]?.posted).toHaveLength(1));
    // The second waits: the worker reads one picture at a time.
    expect(FakeWorker.made[0]!.posted[0]!.model).toBe('eng');
    stop.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    await vi.waitFor(() => expect(FakeWorker.made[1]?.posted).toHaveLength(1));
    const request = FakeWorker.made[1]!.posted[0]!;
    expect(request.model).toBe('deu');
    FakeWorker.made[1]!.answer({ id: request.id, type: 'done', words: [] });
    await expect(second).resolves.toEqual({ width: 600, height: 1000, words: [] });
  });

  it('a read stopped while it waits leaves the queue and the worker reading another picture goes on', async () => {
    const { readText } = await import('../../src/features/gallery/ocr/read-text');
    const first = readText(picture(800), 'fr');
    const stop = new AbortController();
    const waiting = readText(picture(700), 'en', { signal: stop.signal });
    await vi.waitFor(() => expect(FakeWorker.made[0]?.posted).toHaveLength(1));
    stop.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made[0]!.terminated).toBe(false);
    const { id } = FakeWorker.made[0]!.posted[0]!;
    FakeWorker.made[0]!.answer({ id, type: 'progress', stage: 'reading', progress: 0.5 });
    FakeWorker.made[0]!.answer({ id, type: 'done', words: [] });
    await expect(first).resolves.toMatchObject({ width: 800 });
    // Nothing else was sent: the stopped read never reached the worker.
    expect(FakeWorker.made[0]!.posted).toHaveLength(1);
  });

  it('refuses a picture over 50 megapixels (the reading would hold copies of it), and reads the next', async () => {
    const { readText, PictureTooLargeError } = await import('../../src/features/gallery/ocr/read-text');
    const huge = readText(picture(60_000), 'en');
    await expect(huge).rejects.toBeInstanceOf(PictureTooLargeError);
    await expect(huge).rejects.toThrow('The picture has 60 megapixels; text is read on pictures of up to 50.');
    const next = readText(picture(1400), 'en');
    await vi.waitFor(() => expect(FakeWorker.made[0]?.posted).toHaveLength(1));
    FakeWorker.made[0]!.answer({ id: FakeWorker.made[0]!.posted[0]!.id, type: 'failed', message: 'broken' });
    await expect(next).rejects.toThrow('broken');
  });

  it('refuses a picture whose header claims over 50 megapixels before decoding it (a small file, a huge canvas)', async () => {
    const decode = vi.fn(async () => ({ width: 1, height: 1, close: () => {} }));
    vi.stubGlobal('createImageBitmap', decode);
    const { readText, PictureTooLargeError } = await import('../../src/features/gallery/ocr/read-text');
    const header = new Uint8Array(33);
    header.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(header.buffer).setUint32(16, 20_000);
    new DataView(header.buffer).setUint32(20, 20_000);
    await expect(readText(new Blob([header], { type: 'image/png' }), 'en')).rejects.toBeInstanceOf(PictureTooLargeError);
    expect(decode).not.toHaveBeenCalled();
  });

  it('a read stopped while its picture is still being decoded leaves the warm worker for the next read', async () => {
    const { readText } = await import('../../src/features/gallery/ocr/read-text');
    const warm = readText(picture(500), 'en');
    await vi.waitFor(() => expect(FakeWorker.made[0]?.posted).toHaveLength(1));
    FakeWorker.made[0]!.answer({ id: FakeWorker.made[0]!.posted[0]!.id, type: 'done', words: [] });
    await warm;
    let decoded!: () => void;
    vi.stubGlobal('createImageBitmap', (blob: Blob) => new Promise((resolve) => {
      decoded = () => resolve({ width: blob.size, height: 1000, close: () => {} });
    }));
    const stop = new AbortController();
    const slow = readText(picture(900), 'en', { signal: stop.signal });
    await vi.waitFor(() => expect(decoded).toBeTypeOf('function'));
    stop.abort();
    await expect(slow).rejects.toMatchObject({ name: 'AbortError' });
    decoded();
    expect(FakeWorker.made[0]!.terminated).toBe(false);
    expect(FakeWorker.made).toHaveLength(1);
  });
});
