/**
 * Workers from this build's own files, wherever the host serves the build. A browser starts a
 * worker only from a script on the page's own origin; a host that serves the panel's folder from
 * a CDN would get none. A module worker may import a module from another origin, though (the
 * CDN sending CORS headers), so there the worker starts from a one-line module of the page's own
 * origin, a `blob:` URL, that imports the real file: inside it `import.meta.url` is still the
 * CDN's address, so the worker's own files (WebAssembly, models) are found beside it. A host with
 * a Content-Security-Policy must then allow `worker-src blob:`.
 */

/** Whether `url` (resolved against `here`) is on another origin than `here`. */
export function isCrossOrigin(url: string, here: string): boolean {
  // A blob: URL's origin is the origin that made it (a worker started from one keeps the page's).
  return new URL(url, here).origin !== new URL(here).origin;
}

/**
 * What to start a module worker from: the script's own URL on the page's origin (or where there
 * is no page to compare with), else a module of the page's origin that imports it by its
 * absolute URL and, once that ran (the worker started), revokes its own `blob:` URL.
 */
export function workerScript(url: string, here: string | undefined = globalThis.location?.href): string | Blob {
  if (!here || !isCrossOrigin(url, here)) return url;
  const body = `import ${JSON.stringify(new URL(url, here).href)};\nURL.revokeObjectURL(import.meta.url);\n`;
  return new Blob([body], { type: 'text/javascript' });
}

/**
 * A module worker running the script at `url` (a bundled worker's address, `?worker&url`). A
 * script that cannot start (the CDN sends no CORS headers, a CSP without `worker-src blob:`)
 * fires `error` at the worker, as a script that failed to load does, or the constructor throws:
 * the callers' fallbacks take it from there (tiles show the full image, PDFs their type icon).
 */
export function startModuleWorker(url: string, options: Omit<WorkerOptions, 'type'> = {}): Worker {
  const script = workerScript(url);
  if (typeof script === 'string') return new Worker(script, { ...options, type: 'module' });
  const trampoline = URL.createObjectURL(script);
  const revoke = () => URL.revokeObjectURL(trampoline);
  let worker: Worker;
  try {
    worker = new Worker(trampoline, { ...options, type: 'module' });
  } catch (error) {
    revoke();
    throw error;
  }
  // Started, the worker revokes it itself; one that could not start leaves it to this.
  worker.addEventListener('error', revoke, { once: true });
  return worker;
}
