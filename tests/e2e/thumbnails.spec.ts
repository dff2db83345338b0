import type { Locator, Page } from '@playwright/test';
import { connectTo, expect, test } from './fixtures';
import { dropFiles, dropzone } from './upload-helpers';

const SEGMENT = 'scope=pr7214&segment=27665601';
const grid = (page: Page) => page.getByRole('grid', { name: 'Assets' });
const tileImage = (page: Page, name: string) => grid(page).getByRole('img', { name, exact: true });

/** Size and type of a decoded picture, and its mean colour (drawn 16 × 16: a fingerprint of its content). */
function picture(image: Locator) {
  return image.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 16;
    canvas.height = 16;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0, 16, 16);
    const data = context.getImageData(0, 0, 16, 16).data;
    const mean = [0, 1, 2].map((c) => Math.round(data.filter((_, i) => i % 4 === c).reduce((a, b) => a + b, 0) / 256));
    const type = (await (await fetch(img.src)).blob()).type;
    return { width: img.naturalWidth, height: img.naturalHeight, type, mean };
  });
}

/** Downloads of the segment's files the page asked for (the HTTP mock: Playwright sees every request). */
function downloads(page: Page) {
  const names: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).searchParams.get('filename');
    if (request.method() === 'GET' && name && request.url().includes('/api/resources/assets/27665601?')) names.push(name);
  });
  return names;
}

test.describe('tile thumbnails', () => {
  test('tiles show small thumbnails made from the real images in a worker; the lightbox loads the full image', async ({ page, mockServer }) => {
    const fetched = downloads(page);
    await connectTo(page, mockServer.url, SEGMENT);
    const tile = tileImage(page, 'checkout-screen.png');
    await expect(tile).toHaveAttribute('src', /^blob:/);
    // 800 × 500 in, at most 640 pixels out, the aspect ratio kept, encoded anew: JPEG, every pixel being opaque.
    const small = await picture(tile);
    expect(small).toMatchObject({ width: 640, height: 400, type: 'image/jpeg' });
    expect(await picture(tileImage(page, 'pexels-gons3.jpg'))).toMatchObject({ width: 640, height: 426, type: 'image/jpeg' });
    expect(page.workers().some((worker) => worker.url().includes('thumbnail-worker'))).toBe(true);

    await grid(page).getByRole('button', { name: 'Open checkout-screen.png', exact: true }).click();
    const full = page.getByRole('dialog', { name: 'checkout-screen.png' }).getByRole('img', { name: 'checkout-screen.png' });
    await expect.poll(() => full.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(800);
    const original = await picture(full);
    expect(original).toMatchObject({ width: 800, height: 500, type: 'image/png' });
    // The same picture, smaller: the thumbnail's colours are the original's.
    for (const [i, channel] of small.mean.entries()) expect(Math.abs(channel - original.mean[i]!)).toBeLessThanOrEqual(6);
    // One download for the tile's thumbnail, one for the lightbox's full image.
    expect(fetched.filter((name) => name === 'checkout-screen.png')).toHaveLength(2);
  });

  test('thumbnails are kept by download URL: a page opened again shows them without downloading the images', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, SEGMENT);
    for (const name of ['checkout-screen.png', 'pexels-gons3.jpg']) {
      await expect.poll(async () => (await picture(tileImage(page, name))).type).toBe('image/jpeg');
    }
    // Kept once written: the worker writes after it answered.
    await expect.poll(() => page.evaluate(() => new Promise<number>((resolve, reject) => {
      const request = indexedDB.open('segment-asset-panel-thumbnails');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const count = request.result.transaction('thumbnails').objectStore('thumbnails').count();
        count.onsuccess = () => {
          resolve(count.result);
          request.result.close();
        };
      };
    }))).toBeGreaterThanOrEqual(2);

    const again = await page.context().newPage();
    const fetched = downloads(again);
    await connectTo(again, mockServer.url, SEGMENT);
    for (const name of ['checkout-screen.png', 'pexels-gons3.jpg']) {
      expect(await picture(tileImage(again, name))).toMatchObject({ width: 640, type: 'image/jpeg' });
    }
    expect(fetched.filter((name) => name === 'checkout-screen.png' || name === 'pexels-gons3.jpg')).toEqual([]);

    // Signing out forgets them: pictures of the account's files do not stay on a shared computer.
    await again.close();
    await page.getByRole('button', { name: 'Disconnect' }).click();
    await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('segment-asset-panel-thumbnails');
  });

  test('a picture with transparent parts keeps them: its thumbnail is WebP, not JPEG', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, SEGMENT);
    // 1,000 × 500: the left half opaque red, the right half fully transparent (a logo, an icon sheet).
    const base64 = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 1000;
      canvas.height = 500;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#c00';
      context.fillRect(0, 0, 500, 500);
      return canvas.toDataURL('image/png').split(',')[1]!;
    });
    await dropFiles(dropzone(page), [{ name: 'half-clear.png', mimeType: 'image/png', base64 }]);
    const tile = tileImage(page, 'half-clear.png');
    await expect(tile).toHaveAttribute('src', /^blob:/);
    expect(await picture(tile)).toMatchObject({ width: 640, height: 320, type: 'image/webp' });
    // The alpha of a pixel in each half, read from the thumbnail at its own size.
    const alphas = await tile.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      return [context.getImageData(100, 160, 1, 1).data[3], context.getImageData(540, 160, 1, 1).data[3]];
    });
    expect(alphas).toEqual([255, 0]);
  });
});
