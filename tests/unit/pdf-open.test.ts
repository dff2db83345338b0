import { describe, expect, it, vi } from 'vitest';

// pdf.js itself needs a browser; what is checked here is how the panel calls it.
const getDocument = vi.fn((params: { worker?: unknown }) => ({ promise: Promise.resolve({ numPages: 1, params }), destroy: vi.fn() }));
const pdfWorker = { name: 'the one shared worker' };
const engine = { getDocument, pdfWorker, pdfWorkerStarted: Promise.resolve(), VerbosityLevel: { ERRORS: 0 } };
vi.mock('../../src/features/gallery/pdf/pdf-engine', () => engine);

const { openPdf } = await import('../../src/features/gallery/pdf/load-pdfjs');
const PDF = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n');

describe('opening a PDF', () => {
  it('gives every document the one shared worker, so that no document owns it (pdf.js #16777)', async () => {
    // Through GlobalWorkerOptions.workerPort the first document destroyed takes the worker down,
    // and one opened in that moment fails ("the worker is being destroyed"): a tile's first page
    // done just as the lightbox opens. A worker passed in is never destroyed with a document.
    await openPdf(PDF);
    await openPdf(PDF);
    expect(getDocument).toHaveBeenCalledTimes(2);
    for (const [params] of getDocument.mock.calls) expect(params.worker).toBe(pdfWorker);
  });

  it('fails, sending it nothing, when the worker could not start (pdf.js does not watch a port it is given)', async () => {
    // Its script not loaded (a CDN without CORS headers): the tile shows the type icon, it does not wait for ever.
    engine.pdfWorkerStarted = Promise.reject(new Error('The PDF worker could not start.'));
    getDocument.mockClear();
    await expect(openPdf(PDF)).rejects.toThrow('could not start');
    expect(getDocument).not.toHaveBeenCalled();
  });
});
