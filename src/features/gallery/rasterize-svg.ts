/** Longest side of a rasterized SVG: enough for the lightbox, bounded in memory (16 MB of pixels). */
export const MAX_RASTER_SIDE = 2048;
const DECODE_TIMEOUT_MS = 10_000;
/** What a browser gives an SVG that declares no size of its own. */
const DEFAULT_SIZE = { width: 300, height: 150 };

function readDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('The SVG could not be read.'));
    reader.readAsDataURL(blob);
  });
}

function loaded(img: HTMLImageElement, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The SVG took too long to draw.')), DECODE_TIMEOUT_MS);
    const done = (error?: unknown) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    const onAbort = () => done(signal?.reason ?? new Error('Aborted'));
    signal?.addEventListener('abort', onAbort);
    img.decode().then(() => done(), done);
  });
}

/** The root's `viewBox` size, for an SVG whose `<img>` reports no natural size. */
async function viewBoxSize(svg: Blob): Promise<{ width: number; height: number } | null> {
  const head = await svg.slice(0, 4096).text();
  const box = /<(?:[\w.-]+:)?svg\b[^>]*?\bviewBox\s*=\s*["']\s*[-\d.e+]+[\s,]+[-\d.e+]+[\s,]+([\d.e+]+)[\s,]+([\d.e+]+)/i.exec(head);
  const width = Number(box?.[1]);
  const height = Number(box?.[2]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * Draws an SVG into a PNG. The SVG goes into an `<img>` from a `data:` URL: an image runs no
 * script and loads nothing external, and no object URL of type `image/svg+xml` ever exists in the
 * page's origin for anyone to open as a document. Rejects when the browser cannot draw it.
 */
export async function rasterizeSvg(svg: Blob, signal?: AbortSignal): Promise<Blob> {
  const img = new Image();
  img.src = await readDataUrl(svg.slice(0, svg.size, 'image/svg+xml'));
  await loaded(img, signal);
  const natural = img.naturalWidth > 0 && img.naturalHeight > 0 ? { width: img.naturalWidth, height: img.naturalHeight } : null;
  const size = natural ?? (await viewBoxSize(svg)) ?? DEFAULT_SIZE;
  const scale = Math.min(1, MAX_RASTER_SIDE / Math.max(size.width, size.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(size.width * scale));
  canvas.height = Math.max(1, Math.round(size.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas to draw the SVG on.');
  context.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((png) => (png ? resolve(png) : reject(new Error('The SVG could not be drawn.'))), 'image/png');
  });
}
