import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export interface FileSpec {
  name: string;
  mimeType: string;
  /** Bytes as base64 (from a fixture) or a size to fill. */
  base64?: string;
  size?: number;
}

// The drop target and a drop from the disk (CDP), shared with the benchmarks.
export { dropPaths, dropzone } from '../../scripts/bench/drag';

const FIXTURES = new URL('../../mocks/fixtures/', import.meta.url).pathname;

export function fixtureFile(name: string, mimeType: string, as = name): FileSpec {
  return { name: as, mimeType, base64: readFileSync(`${FIXTURES}${name}`).toString('base64') };
}

/** A real drop: a DataTransfer holding real Files, dispatched as dragenter, dragover and drop. */
export async function dropFiles(target: Locator, files: FileSpec[]): Promise<void> {
  // Made in the target's own frame: a DataTransfer cannot cross into an iframe.
  const dataTransfer = await target.evaluateHandle((_element, specs) => {
    const transfer = new DataTransfer();
    for (const spec of specs) {
      const bytes = spec.base64
        ? Uint8Array.from(atob(spec.base64), (c) => c.charCodeAt(0))
        : new Uint8Array(spec.size ?? 0).map((_, i) => i % 251);
      transfer.items.add(new File([bytes], spec.name, { type: spec.mimeType }));
    }
    return transfer;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer });
}

/** A paste of an image, as a screenshot tool leaves it on the clipboard (no name of its own). */
export async function pasteImage(target: Locator, file: FileSpec): Promise<void> {
  await target.evaluate((element, spec) => {
    const transfer = new DataTransfer();
    const bytes = Uint8Array.from(atob(spec.base64!), (c) => c.charCodeAt(0));
    transfer.items.add(new File([bytes], 'image.png', { type: spec.mimeType }));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, file);
}

/**
 * The calls the page makes to the server: media uploads by file name, attaches, token requests.
 * A media upload names its file in its multipart part (its URL only when the part could alter
 * the name), and Playwright does not show a body of files: the page says which file each upload
 * sends, from a wrapper around `XMLHttpRequest`, before the request goes. Await it before the page
 * opens the panel.
 */
export async function countRequests(page: Page, serverUrl: string) {
  const seen = { uploads: [] as string[], attaches: [] as string[], tokens: 0 };
  await page.exposeBinding('__sapUploadSent', (_source, url: string, name: string) => {
    if (url.startsWith(serverUrl)) seen.uploads.push(name);
  });
  await page.addInitScript(() => {
    const opened = new WeakMap<XMLHttpRequest, string>();
    const { open, send } = XMLHttpRequest.prototype;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      // A URL that does not parse here (relative, in an about:blank frame) is the page's own open's to refuse.
      try {
        opened.set(this, new URL(String(args[1]), location.href).href);
      } catch {
        opened.delete(this);
      }
      return (open as (...a: unknown[]) => void).apply(this, args);
    };
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      const url = opened.get(this);
      const file = body instanceof FormData ? body.get('file') : null;
      if (url && file instanceof File && new URL(url).pathname === '/api/media/upload') {
        void (window as unknown as { __sapUploadSent(url: string, name: string): Promise<void> }).__sapUploadSent(url, file.name);
      }
      return send.call(this, body);
    };
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(serverUrl) || request.method() !== 'POST') return;
    const { pathname } = new URL(request.url());
    if (pathname === '/api/auth/token') seen.tokens += 1;
    else if (/^\/api\/resources\/assets\/\d+$/.test(pathname)) seen.attaches.push(pathname);
  });
  return seen;
}

/** Opens "Upload to: …" (the upload language and folder) unless it is open. */
export async function showUploadTarget(scope: Page | Locator): Promise<void> {
  const where = scope.locator('details.sap-upload-where');
  if (!(await where.evaluate((details: HTMLDetailsElement) => details.open))) await where.locator('summary').click();
}

/** A file's row, in the list of those on their way (or failed) or, once opened, of the finished ones. */
export function uploadItem(page: Pick<Page, 'getByRole'>, name: string | RegExp): Locator {
  return page.getByRole('list', { name: /^(Uploads|Finished uploads)$/ }).getByRole('listitem').filter({ hasText: name });
}

/**
 * Waits for a file's "Uploaded" row. Finished uploads fold into the overall line ("… · Show"):
 * this opens them (once; they stay open) and finds the row there.
 */
export async function expectUploaded(scope: Pick<Page, 'getByRole'>, name: string | RegExp, { timeout = 20_000 } = {}): Promise<void> {
  const row = scope.getByRole('list', { name: 'Finished uploads' }).getByRole('listitem').filter({ hasText: name });
  const show = scope.getByRole('button', { name: 'Show finished uploads' });
  await expect(async () => {
    if (await show.isVisible()) await show.click();
    await expect(row).toContainText('Uploaded', { timeout: 1000 });
  }).toPass({ timeout });
}

/** Chromium's own network throttling (CDP): uploads go at `bytesPerSecond`, so progress can be watched. */
export async function throttleUploads(page: Page, bytesPerSecond: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond });
}

/** What the panel keeps for after a reload: each record's name, status, file state and reason. */
export function storedUploads(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('segment-asset-panel');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    if (!db.objectStoreNames.contains('uploads')) return { records: [], files: 0 };
    const tx = db.transaction(['uploads', 'files']);
    const get = <T,>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    type Stored = { file?: string; record: { name: string; status: string; error?: { message?: { key?: string } } | null } };
    const [records, files] = await Promise.all([get(tx.objectStore('uploads').getAll() as IDBRequest<Stored[]>), get(tx.objectStore('files').count())]);
    db.close();
    return {
      records: records.map((r) => ({ name: r.record.name, status: r.record.status, file: r.file ?? null, reason: r.record.error?.message?.key ?? null })),
      files,
    };
  });
}
