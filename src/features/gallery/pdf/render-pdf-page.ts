import type { PDFPageProxy } from 'pdfjs-dist';

/** CSS pixels per PDF point: a page at 100 % is as large as on paper (96 px per inch, 72 pt per inch). */
export const CSS_PX_PER_PT = 96 / 72;
/** The most canvas pixels one page gets (a 4096 × 4096 square): memory, not sharpness, sets the bound. */
export const MAX_CANVAS_PIXELS = 4096 * 4096;

/** A page's size at 100 %, in CSS pixels. */
export function pageSize(page: PDFPageProxy): { width: number; height: number } {
  const viewport = page.getViewport({ scale: CSS_PX_PER_PT });
  return { width: viewport.width, height: viewport.height };
}

/**
 * Draws a page onto `canvas` at `scale` canvas pixels per CSS pixel at 100 % (lowered to stay
 * under MAX_CANVAS_PIXELS). Annotations are drawn as pictures only: nothing on a canvas can be
 * clicked or followed. A cancelled render (`signal`) rejects with pdf.js's
 * RenderingCancelledException.
 */
export async function renderPage(page: PDFPageProxy, canvas: HTMLCanvasElement, scale: number, signal?: AbortSignal): Promise<void> {
  const size = pageSize(page);
  const wanted = size.width * size.height * scale * scale;
  const fitted = wanted > MAX_CANVAS_PIXELS ? scale * Math.sqrt(MAX_CANVAS_PIXELS / wanted) : scale;
  const viewport = page.getViewport({ scale: CSS_PX_PER_PT * fitted });
  canvas.width = Math.max(1, Math.floor(viewport.width));
  canvas.height = Math.max(1, Math.floor(viewport.height));
  const task = page.render({ canvas, viewport });
  const cancel = () => task.cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    await task.promise;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}
