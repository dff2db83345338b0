import { connectTo, expect, test } from './fixtures';
import { attachOnServer, marksFor, PLACE_ORDER, SCREEN } from './marks-helpers';

/**
 * The README's picture of the panel, made here so it shows what the code does today.
 * `npm run screenshot` writes docs/screenshot.png; a plain test run keeps it in test-results.
 */
test('a screenshot of the panel for the README', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.goto('/?scope=pr7214&segment=27665601&locale=de');
  const assets = page.getByRole('grid', { name: 'Assets' });
  await expect(assets.getByRole('gridcell')).toHaveCount(2);
  // Each tile's picture, once it has come (previews load when a tile is near the view).
  await expect(assets.getByRole('img')).toHaveCount(2);
  for (const image of await assets.getByRole('img').all()) {
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  await expect(page.getByRole('listbox', { name: 'Segments' })).toBeVisible();
  const path = process.env.UPDATE_SCREENSHOT ? 'docs/screenshot.png' : testInfo.outputPath('screenshot.png');
  await page.screenshot({ path, fullPage: false });
  expect((await import('node:fs')).statSync(path).size).toBeGreaterThan(20_000);
});

/** Beside it in the README: the panel where it usually lives, docked in an editor's 380 px column. */
test('a screenshot of the panel docked in the demo editor for the README', async ({ page, mockServer }, testInfo) => {
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`/demo/editor.html?api=${encodeURIComponent(mockServer.url)}`);
  const panel = page.locator('segment-asset-panel');
  await expect(panel.getByRole('heading', { name: 'Segment 27665601' })).toBeVisible();
  const images = panel.getByRole('grid', { name: 'Assets' }).getByRole('img');
  // The tiles near the column's view: the first two (one a row).
  await expect(images.nth(1)).toBeAttached();
  for (const image of await images.all()) {
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  const path = process.env.UPDATE_SCREENSHOT ? 'docs/screenshot-docked.png' : testInfo.outputPath('screenshot-docked.png');
  await page.screenshot({ path });
  expect((await import('node:fs')).statSync(path).size).toBeGreaterThan(20_000);
});

test('screenshots of a marked tile and its lightbox for the README', async ({ page, mockServer }, testInfo) => {
  await page.setViewportSize({ width: 1360, height: 900 });
  const segment = 27665601;
  const image = attachOnServer(mockServer, segment, 'checkout-marked.png', SCREEN, 'image/png', null);
  attachOnServer(mockServer, segment, 'checkout-marked.png.marks.json', marksFor(image, [PLACE_ORDER]), 'application/json', null);
  await connectTo(page, mockServer.url, `scope=pr7214&segment=${segment}`);
  const assets = page.getByRole('grid', { name: 'Assets' });
  await expect(assets.getByRole('gridcell').first().locator('.sap-marks .sap-mark')).toHaveCount(1);
  for (const img of await assets.getByRole('img').all()) {
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
  const out = (name: string) => (process.env.UPDATE_SCREENSHOT ? `docs/${name}` : testInfo.outputPath(name));
  await page.screenshot({ path: out('marks-tile.png') });
  await assets.getByRole('button', { name: 'Open checkout-marked.png' }).click();
  await expect(page.getByRole('button', { name: '1. Place order' })).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: out('marks-lightbox.png') });
});
