import { afterEach, describe, expect, it, vi } from 'vitest';
import { isCrossOrigin, startModuleWorker, workerScript } from '../../src/features/gallery/worker-url';

const PAGE = 'https://editor.example/projects/7214?segment=27665601';
const CDN_WORKER = 'https://cdn.example/segment-asset-panel/assets/thumbnail-worker-Ab12.js';

/** A stand-in Worker: what it was started from, and an `error` the test can fire. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  constructor(readonly url: string, readonly options: WorkerOptions) {
    super();
    FakeWorker.made.push(this);
  }
}

afterEach(() => {
  FakeWorker.made = [];
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('where a module worker starts from', () => {
  it('on the page\'s origin: the worker\'s own URL, as it is', () => {
    expect(workerScript('https://editor.example/assets/thumbnail-worker-Ab12.js', PAGE)).toBe('https://editor.example/assets/thumbnail-worker-Ab12.js');
    // The app's build and the dev server give an address from the site's root.
    expect(workerScript('/assets/pdf-worker-Cd34.js', PAGE)).toBe('/assets/pdf-worker-Cd34.js');
    expect(workerScript('/src/features/gallery/ocr/ocr-worker.ts?worker_file&type=module', PAGE)).toBe('/src/features/gallery/ocr/ocr-worker.ts?worker_file&type=module');
  });

  it('with no page to compare with (Node, the unit tests): the worker\'s own URL', () => {
    expect(workerScript(CDN_WORKER, undefined)).toBe(CDN_WORKER);
  });

  it('on another origin (a CDN; another port is another origin): a module that imports the absolute URL', async () => {
    for (const [url, page, absolute] of [
      [CDN_WORKER, PAGE, CDN_WORKER],
      ['https://editor.example:8443/lib/assets/pdf-worker-Cd34.js', PAGE, 'https://editor.example:8443/lib/assets/pdf-worker-Cd34.js'],
      ['//cdn.example/lib/assets/ocr-worker-"x".js', PAGE, 'https://cdn.example/lib/assets/ocr-worker-%22x%22.js'],
    ]) {
      const script = workerScript(url!, page);
      expect(script).toBeInstanceOf(Blob);
      const blob = script as Blob;
      expect(blob.type).toBe('text/javascript');
      const text = await blob.text();
      expect(text.split('\n')[0]).toBe(`import ${JSON.stringify(absolute)};`);
      expect(text).toContain('URL.revokeObjectURL(import.meta.url);');
    }
  });

  it('compares origins, not sites or paths; a blob: address is its maker\'s origin', () => {
    expect(isCrossOrigin('https://editor.example/other/path.js', PAGE)).toBe(false);
    expect(isCrossOrigin('http://editor.example/x.js', PAGE)).toBe(true);
    expect(isCrossOrigin('https://static.editor.example/x.js', PAGE)).toBe(true);
    // Inside a worker started through a blob: module, `location` is the blob's address.
    expect(isCrossOrigin(CDN_WORKER, 'blob:https://editor.example/0b6e4c1e-1d8a-4f64-9d43-7c1f0f3d2a10')).toBe(true);
    expect(isCrossOrigin('https://editor.example/x.js', 'blob:https://editor.example/0b6e4c1e-1d8a-4f64-9d43-7c1f0f3d2a10')).toBe(false);
  });
});

describe('starting a module worker', () => {
  it('on the page\'s origin: straight from its URL, no blob', () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('location', new URL(PAGE));
    const made = vi.spyOn(URL, 'createObjectURL');
    startModuleWorker('https://editor.example/assets/pdf-worker-Cd34.js', { name: 'pdf.js' });
    expect(FakeWorker.made.map((w) => [w.url, w.options])).toEqual([['https://editor.example/assets/pdf-worker-Cd34.js', { name: 'pdf.js', type: 'module' }]]);
    expect(made).not.toHaveBeenCalled();
  });

  it('from another origin: from a blob: module of the page\'s, revoked here only when the worker could not start', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('location', new URL(PAGE));
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:https://editor.example/trampoline-${blobs.length}`;
    });
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const worker = startModuleWorker(CDN_WORKER, { name: 'thumbnails' }) as unknown as FakeWorker;
    expect(worker.url).toBe('blob:https://editor.example/trampoline-1');
    expect(worker.options).toEqual({ name: 'thumbnails', type: 'module' });
    expect(await blobs[0]!.text()).toMatch(new RegExp(`^import "${CDN_WORKER.replace(/[.]/g, '\\.')}";\\n`));
    // Started, the worker revokes its own address (the module's last line); not before it ran.
    expect(revoked).not.toHaveBeenCalled();
    worker.dispatchEvent(new Event('error'));
    expect(revoked).toHaveBeenCalledWith('blob:https://editor.example/trampoline-1');
  });
});
