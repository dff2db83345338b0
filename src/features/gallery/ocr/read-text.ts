import type { OcrPage, OcrWord } from '../../../domain/find-string';
import { MAX_DECODED_PIXELS, PICTURE_HEADER_BYTES, pictureSize } from '../../../domain/picture-size';
import { startModuleWorker } from '../worker-url';
import type { OcrModel, OcrStage, ReadReply, ReadRequest } from './ocr-protocol';
import ocrWorkerUrl from './ocr-worker?worker&url';

export interface ReadProgress {
  stage: OcrStage;
  /** 0 to 1 within the stage. */
  progress: number;
}

/**
 * Above this many pixels a picture is not read: the contrast reading holds several full-size
 * copies of it (about 10 bytes a pixel), and no screen is that large (a 8K screen is 33 MP).
 */
export const MAX_PICTURE_PIXELS = MAX_DECODED_PIXELS;

/** A picture too large to read; `megapixels` says how large it is. */
export class PictureTooLargeError extends Error {
  constructor(readonly megapixels: number) {
    super(`The picture has ${megapixels} megapixels; text is read on pictures of up to ${MAX_PICTURE_PIXELS / 1_000_000}.`);
    this.name = 'PictureTooLargeError';
  }
}

/**
 * The model for a language code: English, German and French have their own; any other language
 * is read with the English model (the build ships these three; a Latin-script language reads
 * passably with it, its accented letters less so).
 */
export function modelFor(locale: string | null | undefined): OcrModel {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'de' ? 'deu' : base === 'fr' ? 'fra' : 'eng';
}

interface Job {
  id: number;
  picture: Blob;
  model: OcrModel;
  keepPasses: boolean;
  /** Known once the picture is decoded. */
  size?: { width: number; height: number };
  /** Handed to the worker: from here only stopping the worker stops the read. */
  posted?: boolean;
  onProgress?: (p: ReadProgress) => void;
  resolve(page: OcrPage & { passes?: OcrWord[][] }): void;
  reject(error: unknown): void;
}

let worker: Worker | null = null;
let nextId = 1;
/** Reads wait here and go to the worker one at a time (two panels on one page share it). */
const queue: Job[] = [];
let running: Job | null = null;

/** The page's one recognition worker, started on first use (its code is a file of its own). */
function recognitionWorker(): Worker {
  if (worker) return worker;
  const started = startModuleWorker(ocrWorkerUrl, { name: 'text recognition' });
  started.addEventListener('message', ({ data }: MessageEvent<ReadReply>) => {
    const job = running;
    if (!job || data.id !== job.id) return;
    if (data.type === 'progress') {
      job.onProgress?.({ stage: data.stage, progress: data.progress });
      return;
    }
    running = null;
    if (data.type === 'failed') job.reject(new Error(data.message));
    else job.resolve({ ...job.size!, words: data.words, ...(data.passes ? { passes: data.passes } : {}) });
    void runNext();
  });
  started.addEventListener('error', (event) => {
    const job = running;
    running = null;
    stopWorker();
    job?.reject(new Error(event.message || 'The text recognition could not start.'));
    void runNext();
  });
  worker = started;
  return started;
}

/** Stops the worker (a read cannot be stopped mid-way otherwise); the next read starts a new one. */
function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

async function runNext(): Promise<void> {
  if (running) return;
  const job = queue.shift();
  if (!job) return;
  running = job;
  try {
    // The header says the size before anything decodes it: a small file may claim a huge canvas.
    const head = pictureSize(new Uint8Array(await job.picture.slice(0, PICTURE_HEADER_BYTES).arrayBuffer()));
    if (head && head.width * head.height > MAX_PICTURE_PIXELS) throw new PictureTooLargeError(Math.round((head.width * head.height) / 1_000_000));
    const image = await createImageBitmap(job.picture);
    if (running !== job) {
      image.close();
      return;
    }
    const { width, height } = image;
    if (width * height > MAX_PICTURE_PIXELS) {
      image.close();
      throw new PictureTooLargeError(Math.round((width * height) / 1_000_000));
    }
    job.size = { width, height };
    const request: ReadRequest = { id: job.id, model: job.model, image, keepPasses: job.keepPasses };
    recognitionWorker().postMessage(request, [image]);
    job.posted = true;
  } catch (error) {
    if (running !== job) return;
    running = null;
    job.reject(error);
    void runNext();
  }
}

/**
 * The words on a picture with their boxes, read in a worker shared by the page's panels, one
 * picture at a time. The first call loads the engine and the model (a few MB, from the build);
 * `signal` cancels at any stage: a read still waiting leaves the queue, the one being read stops
 * the worker, and the reads of other panels waiting behind it go on in a new one.
 */
export async function readText(
  picture: Blob,
  locale: string | null | undefined,
  options: { signal?: AbortSignal; onProgress?: (p: ReadProgress) => void; keepPasses?: boolean } = {},
): Promise<OcrPage & { passes?: OcrWord[][] }> {
  const { signal, onProgress, keepPasses = false } = options;
  signal?.throwIfAborted();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      const waiting = queue.indexOf(job);
      if (waiting >= 0) queue.splice(waiting, 1);
      if (running === job) {
        running = null;
        // Still decoding on this side: the worker (warm, its model loaded) stays for the next read.
        if (job.posted) stopWorker();
        void runNext();
      }
      reject(signal?.reason ?? new DOMException('Canceled', 'AbortError'));
    };
    const done = () => signal?.removeEventListener('abort', onAbort);
    const job: Job = {
      id: nextId++,
      picture,
      model: modelFor(locale),
      keepPasses,
      onProgress,
      resolve: (page) => {
        done();
        resolve(page);
      },
      reject: (error) => {
        done();
        reject(error);
      },
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    queue.push(job);
    void runNext();
  });
}
