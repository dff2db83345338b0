import { GlobalWorkerOptions } from 'pdfjs-dist';

// One worker for every document of the page, made when pdf.js is first needed (this module is
// only ever imported dynamically: load-pdfjs.ts).
GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf.js' });

export { getDocument, VerbosityLevel } from 'pdfjs-dist';
