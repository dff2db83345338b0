import { startModuleWorker } from '../worker-url';
import type { StoredThumbnail } from './thumbnail-store';
import type { ThumbnailOutcome, ThumbnailRequest, ThumbnailResponse } from './thumbnail-protocol';
import thumbnailWorkerUrl from './thumbnail-worker?worker&url';

/** The page's side of the thumbnail worker. */
export interface ThumbnailMaker {
  /** The thumbnail kept for a download URL, or null (nothing is fetched). */
  lookup(url: string): Promise<StoredThumbnail | null>;
  /**
   * A thumbnail of these bytes, kept under `url`; or what else the bytes are. Aborting `signal`
   * rejects at once and drops the job if the worker has not started it.
   */
  make(url: string, blob: Blob, signal?: AbortSignal): Promise<ThumbnailOutcome>;
}

type Request = ThumbnailRequest extends infer R ? (R extends ThumbnailRequest ? Omit<R, 'id'> : never) : never;

/** Decoding, scaling and encoding off the main thread need all three (jsdom and old engines lack them). */
export function thumbnailsSupported(): boolean {
  return typeof Worker === 'function' && typeof OffscreenCanvas === 'function' && typeof createImageBitmap === 'function';
}

/** How long an answer may wait for others to be handed on with it. */
export const DELIVER_MS = 100;

/**
 * A maker over a worker started on first use. A worker that fails (its script did not load, it
 * crashed) rejects what it was asked and everything after: the caller then shows the full image.
 */
export function workerThumbnailMaker(start: () => Worker, deliverMs = DELIVER_MS): ThumbnailMaker {
  let worker: Worker | null = null;
  let broken: Error | null = null;
  let next = 0;
  const pending = new Map<number, { resolve(outcome: ThumbnailOutcome | null): void; reject(error: Error): void }>();

  // Answers are handed on together, at most every DELIVER_MS: each one re-renders its tile, and
  // one render (one layout, one paint) for several tiles costs the page far less than one each.
  let arrived: ThumbnailResponse[] = [];
  let delivery: ReturnType<typeof setTimeout> | null = null;
  const deliver = () => {
    delivery = null;
    const answers = arrived;
    arrived = [];
    for (const data of answers) {
      const waiting = pending.get(data.id);
      pending.delete(data.id);
      if (data.ok) waiting?.resolve(data.outcome);
      else waiting?.reject(new Error(data.error));
    }
  };

  const fail = (error: Error) => {
    broken = error;
    worker?.terminate();
    if (delivery) clearTimeout(delivery);
    deliver();
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };

  function running(): Worker {
    if (worker) return worker;
    worker = start();
    worker.onmessage = ({ data }: MessageEvent<ThumbnailResponse>) => {
      arrived.push(data);
      delivery ??= setTimeout(deliver, deliverMs);
    };
    worker.onerror = (event) => fail(new Error(event.message || 'The thumbnail worker stopped.'));
    return worker;
  }

  function send(request: Request, signal?: AbortSignal): Promise<ThumbnailOutcome | null> {
    return new Promise((resolve, reject) => {
      if (broken) return reject(broken);
      if (signal?.aborted) return reject(signal.reason);
      next += 1;
      const id = next;
      const stop = () => {
        if (!pending.delete(id)) return;
        worker?.postMessage({ type: 'callOff', id } satisfies ThumbnailRequest);
        reject(signal!.reason);
      };
      const done = () => signal?.removeEventListener('abort', stop);
      pending.set(id, {
        resolve: (outcome) => { done(); resolve(outcome); },
        reject: (error) => { done(); reject(error); },
      });
      signal?.addEventListener('abort', stop, { once: true });
      // A Blob crosses by reference: its bytes are not copied.
      running().postMessage({ ...request, id });
    });
  }

  return {
    lookup: async (url) => {
      const found = await send({ type: 'lookup', url });
      return found?.kind === 'thumbnail' ? { blob: found.blob, width: found.width, height: found.height } : null;
    },
    make: async (url, blob, signal) => {
      const outcome = await send({ type: 'make', url, blob }, signal);
      if (!outcome) throw new Error('The thumbnail worker gave no answer.');
      return outcome;
    },
  };
}

let shared: ThumbnailMaker | null | undefined;

/**
 * The page's one thumbnail worker (every panel on the page shares it), its code loaded on first
 * use as a chunk of its own; null where the browser cannot make thumbnails off the main thread.
 */
export function thumbnailMaker(): ThumbnailMaker | null {
  shared ??= thumbnailsSupported()
    ? workerThumbnailMaker(() => startModuleWorker(thumbnailWorkerUrl))
    : null;
  return shared;
}
