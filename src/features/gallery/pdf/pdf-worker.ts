// pdf.js's worker (parsing, fonts, images: everything that reads the untrusted bytes), bundled by
// Vite as a worker file of this build (`?worker&url` in pdf-engine.ts): no CDN.
import 'pdfjs-dist/build/pdf.worker.min.mjs';
