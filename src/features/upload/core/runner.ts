import type { Asset } from '../../../domain/asset';
import { isApiError } from '../../../api/errors';
import { failureOutcome, fileRetryChange } from './failure';
import { createOutageWatch } from './outage';
import { hasWorkFrom, othersPending, sendingCount } from './queue-scan';
import { createSettledPrefix } from './settled-prefix';
import { addRecords, removeRecords, updateRecord } from './store';
import { isInProgress, type UploadError, type UploadRecord } from './types';
import { marksUploadOf, newRecords } from './new-uploads';
import type { NewUpload, RunnerOptions } from './runner-contract';

export type { NewUpload, RunnerEvents, RunnerOptions } from './runner-contract';

export function createUploadRunner(options: RunnerOptions) {
  const { store, transport, events = {} } = options;
  // Both may change while the panel lives (a host's `update()`): read at each use.
  let { concurrency, maxFileSize } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const controllers = new Map<string, AbortController>();
  /** Requests `stop()` aborted: their files wait for the next start, whenever their runs hear of it. */
  const interrupted = new WeakSet<AbortController>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const get = (id: string) => store.getState().records.get(id);
  const settled = createSettledPrefix();
  const update = (id: string, change: Partial<UploadRecord>) => {
    settled.changing(get(id), change);
    updateRecord(store, id, change);
  };

  const outage = transport.probe && createOutageWatch({
    store, now, random,
    probe: (scope, signal) => transport.probe!(scope, signal),
    confirmed: () => events.offline?.(),
    back(wasOutage, unanswered) {
      // The server answered at once: only these requests were lost, each counts as its file's failure.
      for (const [id, failure] of unanswered) if (get(id)?.status === 'queued') retryLater(id, failure);
      if (wasOutage) events.online?.();
      pump();
    },
  });

  function schedule(at: number) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      pump();
    }, Math.max(0, at - now()));
  }

  /** Starts what may start now and sets one timer for the next thing that waits. */
  function pump() {
    if (stopped) return;
    const state = store.getState();
    let wakeAt = Infinity;
    if (state.pause?.reason === 'session' || state.pause?.reason === 'offline') return;
    if (state.pause?.reason === 'throttled') {
      if (state.pause.until > now()) return schedule(state.pause.until);
      store.setState({ pause: null });
    }
    // Only byte transfers count against the limit: an attach is a small request, and letting it
    // hold a slot would leave the line idle between one file's bytes and the next one's.
    // (Nothing here walks the whole queue: pump runs a few times per file, over a queue of maybe
    // thousands; see queue-scan.ts.)
    const { order } = state;
    const from = settled.count(state);
    let running = sendingCount(controllers.keys(), state);
    if (running === 0 && !hasWorkFrom(state, from)) {
      events.idle?.();
      return;
    }
    for (let i = from; i < order.length; i += 1) {
      if (running >= store.getState().limit) break;
      const id = order[i]!;
      const record = get(id)!;
      if (record.status !== 'queued' || !record.file && !record.fileToken) continue;
      if (record.retryAt && record.retryAt > now()) {
        wakeAt = Math.min(wakeAt, record.retryAt);
        continue;
      }
      if (!record.fileToken) running += 1;
      void run(id);
    }
    if (wakeAt < Infinity) schedule(wakeAt);
  }

  async function run(id: string) {
    const controller = new AbortController();
    controllers.set(id, controller);
    let step: UploadError['step'] = 'upload';
    try {
      let record = get(id)!;
      if (!record.fileToken) {
        update(id, { status: 'uploading', sent: 0, retryAt: null });
        const media = await transport.upload(record.file!, {
          filename: record.name,
          maxsize: maxFileSize,
          signal: controller.signal,
          onProgress: ({ loaded }) => update(id, { sent: Math.min(loaded, record.size) }),
          onSent: () => update(id, { status: 'finishing', sent: record.size }),
        });
        if (interrupted.has(controller) && get(id)?.status !== 'canceled') {
          // The bytes are on the server: the next start attaches them, it does not send them again.
          update(id, { fileToken: media.token, attempts: 0, sent: record.size, status: 'queued', retryAt: null });
          return;
        }
        if (get(id)?.status === 'canceled' || controller.signal.aborted) return;
        // Attaching from here: the upload slot is free, the next file's bytes can start now.
        update(id, { fileToken: media.token, attempts: 0, sent: record.size, status: 'attaching', retryAt: null });
        pump();
      }
      step = 'attach';
      // Past this point a cancel would race the server: attaching is short and not cancelable.
      // (Marked at once: a record still `queued` while its token is being saved would start twice.)
      if (get(id)!.status !== 'attaching') update(id, { status: 'attaching', retryAt: null });
      const saving = options.beforeAttach?.(get(id)!);
      if (saving) await saving;
      record = get(id)!;
      const { target } = record;
      const asset = await transport.attach({
        scope: target.scope,
        segmentId: target.segmentId,
        fileToken: record.fileToken!,
        locale: target.locale,
        relativePath: target.relativePath || null,
      });
      succeed(id, asset);
    } catch (error) {
      const attached = step === 'attach' && isApiError(error) && error.kind === 'invalid'
        ? await transport.findAttached?.(get(id)!).catch(() => null)
        : null;
      if (attached) succeed(id, attached);
      else fail(id, error, step, interrupted.has(controller));
    } finally {
      // Only its own: the same file may have started again meanwhile (a retry from a handler).
      if (controllers.get(id) === controller) controllers.delete(id);
      pump();
    }
  }

  function succeed(id: string, asset: Asset) {
    const marksUpload = queueMarksOf(get(id)!, asset);
    update(id, { status: 'done', asset, error: null, file: null, retryAt: null, marks: null, marksUpload });
    store.setState((s) => ({ limit: Math.min(s.limit * 2, concurrency) }));
    events.attached?.(get(id)!, asset, othersPending(controllers.keys(), id, store.getState(), settled.count(store.getState())));
  }

  function fail(id: string, error: unknown, step: UploadError['step'], byStop = false) {
    const record = get(id);
    if (!record || record.status === 'canceled') return;
    if (stopped || byStop) {
      // The panel went away mid-upload (or restarted, a host's change): the record waits for next time.
      update(id, { status: 'queued', retryAt: null, sent: 0 });
      return;
    }
    const outcome = failureOutcome(record, error, step, now(), random);
    if (outcome.kind === 'unreachable') return lost(id, outcome.change, outcome.error);
    update(id, outcome.change);
    if (outcome.kind === 'session' && store.getState().pause?.reason !== 'session') {
      store.setState({ pause: { reason: 'session' } });
      events.sessionExpired?.(error);
    } else if (outcome.kind === 'throttled') {
      const { until } = outcome;
      store.setState((s) => ({
        pause: { reason: 'throttled', until: Math.max(until, s.pause?.reason === 'throttled' ? s.pause.until : 0) },
        limit: 1,
      }));
    } else if (outcome.kind === 'failed') {
      events.failed?.(get(id)!);
    }
  }

  /** The marks file an attached image was waiting for, queued in the same turn as its "done"
   * (one write to disk holds both, so a reload finds one or the other). */
  function queueMarksOf(record: UploadRecord, asset: Asset): string | null {
    const marks = marksUploadOf(record, asset);
    return marks ? enqueue([marks])[0] ?? null : null;
  }

  /** Adds files with their targets; what the server would refuse fails at once, the rest queue. */
  function enqueue(uploads: NewUpload[]): string[] {
    const created = newRecords(uploads, { newId, now, maxFileSize });
    addRecords(store, created);
    for (const record of created) if (record.status === 'failed') events.failed?.(record);
    pump();
    return created.map((r) => r.id);
  }

  function retryLater(id: string, failure: UploadError) {
    const change = fileRetryChange(get(id)!, failure, now(), random);
    update(id, change);
    if (change.status === 'failed') events.failed?.(get(id)!);
  }

  /** A request of `id` got no answer: the queue waits for the server (unless the session is the problem). */
  function lost(id: string, change: Partial<UploadRecord>, failure: UploadError) {
    if (!outage) return retryLater(id, failure);
    update(id, change);
    outage.lost(id, failure);
  }

  return {
    enqueue,

    /** Records restored from storage (after a reload) join the queue as they were. */
    restore(records: UploadRecord[]) {
      addRecords(store, records.filter((r) => !get(r.id)));
      pump();
    },

    cancel(id: string) {
      const record = get(id);
      if (!record || record.status === 'attaching' || record.status === 'done' || record.status === 'canceled') return;
      update(id, { status: 'canceled', retryAt: null, file: null });
      controllers.get(id)?.abort();
      pump();
    },

    retry(id: string) {
      const record = get(id);
      if (!record || record.status !== 'failed' || !record.error?.retryable) return;
      update(id, { status: 'queued', attempts: 0, retryAt: null, error: null });
      pump();
    },

    retryAllFailed() {
      for (const id of store.getState().order) this.retry(id);
    },

    /** Gives a "choose this file again" record its file back. */
    provideFile(id: string, file: Blob) {
      const record = get(id);
      if (!record || record.file || record.status !== 'failed') return;
      update(id, { file, size: file.size, status: 'queued', error: null, attempts: 0, retryAt: null });
      pump();
    },

    dismiss(id: string) {
      const record = get(id);
      if (record && !isInProgress(record)) removeRecords(store, [id]);
    },

    clearFinished() {
      const { order, records } = store.getState();
      removeRecords(store, order.filter((id) => records.get(id)!.status === 'done' || records.get(id)!.status === 'canceled'));
    },

    /** After a reconnect: the queue goes on where it stopped. */
    resume() {
      if (store.getState().pause?.reason === 'session') store.setState({ pause: null });
      pump();
    },

    /** The browser went offline: uploads wait (what runs fails by itself, without using its retries). */
    browserOffline() {
      outage?.browserOffline();
    },

    /** The browser is online again, or the user asks: the server is asked at once. */
    tryNow() {
      outage?.askNow();
    },

    /** New limits from the host (`update()`): they hold for files added and uploads started from now on. */
    configure(next: { concurrency?: number; maxFileSize?: number }) {
      if (next.maxFileSize !== undefined) maxFileSize = next.maxFileSize;
      if (next.concurrency !== undefined && next.concurrency !== concurrency) {
        const before = concurrency;
        concurrency = Math.max(1, next.concurrency);
        // Ramping up after a 429 stays below the new limit; otherwise the limit is the new one.
        store.setState((s) => ({ limit: s.limit < before ? Math.min(s.limit, concurrency) : concurrency }));
      }
      pump();
    },

    /** Starts (again) after `stop()`: React may mount, unmount and mount a panel. */
    start() {
      stopped = false;
      outage?.start();
      pump();
    },

    /** Aborts every request and stops starting new ones (the panel is going away). */
    stop() {
      stopped = true;
      outage?.stop();
      if (timer) clearTimeout(timer);
      for (const controller of controllers.values()) {
        interrupted.add(controller);
        controller.abort();
      }
      controllers.clear();
    },
  };
}

export type UploadRunner = ReturnType<typeof createUploadRunner>;
