import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/api/errors';
import type { AttachAssetInput } from '../../src/api/attach-asset';
import type { UploadMediaOptions } from '../../src/api/upload-media';
import type { Asset } from '../../src/domain/asset';
import { probeDelay, serverAnswered } from '../../src/features/upload/core/outage';
import { createUploadRunner, type RunnerEvents } from '../../src/features/upload/core/runner';
import { createUploadStore, recordsOf } from '../../src/features/upload/core/store';

interface Pending<I, O> {
  input: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

/** Step 1, step 2 and the probe as promises the test settles by hand. */
function fakeServer() {
  const uploads: Pending<UploadMediaOptions, { token: string; name: string }>[] = [];
  const attaches: Pending<AttachAssetInput, Asset>[] = [];
  const probes: Pending<{ scope: string; signal: AbortSignal; at: number }, unknown>[] = [];
  const findAttached = vi.fn(async (): Promise<Asset | null> => null);
  /** While true, every probe fails at once, as against a closed port. */
  const server = { down: false };
  return {
    server,
    uploads,
    attaches,
    probes,
    findAttached,
    transport: {
      upload: (_file: Blob, options: UploadMediaOptions) => new Promise<{ token: string; name: string }>((resolve, reject) => {
        uploads.push({ input: options, resolve, reject });
      }),
      attach: (input: AttachAssetInput) => new Promise<Asset>((resolve, reject) => attaches.push({ input, resolve, reject })),
      probe: (scope: string, signal: AbortSignal) => new Promise<unknown>((resolve, reject) => {
        probes.push({ input: { scope, signal, at: Date.now() }, resolve, reject });
        if (server.down) reject(new ApiError({ kind: 'network', status: 0 }));
      }),
      findAttached,
    },
  };
}

function asset(name: string): Asset {
  return {
    projectId: 7214, documentId: 19641, segmentId: 27665601, locale: null, relativePath: '', name, size: 3, contentType: 'image/png',
    createdDate: '2026-11-27T10:00:00.0000000Z', modifiedDate: '2026-11-27T10:00:00.0000000Z', downloadUrl: `https://x/api/${name}`,
  };
}

const target = { scope: 'pr7214', segmentId: 27665601, locale: 'de', relativePath: '' };
const file = () => new Blob([new Uint8Array(3)], { type: 'image/png' });
const flush = () => vi.advanceTimersByTimeAsync(0);
const noAnswer = () => new ApiError({ kind: 'network', status: 0 });
const names = (count: number) => Array.from({ length: count }, (_, i) => ({ file: file(), name: `f${i + 1}.png`, target }));

function setup(concurrency = 4) {
  const store = createUploadStore(concurrency);
  const server = fakeServer();
  const events = { failed: vi.fn(), offline: vi.fn(), online: vi.fn() } satisfies RunnerEvents;
  let n = 0;
  const runner = createUploadRunner({
    store, transport: server.transport, concurrency, maxFileSize: 1000, events, random: () => 0.5, newId: () => `u${++n}`,
  });
  const status = () => recordsOf(store.getState()).map((r) => r.status);
  const record = (id: string) => store.getState().records.get(id)!;
  return { store, runner, events, status, record, ...server };
}

describe('upload runner when the server cannot be reached', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('backs off 1, 2, 5, 10, 20 s, then 30 s at most, jittered by up to 20 %', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map((a) => probeDelay(a, () => 0.5))).toEqual([1000, 2000, 5000, 10000, 20000, 30000, 30000, 30000]);
    expect([probeDelay(0, () => 0), probeDelay(9, () => 1)]).toEqual([800, 36000]);
  });

  it('counts any answer as the server being there, but not a gateway\u2019s 502/503/504 nor no answer', () => {
    const answers = [401, 403, 404, 429, 500, 502, 503, 504].map((status) => serverAnswered(new ApiError({ kind: 'server', status })));
    expect(answers).toEqual([true, true, true, true, true, false, false, false]);
    expect(serverAnswered(noAnswer())).toBe(false);
    expect(serverAnswered(new TypeError('Failed to fetch'))).toBe(false);
    expect(serverAnswered(new DOMException('timeout', 'AbortError'))).toBe(false);
  });

  it('one lost request pauses the queue for a probe; the server answers, so the file uses its own retry', async () => {
    const { runner, store, uploads, probes, status, record, events } = setup(2);
    runner.enqueue(names(3));
    uploads[0]!.reject(noAnswer());
    await flush();
    expect(store.getState().pause).toEqual({ reason: 'offline', confirmed: false, nextProbeAt: null });
    expect(probes.map((p) => p.input.scope)).toEqual(['pr7214']);
    // Paused: the free slot is not used until the server has answered.
    expect(uploads).toHaveLength(2);
    probes[0]!.resolve({});
    await flush();
    expect(store.getState().pause).toBeNull();
    expect(record('u1')).toMatchObject({ status: 'queued', attempts: 1, retryAt: Date.now() + 1000, error: { step: 'upload', retryable: true } });
    expect(status()).toEqual(['queued', 'uploading', 'uploading']);
    expect(events.offline).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    uploads[1]!.reject(new ApiError({ kind: 'server', status: 500 }));
    await flush();
    // A 5xx is an answer: that file's own retries, and the queue goes on.
    expect(store.getState().pause).toBeNull();
    expect(record('u2')).toMatchObject({ status: 'queued', attempts: 1 });
    expect(probes).toHaveLength(1);
  });

  it('a 408 is retried by its file alone, without a pause', async () => {
    const { runner, store, uploads, probes, record } = setup(1);
    runner.enqueue(names(1));
    uploads[0]!.reject(new ApiError({ kind: 'network', status: 408 }));
    await flush();
    expect(store.getState().pause).toBeNull();
    expect(record('u1')).toMatchObject({ status: 'queued', attempts: 1, retryAt: Date.now() + 1000 });
    expect(probes).toHaveLength(0);
  });

  it('an outage pauses the whole queue, spends no file\u2019s retries, probes with backoff and resumes by itself', async () => {
    const { runner, store, uploads, attaches, probes, status, record, events, server } = setup(4);
    runner.enqueue(names(10));
    const start = Date.now();
    for (const pending of uploads) pending.reject(noAnswer());
    await flush();
    expect(probes).toHaveLength(1);
    probes[0]!.reject(noAnswer());
    await flush();
    expect(events.offline).toHaveBeenCalledTimes(1);
    expect(store.getState().pause).toEqual({ reason: 'offline', confirmed: true, nextProbeAt: Date.now() + 1000 });
    // Two minutes without the server: each probe fails, the next comes later.
    server.down = true;
    await vi.advanceTimersByTimeAsync(120_000 - (Date.now() - start));
    expect(probes.map((p) => p.input.at - start)).toEqual([0, 1000, 3000, 8000, 18000, 38000, 68000, 98000]);
    expect(uploads).toHaveLength(4);
    expect(status().every((s) => s === 'queued')).toBe(true);
    expect(recordsOf(store.getState()).every((r) => r.attempts === 0 && r.retryAt === null)).toBe(true);
    expect(events.failed).not.toHaveBeenCalled();
    // The server is back: the next probe is answered and the queue goes on, no click needed.
    server.down = false;
    await vi.advanceTimersByTimeAsync(128_000 - (Date.now() - start));
    expect(probes).toHaveLength(9);
    probes[8]!.resolve({});
    await flush();
    expect(events.online).toHaveBeenCalledTimes(1);
    expect(store.getState().pause).toBeNull();
    expect(status().filter((s) => s === 'uploading')).toHaveLength(4);
    uploads[4]!.resolve({ token: 't1', name: 'f1.png' });
    await flush();
    attaches[0]!.resolve(asset('f1.png'));
    await flush();
    expect(record('u1').status).toBe('done');
  });

  it('a probe that hangs counts as no answer after 15 s', async () => {
    const { runner, store, uploads, probes } = setup(1);
    runner.enqueue(names(1));
    uploads[0]!.reject(noAnswer());
    await flush();
    probes[0]!.input.signal.addEventListener('abort', () => probes[0]!.reject(new DOMException('timeout', 'AbortError')));
    await vi.advanceTimersByTimeAsync(15_000);
    expect(store.getState().pause).toMatchObject({ reason: 'offline', confirmed: true });
  });

  it('an attach whose answer was lost in the outage is found in the segment\u2019s list: the bytes go once', async () => {
    const { runner, uploads, attaches, probes, findAttached, record } = setup(1);
    runner.enqueue(names(1));
    uploads[0]!.resolve({ token: 'tok', name: 'f1.png' });
    await flush();
    attaches[0]!.reject(noAnswer());
    await flush();
    probes[0]!.reject(noAnswer());
    await vi.advanceTimersByTimeAsync(1000);
    probes[1]!.resolve({});
    await flush();
    expect(attaches.map((a) => a.input.fileToken)).toEqual(['tok', 'tok']);
    findAttached.mockResolvedValueOnce(asset('f1.png'));
    attaches[1]!.reject(new ApiError({ kind: 'invalid', status: 400, title: 'The file token is unknown, expired or already used: upload the file again.' }));
    await flush();
    expect(record('u1')).toMatchObject({ status: 'done', asset: asset('f1.png') });
    expect(uploads).toHaveLength(1);
  });

  it('the browser\u2019s offline event pauses without a request; its online event asks at once', async () => {
    const { runner, store, uploads, probes, events } = setup(1);
    runner.enqueue(names(2));
    runner.browserOffline();
    expect(events.offline).toHaveBeenCalledTimes(1);
    expect(store.getState().pause).toEqual({ reason: 'offline', confirmed: true, nextProbeAt: Date.now() + 1000 });
    uploads[0]!.reject(noAnswer());
    await vi.advanceTimersByTimeAsync(500);
    expect(probes).toHaveLength(0);
    runner.tryNow();
    expect(probes).toHaveLength(1);
    probes[0]!.resolve({});
    await flush();
    expect(events.online).toHaveBeenCalledTimes(1);
    expect(uploads).toHaveLength(2);
    expect(store.getState().records.get("u1")).toMatchObject({ attempts: 0 });
  });

  it('the offline event with nothing to upload changes nothing', () => {
    const { runner, store, probes } = setup(1);
    runner.browserOffline();
    expect(store.getState().pause).toBeNull();
    expect(probes).toHaveLength(0);
  });

  it('an expired-session pause is not replaced by an outage', async () => {
    const { runner, store, uploads, probes } = setup(2);
    runner.enqueue(names(2));
    uploads[0]!.reject(new ApiError({ kind: 'auth', status: 401, title: 'Token invalid or expired.' }));
    await flush();
    uploads[1]!.reject(noAnswer());
    runner.browserOffline();
    await flush();
    expect(store.getState().pause).toEqual({ reason: 'session' });
    expect(probes).toHaveLength(0);
  });

  it('stop() ends the probing; start() asks again', async () => {
    const { runner, uploads, probes } = setup(1);
    runner.enqueue(names(1));
    uploads[0]!.reject(noAnswer());
    await flush();
    probes[0]!.reject(noAnswer());
    await flush();
    runner.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probes).toHaveLength(1);
    runner.start();
    expect(probes).toHaveLength(2);
  });
});
