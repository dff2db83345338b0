import { connectTo, expect, test } from './fixtures';
import { assetsOf, columnsOf, firstPreview, inViewport, rowOverflows, scrollBoxes } from './layout-helpers';
import { dropFiles, dropzone, fixtureFile, showUploadTarget } from './upload-helpers';

/** Context first, at every width, by the panel's own width (issue 12, item 1). */
test.describe('the panel\u2019s layout (standalone)', () => {
  for (const [width, height] of [[360, 640], [800, 800], [1400, 900], [2560, 1440]] as const) {
    test(`at ${width}\u00d7${height}: the segment first, then its first tile in full without scrolling, in one scroll container`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/?scope=pr7214&segment=27665601&locale=de');
      const panel = page.getByRole('region', { name: 'Context of segment 27665601' });
      const header = panel.locator('header').first();
      await expect(header.getByRole('heading', { name: 'Segment 27665601' })).toBeVisible();
      await expect(header).toContainText('Place order');
      await expect(header).toContainText('Zahlungspflichtig bestellen');
      // The form folded into the header: no scope or segment field on the first screen.
      await expect(page.getByRole('textbox', { name: 'Segment' })).toBeHidden();

      const preview = await firstPreview(panel);
      const box = (await preview.boundingBox())!;
      test.info().annotations.push({ type: `first tile's image at ${width}\u00d7${height}`, description: `top ${box.y.toFixed(0)}, bottom ${(box.y + box.height).toFixed(0)}` });
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await inViewport(page, box)).toBe(true);
      expect((await header.boundingBox())!.y).toBeLessThan(box.y);
      // One scroll container, the window: neither the gallery nor anything else scrolls on its own.
      expect(await scrollBoxes(page)).toEqual([]);
    });
  }

  test('the grid uses the width: more columns at 2560 px than at 1400 px, and it follows a resize', async ({ page, mockServer }) => {
    await mockServer.runtime.context.seedMany(27665616, 40, null);
    await page.setViewportSize({ width: 1400, height: 900 });
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665616');
    await expect(assetsOf(page).locator('.sap-tile').first()).toBeVisible();
    const at1400 = await columnsOf(page);
    await page.setViewportSize({ width: 2560, height: 1440 });
    await expect.poll(() => columnsOf(page)).toBeGreaterThan(at1400);
    const at2560 = await columnsOf(page);
    test.info().annotations.push({ type: 'columns at 1400 / 2560 px', description: `${at1400} / ${at2560}` });
    expect(at2560).toBeGreaterThanOrEqual(2 * at1400);
    // The grid spans the panel: its last column ends at the panel's content edge.
    const grid = (await assetsOf(page).boundingBox())!;
    const tiles = assetsOf(page).locator('.sap-tile');
    const last = (await tiles.nth(at2560 - 1).boundingBox())!;
    expect(Math.abs(grid.x + grid.width - (last.x + last.width))).toBeLessThan(2);
  });

  test('standalone, "Change segment" in the header opens the scope and segment fields', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/?scope=pr7214&segment=27665601');
    const change = page.getByRole('button', { name: 'Change segment' });
    await expect(change).toHaveAttribute('aria-expanded', 'false');
    await change.click();
    await expect(change).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('textbox', { name: 'Segment' }).fill('27665602');
    await page.getByRole('textbox', { name: 'Segment' }).press('Enter');
    const panel = page.getByRole('region', { name: 'Context of segment 27665602' });
    await expect(panel.getByRole('heading', { name: 'Segment 27665602' })).toBeVisible();
    await expect(panel).toContainText('Add to cart');
    await expect(page.getByRole('textbox', { name: 'Segment' })).toBeHidden();
    await expect(page).toHaveURL(/segment=27665602/);
  });

  test('the upload language and folder sit behind a disclosure that says them', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/?scope=pr7214&segment=27665601&locale=de');
    const summary = page.getByText('Upload to: Deutsch', { exact: true });
    await expect(summary).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Upload language' })).toBeHidden();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Upload language' })).toHaveValue('de');
    await page.getByRole('combobox', { name: 'Upload language' }).selectOption('fr');
    await page.getByRole('textbox', { name: 'Folder' }).fill('screens');
    await expect(page.getByText('Upload to: Fran\u00e7ais \u00b7 folder screens', { exact: true })).toBeVisible();
  });

  test('files dragged over the panel make all of it the target; a real drop on a tile uploads', async ({ page, mockServer }) => {
    await page.setViewportSize({ width: 800, height: 800 });
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665601');
    const panel = page.getByRole('region', { name: 'Context of segment 27665601' });
    const tile = assetsOf(panel).locator('.sap-tile').first();
    await expect(tile).toBeVisible();
    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(300)], 'dragged.png', { type: 'image/png' }));
      return data;
    });
    await tile.dispatchEvent('dragenter', { dataTransfer: transfer });
    const overlay = panel.locator('.sap-drop-overlay');
    const caption = overlay.getByText('Drop to upload to segment 27665601');
    await expect(caption).toBeVisible();
    const [cover, whole, words] = [(await overlay.boundingBox())!, (await panel.boundingBox())!, (await caption.boundingBox())!];
    // The whole panel, header included, not a box under the gallery.
    expect(cover.y).toBeLessThanOrEqual(whole.y + 2);
    expect(cover.y + cover.height).toBeGreaterThanOrEqual(whole.y + whole.height - 2);
    expect(await inViewport(page, words)).toBe(true);
    // Readable over the tiles: the caption has an opaque background of its own.
    expect(await caption.evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(/^rgb\(/);
    await tile.dispatchEvent('dragover', { dataTransfer: transfer });
    await tile.dispatchEvent('drop', { dataTransfer: transfer });
    await expect(overlay).toHaveCount(0);
    await expect(assetsOf(panel).locator('.sap-tile').filter({ hasText: 'dragged.png' })).toBeVisible();
    expect([...mockServer.runtime.store.state.assets.values()].some((a) => a.name === 'dragged.png' && a.segmentId === 27665601)).toBe(true);
  });

  test('upload rows fit a 360 px panel: nothing overflows or overlaps', async ({ page, mockServer }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665625');
    await expect(page.getByText('No context yet')).toBeVisible();
    await showUploadTarget(page);
    await page.getByRole('combobox', { name: 'Upload language' }).selectOption('de');
    await page.getByRole('textbox', { name: 'Folder' }).fill('release-candidate/screens/checkout/payment-and-shipping');
    // The images stay on their way (waiting, uploading) while the rows are measured; CON.png is refused.
    mockServer.runtime.faults.set('latency:60000');
    await dropFiles(dropzone(page), [
      fixtureFile('pexels-gons3.jpg', 'image/jpeg', 'screenshot-20261127-224230-checkout-payment-step-final.jpg'),
      { name: 'a.png', mimeType: 'image/png', size: 3 * 1024 * 1024 },
      { name: 'CON.png', mimeType: 'image/png', size: 64 },
    ]);
    const uploads = page.getByRole('list', { name: 'Uploads' });
    await expect(uploads.getByRole('listitem')).toHaveCount(3);
    await expect(uploads.getByRole('button', { name: 'Dismiss CON.png' })).toBeVisible();
    expect(await rowOverflows(uploads)).toEqual([]);
    expect(await scrollBoxes(page)).toEqual([]);
  });
});
