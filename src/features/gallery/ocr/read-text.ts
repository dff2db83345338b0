import type { OcrPage } from '../../../domain/find-string';
import type { OcrModel, OcrStage, ReadReply, ReadRequest } from './ocr-protocol';

export interface ReadProgress {
  stage: OcrStage;
  /** 0 to 1 within the stage. */
  progress: number;
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

let worker: Worker | null = null;
let nextId = 1;

/** The page's one recognition worker, started on first use (its code is a file of its own). */
function recognitionWorker(): Worker {
  worker ??= new Worker(new URL('./ocr-worker.ts', import.meta.url), { type: 'module', name: 'text recognition' });
  return worker;
}

/** Stops the worker (a cancel mid-way cannot be done otherwise); the next read starts a new one. */
function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

/**
 * The words on a picture with their boxes, read in a worker. The first call loads the engine and
 * the model (a few MB, from the build); `signal` cancels at any stage.
 */
export async function readText(picture: Blob, locale: string | null | undefined, options: { signal?: AbortSignal; onProgress?: (p: ReadProgress) => void } = {}): Promise<OcrPage> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const image = await createImageBitmap(picture);
  const { width, height } = image;
  const target = recognitionWorker();
  const id = nextId++;
  return new Promise<OcrPage>((resolve, reject) => {
    const finish = () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = ({ data }: MessageEvent<ReadReply>) => {
      if (data.id !== id) return;
      if (data.type === 'progress') onProgress?.({ stage: data.stage, progress: data.progress });
      else {
        finish();
        if (data.type === 'done') resolve({ width, height, words: data.words });
        else reject(new Error(data.message));
      }
    };
    const onError = (event: ErrorEvent) => {
      finish();
      stopWorker();
      reject(new Error(event.message || 'The text recognition could not start.'));
    };
    const onAbort = () => {
      finish();
      stopWorker();
      reject(signal?.reason ?? new DOMException('Canceled', 'AbortError'));
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
    const request: ReadRequest = { id, model: modelFor(locale), image };
    target.postMessage(request, [image]);
  });
}
