import { useEffect, useRef } from 'react';
import type { PDFPageProxy } from 'pdfjs-dist';
import { useEventCallback } from '../../../ui/use-event-callback';
import { renderPage } from './render-pdf-page';

interface PdfPageCanvasProps {
  page: PDFPageProxy;
  /** CSS pixels per CSS pixel at 100 %: the zoom the page is shown at now. */
  scale: number;
  label: string;
  onFailed(error: unknown): void;
}

/** A zoom settles for this long before the page is drawn again at the new sharpness. */
const REDRAW_DELAY_MS = 80;

/**
 * One PDF page on a canvas that fills its box (the zoom model sizes the box). Drawn for the
 * screen's pixel density at the current zoom, into a spare canvas that is then copied over, so
 * a zoom shows the old drawing stretched until the sharper one is ready, never a blank page.
 */
export function PdfPageCanvas({ page, scale, label, onFailed }: PdfPageCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<PDFPageProxy | null>(null);
  const failed = useEventCallback(onFailed);
  useEffect(() => {
    const controller = new AbortController();
    const density = Math.min(globalThis.devicePixelRatio || 1, 3);
    const timer = setTimeout(() => {
      const spare = document.createElement('canvas');
      renderPage(page, spare, scale * density, controller.signal).then(() => {
        const shown = canvas.current;
        if (!shown || controller.signal.aborted) return;
        shown.width = spare.width;
        shown.height = spare.height;
        shown.getContext('2d')?.drawImage(spare, 0, 0);
        spare.width = 0;
        drawn.current = page;
      }, (error: unknown) => {
        if (!controller.signal.aborted) failed(error);
      });
    }, drawn.current === page ? REDRAW_DELAY_MS : 0);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [page, scale, failed]);
  return <canvas ref={canvas} role="img" aria-label={label} className="sap-pdf-canvas" />;
}
