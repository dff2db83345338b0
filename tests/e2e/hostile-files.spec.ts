import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dropFiles, dropzone, type FileSpec } from './upload-helpers';
import { appendPanelElement, openHost } from './host-page';

/**
 * Uploaded files are the attacker's bytes. Whatever the panel makes of them (an `<img src>`, a
 * `<video>`, a poster, the `<a download>` it clicks), opened on its own as a document, must run
 * nothing in the panel's origin: standalone that is the app's, embedded it is the host editor's.
 */

const PWN = (tag: string) => `localStorage.setItem('pwned','${tag}');alert('${tag}')`;
const SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80" onload="${PWN('svg-onload')}">
  <script>${PWN('svg-script')}</script>
  <rect width="120" height="80" fill="#c03"/>
</svg>`;
const HTML = `<!doctype html><html><body onload="${PWN('html-onload')}">
<script>${PWN('html-script')}</script><img src="x" onerror="${PWN('html-img')}"></body></html>`;

const file = (name: string, mimeType: string, text: string): FileSpec => ({ name, mimeType, base64: Buffer.from(text).toString('base64') });
const SVGS = [file('evil.svg', 'image/svg+xml', SVG), file('evil.png', 'image/png', SVG), file('evil.jpg', 'image/jpeg', SVG)];
const PAGES = [file('page.html', 'text/html', HTML), file('page.png', 'image/png', HTML), file('page.mp4', 'video/mp4', HTML)];
const ALL = [...SVGS, ...PAGES];

/** Types an object URL made from server bytes may carry: rasters, videos, or a download. */
const SAFE_BLOB_TYPE = /^(image\/(png|jpeg|gif|webp|avif|bmp|x-icon)|video\/(mp4|webm|ogg|quicktime)|application\/octet-stream)$/;

declare global {
  interface Window {
    madeUrls?: { url: string; type: string }[];
  }
}

/** Records every object URL the page makes (with its blob's type) and every link it clicks. */
async function recordUrls(context: BrowserContext) {
  await context.addInitScript(() => {
    const made: { url: string; type: string }[] = [];
    window.madeUrls = made;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object);
      made.push({ url, type: object instanceof Blob ? object.type : 'media-source' });
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function clickAndRecord(this: HTMLAnchorElement) {
      made.push({ url: this.href, type: 'link' });
      click.call(this);
    };
  });
}

/** Every src, href and poster in the document and in open shadow roots (the custom element's). */
function addressesIn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches('img, video, source, a, image, use')) {
          for (const name of ['src', 'href', 'poster', 'xlink:href', 'srcset']) {
            const value = element.getAttribute(name);
            if (value) found.push(new URL(value, document.baseURI).href);
          }
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

const tile = (panel: Locator, name: string) =>
  panel.getByRole('grid', { name: 'Assets' }).getByRole('gridcell').filter({ has: panel.page().getByText(name, { exact: true }) });

/** Uploads the payloads, looks at each in the lightbox, downloads it, then opens everything the panel made. */
async function probe(page: Page, panel: Locator) {
  const dialogs: string[] = [];
  page.context().on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  await dropFiles(dropzone(panel), ALL);
  for (const { name } of ALL) await expect(tile(panel, name)).toBeVisible();

  // The SVGs are still shown: rasterized, then a thumbnail encoded anew (JPEG: the drawing covers
  // every pixel), from a blob made in this page.
  for (const { name } of SVGS) {
    const image = tile(panel, name).getByRole('img', { name });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(120);
    const src = (await image.getAttribute('src'))!;
    expect(src).toMatch(/^blob:/);
    expect(await page.evaluate(async (url) => (await (await fetch(url)).blob()).type, src)).toBe('image/jpeg');
  }
  // HTML under any name is a file icon: no image, no video.
  for (const { name } of PAGES) {
    await expect(tile(panel, name).locator('.sap-file-icon')).toBeVisible();
    await expect(tile(panel, name).locator('img, video')).toHaveCount(0);
  }

  const addresses = new Set(await addressesIn(page));
  for (const { name } of ALL) {
    await tile(panel, name).getByRole('button', { name: `Open ${name}` }).click();
    const dialog = panel.getByRole('dialog', { name });
    if (PAGES.some((p) => p.name === name)) {
      await expect(dialog).toContainText('No preview for this type of file');
      // The stage shows nothing of it (the strip below shows the other assets' thumbnails).
      await expect(dialog.locator('.sap-lightbox-stage').locator('img, video')).toHaveCount(0);
    } else {
      await expect.poll(() => dialog.getByRole('img', { name }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
    }
    for (const address of await addressesIn(page)) addresses.add(address);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download' }).click();
    expect((await download).suggestedFilename()).toBe(name);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
  }

  const made = await page.evaluate(() => window.madeUrls ?? []);
  for (const { url, type } of made) {
    addresses.add(url);
    if (type !== 'link') expect(type, `object URL ${url}`).toMatch(SAFE_BLOB_TYPE);
  }
  // Six downloads, each from an object URL that downloads when navigated instead of rendering.
  const links = made.filter((m) => m.type === 'link').map((m) => m.url);
  expect(links).toHaveLength(ALL.length);
  for (const link of links) expect(made.find((m) => m.url === link)?.type).toBe('application/octet-stream');

  const opened = [...addresses].filter((address) => !address.startsWith('about:'));
  expect(opened.length).toBeGreaterThanOrEqual(SVGS.length + links.length);
  expect(await openEach(page, opened)).toEqual(opened.map(() => null));
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('pwned'))).toBeNull();

  // The probe can see a script run: the same SVG under an object URL of its own type does.
  const control = await page.evaluate((svg) => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })), SVG);
  expect((await openEach(page, [control]))[0]).toMatch(/^svg-(script|onload)$/);
  expect(dialogs.length).toBeGreaterThan(0);
}

/**
 * Opens each address as its own document, in a new page of the same context (same origin, same
 * storage), and reads `pwned` there: another page sees a write only later, the writer at once.
 */
async function openEach(page: Page, addresses: string[]): Promise<(string | null)[]> {
  const found: (string | null)[] = [];
  for (const address of addresses) {
    const other = await page.context().newPage();
    // A download URL starts a download instead of a document: goto says so by throwing.
    await other.goto(address).catch(() => {});
    await other.waitForLoadState('load').catch(() => {});
    // An opaque origin (the blank page a download leaves) has no storage to read.
    found.push(await other.evaluate(() => localStorage.getItem('pwned')).catch(() => null));
    await other.close();
  }
  return found;
}

test.describe('hostile files run no script', () => {
  test.setTimeout(60_000);

  test('standalone (built-in mock): SVG and HTML under honest and dishonest names', async ({ page }) => {
    await recordUrls(page.context());
    await page.goto('/?scope=pr7214&segment=27665616');
    await expect(page.getByText('No context yet')).toBeVisible();
    await probe(page, page.locator('body'));
  });

  test('in the custom element on a host page (HTTP mock): the host\u2019s origin stays clean', async ({ page, mockServer }) => {
    await recordUrls(page.context());
    await openHost(page);
    await appendPanelElement(page, mockServer.url, { 'segment-id': '27665617' });
    const panel = page.locator('segment-asset-panel');
    await expect(panel.getByText('No context yet')).toBeVisible();
    await probe(page, panel);
  });
});
