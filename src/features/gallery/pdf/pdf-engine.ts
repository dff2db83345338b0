import { PDFWorker } from 'pdfjs-dist';

// One worker for every document of the page, made when pdf.js is first needed (this module is
// only ever imported dynamically: load-pdfjs.ts). Given to each `getDocument` as `worker`, so no
// document owns it: through `GlobalWorkerOptions.workerPort` the first document destroyed would
// take the shared worker down with it, and a document opened in that moment (a tile's first page
// done as the lightbox opens) failed with "the worker is being destroyed" (pdf.js #16777).
export const pdfWorker = PDFWorker.create({
  port: new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf.js' }),
});

export { getDocument, VerbosityLevel } from 'pdfjs-dist';
