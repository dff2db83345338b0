import type { PDFDocumentProxy } from 'pdfjs-dist';
import { sniffMedia } from '../../../domain/sniff-media';

type PdfJs = typeof import('./pdf-engine');

let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js, fetched the first time a PDF is shown (its own chunk: the panel's first load holds none
 * of it), with its worker: a file of this build, never fetched from anywhere else.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('./pdf-engine');
  // A failed load (offline, a deploy that replaced the chunk) is tried again next time.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The bytes are no PDF (they do not start with `%PDF-`), whatever the name or the server said. */
export class NotAPdfError extends Error {
  constructor() {
    super('These bytes are not a PDF.');
    this.name = 'NotAPdfError';
  }
}

/**
 * A PDF from bytes an uploader chose, so untrusted: only bytes that start with the PDF signature
 * (`sniffMedia`) are opened; pdf.js then runs no JavaScript of the document (it has no scripting
 * here, and `isEvalSupported: false` keeps its own font code from `eval`), renders no XFA forms,
 * and the caller draws pages onto a canvas only: no links, no text or annotation layers, no URL
 * for the bytes. The bytes are copied: pdf.js hands its copy to the worker.
 */
export async function openPdf(bytes: Uint8Array, signal?: AbortSignal): Promise<PDFDocumentProxy> {
  if (sniffMedia(bytes.subarray(0, 16)).kind !== 'pdf') throw new NotAPdfError();
  const pdfjs = await loadPdfJs();
  await pdfjs.pdfWorkerStarted;
  signal?.throwIfAborted();
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    worker: pdfjs.pdfWorker,
    isEvalSupported: false,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const abort = () => void task.destroy();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    return await task.promise;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}

/** Why a PDF could not be shown, in the words the panel uses: a password, or anything else. */
export function pdfFailure(error: unknown): 'password' | 'damaged' {
  return error instanceof Error && error.name === 'PasswordException' ? 'password' : 'damaged';
}
