import { PDFWorker } from 'pdfjs-dist';
import { startModuleWorker } from '../worker-url';
import pdfWorkerUrl from './pdf-worker?worker&url';

const port = startModuleWorker(pdfWorkerUrl, { name: 'pdf.js' });

// One worker for every document of the page, made when pdf.js is first needed (this module is
// only ever imported dynamically: load-pdfjs.ts). Given to each `getDocument` as `worker`, so no
// document owns it: through `GlobalWorkerOptions.workerPort` the first document destroyed would
// take the shared worker down with it, and a document opened in that moment (a tile's first page
// done as the lightbox opens) failed with "the worker is being destroyed" (pdf.js #16777).
export const pdfWorker = PDFWorker.create({ port });

/**
 * Settles once the worker ran (pdf.js's worker says "ready" when it starts) or could not start. pdf.js
 * does not watch a port it is given: without this a document sent to a worker that never started
 * (its script not loaded: a CDN without CORS headers) would wait for ever.
 */
export const pdfWorkerStarted = new Promise<void>((resolve, reject) => {
  port.addEventListener('message', () => resolve(), { once: true });
  port.addEventListener('error', (event) => reject(new Error(event.message || 'The PDF worker could not start.')), { once: true });
});
// Read by each openPdf; none may be waiting when it fails.
pdfWorkerStarted.catch(() => {});

export { getDocument, VerbosityLevel } from 'pdfjs-dist';
