import type { Browser } from '@playwright/test';
import { demoPictures, type SeedPicture } from '../../mocks/demo/seed-many';
import { loadFixtureFromDisk } from '../../mocks/node';
import { openApp, type MockServer } from './harness';

/** A laptop screen at twice its pixel density: what a translator's screenshot of a UI is. */
const SCREEN = { width: 1440, height: 900, scale: 2 };

/**
 * The images the gallery bench cycles through: the demo's two 800-pixel images, and full-size
 * screenshots (2880 × 1800, PNG and JPEG) taken here of the panel itself on the demo segment,
 * a real UI at a retina laptop's density. Decoding those for a 320-pixel tile is the work a
 * thumbnail saves; the small ones alone would hide it.
 */
export async function benchPictures(browser: Browser, server: MockServer): Promise<SeedPicture[]> {
  const page = await browser.newPage({ viewport: { width: SCREEN.width, height: SCREEN.height }, deviceScaleFactor: SCREEN.scale });
  try {
    await page.addInitScript('window.__name = (fn) => fn;');
    await openApp(page, server, 'scope=pr7214&segment=27665601');
    const images = page.locator('[aria-label="Assets"] img');
    await images.first().waitFor();
    const size = { width: SCREEN.width * SCREEN.scale, height: SCREEN.height * SCREEN.scale };
    const png = await page.screenshot({ type: 'png' });
    const jpeg = await page.screenshot({ type: 'jpeg', quality: 85 });
    return [
      ...(await demoPictures(loadFixtureFromDisk)),
      { extension: 'png', contentType: 'image/png', ...size, blob: new Blob([new Uint8Array(png)], { type: 'image/png' }) },
      { extension: 'jpg', contentType: 'image/jpeg', ...size, blob: new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }) },
    ];
  } finally {
    await page.close();
  }
}
