import { expect, test } from './fixtures';
import { expectWindowedAtStart, firstPreview, scrollBoxes } from './layout-helpers';
import { flingToEnd } from './fling';

/** The panel docked in the demo CAT editor's 380 px column (issue 12, item 1). */
test.describe('the panel\u2019s layout, docked in the demo editor', () => {
  test('the header names the segment, there is no segment form, the first tile is in view, the column is the one scroll box', async ({ page, mockServer }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/demo/editor.html?api=${encodeURIComponent(mockServer.url)}`);
    const column = page.getByRole('complementary', { name: 'Segment context' });
    const panel = page.locator('segment-asset-panel');
    await expect(panel.getByRole('heading', { name: 'Segment 27665601' })).toBeVisible();
    // The host drives the segment: no scope or segment field, no "Change segment".
    await expect(panel.getByRole('textbox', { name: 'Segment' })).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Change segment' })).toHaveCount(0);
    expect(Math.round((await column.boundingBox())!.width)).toBe(380);

    const preview = (await (await firstPreview(panel)).boundingBox())!;
    const seen = (await column.boundingBox())!;
    expect(preview.x).toBeGreaterThanOrEqual(seen.x);
    expect(preview.x + preview.width).toBeLessThanOrEqual(seen.x + seen.width);
    expect(preview.y + preview.height).toBeLessThanOrEqual(Math.min(seen.y + seen.height, 800));
    // The host's grid and its column scroll; nothing inside the panel does.
    expect((await scrollBoxes(page)).filter((box) => !box.includes('demo-'))).toEqual([]);

    await page.getByRole('row').filter({ hasText: 'Add to cart' }).click();
    await expect(panel.getByRole('heading', { name: 'Segment 27665602' })).toBeVisible();
  });

  test('1,000 assets in the column: windowed by the column\u2019s scroll, the last tile reached', async ({ page, mockServer }) => {
    test.setTimeout(120_000);
    await mockServer.runtime.context.seedMany(27665615, 1000, null);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/demo/editor.html?api=${encodeURIComponent(mockServer.url)}`);
    await page.getByRole('row').filter({ hasText: '27665615' }).click();
    const panel = page.locator('segment-asset-panel');
    const { tiles, oldest } = await expectWindowedAtStart(panel);
    // The column is the scroll container: a user flings it to its end (2 s by the clock).
    await flingToEnd(page.locator('.demo-panel'));
    await expect(oldest).toBeVisible();
    expect(await tiles.count()).toBeLessThan(60);
  });
});
