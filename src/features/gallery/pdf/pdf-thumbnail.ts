import { openPdf } from './load-pdfjs';
import { pageSize, renderPage } from './render-pdf-page';

/** The tile's box is 320 × 240 CSS pixels: the page is drawn for up to 1.5 device pixels per CSS pixel. */
const THUMBNAIL_BOX = { width: 480, height: 360 };

export interface PdfThumbnail {
  /** The first page as a PNG the panel drew itself: a picture, whatever the PDF held. */
  png: Blob;
  pages: number;
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The page could not be encoded.'))), 'image/png');
  });
}

/**
 * A PDF's first page as a small picture, for the tile and the lightbox's strip: the bytes must
 * be a PDF (`openPdf` checks the signature), the page is drawn onto a canvas that fits the box,
 * and the canvas becomes a PNG. The document is closed after (its worker stays for the next one).
 */
export async function renderPdfThumbnail(bytes: Uint8Array, signal?: AbortSignal): Promise<PdfThumbnail> {
  const pdf = await openPdf(bytes, signal);
  try {
    const page = await pdf.getPage(1);
    const size = pageSize(page);
    const scale = Math.min(THUMBNAIL_BOX.width / size.width, THUMBNAIL_BOX.height / size.height);
    const canvas = document.createElement('canvas');
    await renderPage(page, canvas, scale, signal);
    const png = await toPng(canvas);
    // Free the canvas's memory now, not when the garbage collector gets to it.
    canvas.width = 0;
    return { png, pages: pdf.numPages };
  } finally {
    void pdf.destroy();
  }
}
