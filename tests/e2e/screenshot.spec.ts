import { expect, test } from './fixtures';

/**
 * The README's picture of the panel, made here so it shows what the code does today.
 * `npm run screenshot` writes docs/screenshot.png; a plain test run keeps it in test-results.
 */
test('a screenshot of the panel for the README', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.goto('/?scope=pr7214&segment=27665601&locale=de');
  const assets = page.getByRole('list', { name: 'Assets' });
  await expect(assets.getByRole('listitem')).toHaveCount(2);
  for (const image of await assets.getByRole('img').all()) {
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  await expect(page.getByRole('listbox', { name: 'Segments' })).toBeVisible();
  const path = process.env.UPDATE_SCREENSHOT ? 'docs/screenshot.png' : testInfo.outputPath('screenshot.png');
  await page.screenshot({ path, fullPage: false });
  expect((await import('node:fs')).statSync(path).size).toBeGreaterThan(20_000);
});
