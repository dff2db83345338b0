import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/api/errors';
import { createUploadRunner } from '../../src/features/upload/core/runner';
import { createUploadStore, RecordTable, uploadTotals } from '../../src/features/upload/core/store';
import { asset, fakeTransport, file, flush, networkDown, serverError, setup, target } from './runner-harness';

describe('upload runner', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('goes queued -> uploading -> finishing -> attaching -> done, at most `concurrency` at once', async () => {
    const attached = vi.fn();
    const { runner, uploads, attaches, status, record } = setup(2, { attached });
    runner.enqueue(['a.png', 'b.png', 'c.png'].map((name) => ({ file: file(), name, target })));
    expect(status()).toEqual(['uploading', 'uploading', 'queued']);
    uploads[0]!.input.options.onProgress!({ loaded: 2, total: 3 });
    expect(record('u1').sent).toBe(2);
    uploads[0]!.input.options.onSent!();
    expect(status()[0]).toBe('finishing');
    uploads[0]!.resolve({ token: 't1', name: 'a.png' });
    await flush();
    expect(status()[0]).toBe('attaching');
    expect(attaches[0]!.input).toEqual({ scope: 'pr7214', segmentId: 27665601, fileToken: 't1', locale: 'de', relativePath: null });
    // An attach holds no upload slot: the third file's bytes start while the first one attaches.
    expect(status()).toEqual(['attaching', 'uploading', 'uploading']);
    expect(uploads).toHaveLength(3);
    attaches[0]!.resolve(asset('a.png'));
    await flush();
    expect(status()).toEqual(['done', 'uploading', 'uploading']);
    // Told with `more`: two files are still on their way.
    expect(attached).toHaveBeenCalledWith(expect.objectContaining({ id: 'u1', status: 'done' }), asset('a.png'), true);
    expect(record('u1').file).toBeNull();
  });

  it('tells the last file of a batch, and a file alone, as having no others after it', async () => {
    const attached = vi.fn();
    const { runner, uploads, attaches } = setup(2, { attached });
    runner.enqueue(['a.png', 'b.png'].map((name) => ({ file: file(), name, target })));
    uploads[0]!.resolve({ token: 't1', name: 'a.png' });
    uploads[1]!.resolve({ token: 't2', name: 'b.png' });
    await flush();
    attaches[0]!.resolve(asset('a.png'));
    await flush();
    // b.png still attaches.
    expect(attached).toHaveBeenLastCalledWith(expect.anything(), asset('a.png'), true);
    attaches[1]!.resolve(asset('b.png'));
    await flush();
    expect(attached).toHaveBeenLastCalledWith(expect.anything(), asset('b.png'), false);
    runner.enqueue([{ file: file(), name: 'c.png', target }]);
    uploads[2]!.resolve({ token: 't3', name: 'c.png' });
    await flush();
    attaches[2]!.resolve(asset('c.png'));
    await flush();
    expect(attached).toHaveBeenLastCalledWith(expect.anything(), asset('c.png'), false);
  });

  it('retries a network failure after 1 s, 3 s and 10 s, then offers Retry', async () => {
    const failed = vi.fn();
    const { runner, uploads, status, record } = setup(4, { failed });
    runner.enqueue([{ file: file(), name: 'a.png', target }]);
    const times: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      times.push(Date.now());
      uploads[attempt]!.reject(networkDown());
      await flush();
      if (attempt < 3) {
        expect(status()).toEqual(['queued']);
        expect(record('u1').error?.title).toBe('The server could not be reached. Check your connection.');
        await vi.advanceTimersByTimeAsync(record('u1').retryAt! - Date.now());
        expect(uploads).toHaveLength(attempt + 2);
      }
    }
    expect(times.slice(1).map((t, i) => t - times[i]!)).toEqual([1000, 3000, 10000]);
    expect(status()).toEqual(['failed']);
    expect(record('u1').error).toEqual({
      title: 'The server could not be reached. Check your connection.', message: { key: 'error.network' }, retryable: true, step: 'upload',
    });
    expect(failed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(uploads).toHaveLength(4);
    runner.retry('u1');
    expect(status()).toEqual(['uploading']);
    expect(uploads).toHaveLength(5);
  });

  it('jitters the retry delay by up to 20 %', async () => {
    const { retryDelay } = await import('../../src/features/upload/core/retry');
    expect([retryDelay(0, () => 0), retryDelay(0, () => 1), retryDelay(2, () => 0.5), retryDelay(3)]).toEqual([800, 1200, 10000, null]);
  });

  it('retries a failed attach alone, with the same file token: the bytes go once', async () => {
    const { runner, uploads, attaches, status } = setup();
    runner.enqueue([{ file: file(), name: 'a.png', target }]);
    uploads[0]!.resolve({ token: 'tok', name: 'a.png' });
    await flush();
    attaches[0]!.reject(serverError());
    await flush();
    expect(status()).toEqual(['queued']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(status()).toEqual(['attaching']);
    expect(attaches.map((a) => a.input.fileToken)).toEqual(['tok', 'tok']);
    attaches[1]!.resolve(asset('a.png'));
    await flush();
    expect(status()).toEqual(['done']);
    expect(uploads).toHaveLength(1);
  });

  it('a manual Retry after attach retries ran out still sends no bytes', async () => {
    const { runner, uploads, attaches, status } = setup();
    runner.enqueue([{ file: file(), name: 'a.png', target }]);
    uploads[0]!.resolve({ token: 'tok', name: 'a.png' });
    await flush();
    for (let i = 0; i < 4; i += 1) {
      attaches[i]!.reject(serverError());
      await vi.advanceTimersByTimeAsync(15_000);
    }
    expect(status()).toEqual(['failed']);
    runner.retry('u1');
    expect(status()).toEqual(['attaching']);
    expect(uploads).toHaveLength(1);
  });

  it('pauses the whole queue on 429 for max(Retry-After, 10 s), then resumes one at a time and ramps up', async () => {
    const { runner, store, uploads, attaches, status } = setup(4);
    runner.enqueue(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => ({ file: file(), name: `${n}.png`, target })));
    expect(uploads).toHaveLength(4);
    uploads[0]!.reject(new ApiError({ kind: 'throttled', status: 429, retryAfterMs: 12_000 }));
    await flush();
    expect(store.getState().pause).toEqual({ reason: 'throttled', until: Date.now() + 12_000 });
    for (const pending of uploads.slice(1, 4)) pending.reject(new ApiError({ kind: 'throttled', status: 429, retryAfterMs: 2_000 }));
    await flush();
    expect(status().filter((s) => s === 'queued')).toHaveLength(7);
    await vi.advanceTimersByTimeAsync(11_999);
    expect(uploads).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(1);
    expect(uploads).toHaveLength(5);
    expect(status().filter((s) => s === 'uploading')).toHaveLength(1);
    uploads[4]!.resolve({ token: 't', name: 'a.png' });
    await flush();
    attaches[0]!.resolve(asset('a.png'));
    await flush();
    expect(store.getState().limit).toBe(2);
    expect(status().filter((s) => s === 'uploading')).toHaveLength(2);
  });

  it('waits at least 10 s on a 429 without Retry-After', async () => {
    const { runner, uploads } = setup(1);
    runner.enqueue([{ file: file(), name: 'a.png', target }]);
    uploads[0]!.reject(new ApiError({ kind: 'throttled', status: 429 }));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(uploads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(uploads).toHaveLength(2);
  });

  it('fails at once on another 4xx, with the server\u2019s title', async () => {
    const { runner, uploads, status, record } = setup();
    runner.enqueue([{ file: file(), name: 'a.png', target }]);
    uploads[0]!.reject(new ApiError({ kind: 'forbidden', status: 403, title: 'You do not have the right to access the reference material of this project.' }));
    await flush();
    expect(status()).toEqual(['failed']);
    expect(record('u1').error?.title).toBe('You do not have the right to access the reference material of this project.');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(uploads).toHaveLength(1);
  });

  it('a refused attach (token used or expired) forgets the token: Retry uploads again', async () => {
    const { runner, uploads, attaches, record } = setup();
    runner.enqueue([{ file: file(), name: 'a.png', target }]);
    uploads[0]!.resolve({ token: 'old', name: 'a.png' });
    await flush();
    attaches[0]!.reject(new ApiError({ kind: 'invalid', status: 400, title: 'The file token is unknown, expired or already used: upload the file again.' }));
    await flush();
    expect(record('u1')).toMatchObject({ status: 'failed', fileToken: null, error: { retryable: true, step: 'attach' } });
    runner.retry('u1');
    expect(uploads).toHaveLength(2);
  });

  it('an attach refused because its answer was lost (and it did succeed) counts as done', async () => {
    const store = createUploadStore(4);
    const fake = fakeTransport();
    const findAttached = vi.fn(async () => asset('a.png'));
    const runner = createUploadRunner({
      store, transport: { ...fake.transport, findAttached }, concurrency: 4, maxFileSize: 1000, newId: () => 'u1',
    });
    runner.restore([{
      id: 'u1', name: 'a.png', size: 3, type: 'image/png', file: null, target, status: 'queued', sent: 0, fileToken: 'used',
      attempts: 0, retryAt: null, error: null, asset: null, createdAt: Date.now(),
    }]);
    fake.attaches[0]!.reject(new ApiError({ kind: 'invalid', status: 400, title: 'The file token is unknown, expired or already used: upload the file again.' }));
    await flush();
    expect(findAttached).toHaveBeenCalledTimes(1);
    expect(store.getState().records.get("u1")).toMatchObject({ status: 'done', asset: asset('a.png') });
    expect(fake.uploads).toHaveLength(0);
  });

  it('an attach waits until the file token is saved: after a reload it is retried, never sent under a new token', async () => {
    const store = createUploadStore(4);
    const fake = fakeTransport();
    const saving: (() => void)[] = [];
    const beforeAttach = vi.fn(() => new Promise<void>((resolve) => {
      saving.push(resolve);
    }));
    let n = 0;
    const runner = createUploadRunner({ store, transport: fake.transport, concurrency: 4, maxFileSize: 1000, beforeAttach, newId: () => `u${++n}` });
    runner.enqueue([{ file: file(), name: 'a.png', target }]);
    fake.uploads[0]!.resolve({ token: 'tok', name: 'a.png' });
    await flush();
    expect(beforeAttach).toHaveBeenCalledWith(expect.objectContaining({ id: 'u1', fileToken: 'tok', status: 'attaching' }));
    expect(fake.attaches).toHaveLength(0);
    // Meanwhile the queue moves on (another file, a restored one): the waiting attach starts once.
    runner.enqueue([{ file: file(), name: 'b.png', target }]);
    runner.restore([{ ...store.getState().records.get("u1")!, id: 'r1', status: 'queued', fileToken: 'kept' }]);
    runner.resume();
    expect(beforeAttach).toHaveBeenCalledTimes(2);
    for (const saved of saving) saved();
    await flush();
    expect(fake.attaches.map((a) => a.input.fileToken)).toEqual(['tok', 'kept']);
  });

  it('cancel aborts the request, and a canceled file is never attached', async () => {
    const { runner, uploads, attaches, status } = setup(1);
    runner.enqueue([{ file: file(), name: 'a.png', target }, { file: file(), name: 'b.png', target }]);
    const signal = uploads[0]!.input.options.signal!;
    runner.cancel('u1');
    expect(signal.aborted).toBe(true);
    await flush();
    expect(status()).toEqual(['canceled', 'uploading']);
    runner.cancel('u2');
    uploads[1]!.resolve({ token: 'late', name: 'b.png' });
    await flush();
    expect(status()).toEqual(['canceled', 'canceled']);
    expect(attaches).toHaveLength(0);
  });

  it('a queued file canceled never starts', async () => {
    const { runner, uploads, status } = setup(1);
    runner.enqueue([{ file: file(), name: 'a.png', target }, { file: file(), name: 'b.png', target }]);
    runner.cancel('u2');
    uploads[0]!.reject(serverError());
    await vi.advanceTimersByTimeAsync(2000);
    expect(uploads.map((u) => u.input.options.filename)).toEqual(['a.png', 'a.png']);
    expect(status()).toEqual(['uploading', 'canceled']);
  });

  it('an expired session pauses the queue and asks; resume() goes on', async () => {
    const sessionExpired = vi.fn();
    const { runner, store, uploads, status } = setup(1, { sessionExpired });
    runner.enqueue([{ file: file(), name: 'a.png', target }, { file: file(), name: 'b.png', target }]);
    uploads[0]!.reject(new ApiError({ kind: 'auth', status: 401, title: 'Token invalid or expired.' }));
    await flush();
    expect(sessionExpired).toHaveBeenCalledTimes(1);
    expect(store.getState().pause).toEqual({ reason: 'session' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(uploads).toHaveLength(1);
    expect(status()).toEqual(['queued', 'queued']);
    runner.resume();
    expect(uploads).toHaveLength(2);
    expect(store.getState().pause).toBeNull();
  });

  it('refuses what the server would refuse before sending, and the batch goes on', async () => {
    const failed = vi.fn();
    const { runner, uploads, status, record } = setup(4, { failed });
    runner.enqueue([
      { file: file(2000), name: 'huge.mov', target },
      { file: file(), name: 'ok.png', target },
      { file: file(), name: '<img src=x onerror=alert(1)>.png', target },
      { file: file(), name: 'CON.png', target },
      { file: file(), name: 'fine.png', target: { ...target, relativePath: '../up' } },
    ]);
    expect(status()).toEqual(['failed', 'uploading', 'failed', 'failed', 'failed']);
    expect(record('u1').error).toEqual({
      title: 'huge.mov is 2\u00a0KB, more than the 1,000\u00a0B a file may have.',
      message: { key: 'refusal.tooLarge', params: { name: 'huge.mov', size: 2000, max: 1000 }, bytes: ['size', 'max'] },
      retryable: false, step: 'check',
    });
    expect(record('u3').error?.title).toBe('The file name must not contain any of these characters: < > : " | ? *');
    expect(record('u4').error?.title).toBe('"CON" is a reserved name and cannot be used in a file name.');
    expect(record('u5').error?.title).toBe('The folder must not contain ".." folders.');
    expect(failed).toHaveBeenCalledTimes(4);
    expect(uploads.map((u) => u.input.options.filename)).toEqual(['ok.png']);
    expect(uploads[0]!.input.options.maxsize).toBe(1000);
    runner.retry('u1');
    expect(record('u1').status).toBe('failed');
  });

  it('stop() aborts what runs and keeps it queued for next time', async () => {
    const { runner, uploads, status } = setup(2);
    runner.enqueue([{ file: file(), name: 'a.png', target }, { file: file(), name: 'b.png', target }]);
    runner.stop();
    expect(uploads.every((u) => u.input.options.signal!.aborted)).toBe(true);
    await flush();
    expect(status()).toEqual(['queued', 'queued']);
  });

  it('stop() then start() in the same turn (a host change restarts the panel) requeues what ran: nothing is canceled, no byte goes twice', async () => {
    const { runner, uploads, attaches, status, record } = setup(2);
    const ids = runner.enqueue(['a.png', 'b.png', 'c.png'].map((name) => ({ file: file(), name, target })));
    // a's bytes are on the server, its answer not yet read when the panel stops.
    uploads[0]!.resolve({ token: 't-a', name: 'a.png' });
    runner.stop();
    runner.start();
    await flush();
    expect(status()).not.toContain('canceled');
    expect(record(ids[0]!).fileToken).toBe('t-a');
    // Two slots: b and c upload again (their requests were aborted), a only attaches, with its token.
    expect(uploads.map((u) => u.input.options.filename).sort()).toEqual(['a.png', 'b.png', 'b.png', 'c.png']);
    expect(attaches.map((a) => a.input.fileToken)).toContain('t-a');
  });

  it('a run that ends after its file started again leaves the new run counted (limit held, cancel reaches it)', async () => {
    let again: (() => void) | null = null;
    const { runner, uploads, status } = setup(1, { failed: () => again?.() });
    const [a] = runner.enqueue([{ file: file(), name: 'a.png', target }, { file: file(), name: 'b.png', target }]);
    // A handler that retries at once, in the same turn as the failure.
    again = () => {
      again = null;
      runner.retry(a!);
    };
    uploads[0]!.reject(new ApiError({ kind: 'invalid', status: 400, title: 'Bad file.' }));
    await flush();
    // a runs again; b still waits: one upload at a time.
    expect(status()).toEqual(['uploading', 'queued']);
    expect(uploads).toHaveLength(2);
    runner.cancel(a!);
    expect(uploads[1]!.input.options.signal!.aborted).toBe(true);
  });

  it('counts files and bytes for the overall line', async () => {
    const { runner, store, uploads, attaches } = setup(1);
    runner.enqueue([{ file: file(100), name: 'a.png', target }, { file: file(300), name: 'b.png', target }, { file: file(5000), name: 'c.png', target }]);
    uploads[0]!.input.options.onProgress!({ loaded: 40, total: 100 });
    expect(uploadTotals(store.getState())).toMatchObject({ files: 3, done: 0, failed: 1, bytes: 5400, sentBytes: 40 });
    uploads[0]!.resolve({ token: 't', name: 'a.png' });
    await flush();
    attaches[0]!.resolve(asset('a.png'));
    await flush();
    expect(uploadTotals(store.getState())).toMatchObject({ files: 3, done: 1, active: 1, bytes: 5400, sentBytes: 100 });
  });

  it('starts what comes after a finished, canceled or cleared start of the queue (pump skips the settled ones)', async () => {
    const { runner, store, uploads, attaches, status } = setup(1);
    const ids = runner.enqueue(['a.png', 'b.png', 'c.png'].map((name) => ({ file: file(), name, target })));
    runner.cancel(ids[1]!);
    uploads[0]!.resolve({ token: 't1', name: 'a.png' });
    await flush();
    attaches[0]!.resolve(asset('a.png'));
    await flush();
    expect(status()).toEqual(['done', 'canceled', 'uploading']);
    // Clearing the settled start, then adding: the new files still wait for their turn, then go.
    runner.clearFinished();
    runner.enqueue(['d.png', 'e.png'].map((name) => ({ file: file(), name, target })));
    expect(status()).toEqual(['uploading', 'queued', 'queued']);
    // b was canceled before it started: c, d and e are uploads 1 to 3.
    for (let i = 1; i < 4; i += 1) {
      uploads[i]!.resolve({ token: `t${i}`, name: 'x.png' });
      await flush();
      attaches[i]!.resolve(asset(`x${i}.png`));
      await flush();
    }
    expect(status()).toEqual(['done', 'done', 'done']);
    expect(uploads).toHaveLength(4);
    expect(store.getState().order).toHaveLength(3);
  });

  it('a file finishing in a long queue starts the next one without looking at every waiting file', async () => {
    const { runner, store, uploads, attaches } = setup(4);
    runner.enqueue(Array.from({ length: 1000 }, (_, i) => ({ file: file(), name: `f${i}.png`, target })));
    expect(uploads).toHaveLength(4);
    // Count the reads of records from here on (one by one, or the whole table's).
    let reads = 0;
    const { get, values } = RecordTable.prototype;
    const counting = [
      vi.spyOn(RecordTable.prototype, 'get').mockImplementation(function (this: RecordTable, id) {
        reads += 1;
        return get.call(this, id);
      }),
      vi.spyOn(RecordTable.prototype, 'values').mockImplementation(function (this: RecordTable) {
        reads += this.size;
        return values.call(this);
      }),
    ];
    uploads[0]!.resolve({ token: 't0', name: 'f0.png' });
    await flush();
    attaches[0]!.resolve(asset('f0.png'));
    await flush();
    expect(uploads).toHaveLength(5);
    expect(store.getState().records.get(store.getState().order[0]!)!.status).toBe('done');
    // A walk over the queue would read the 1,000 records several times over.
    expect(reads).toBeLessThan(200);
    for (const spy of counting) spy.mockRestore();
  });
});
