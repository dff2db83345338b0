import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { connectTo, expect, fillCredentials, test, trustLinkServer } from './fixtures';
import { dropFiles, dropzone, fixtureFile } from './upload-helpers';

/** WCAG 2.1 A and AA, as axe-core checks them, on what the page shows now. */
async function violations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations: found } = await builder.analyze();
  // A readable failure: the rule and the elements it names.
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  test('the panel with its segment list, gallery, filter and drop target', async ({ page }) => {
    await page.goto('/?scope=pr7214&segment=27665601');
    await expect(page.getByRole('grid', { name: 'Assets' }).getByRole('gridcell')).toHaveCount(3);
    await expect(page.getByRole('listbox', { name: 'Segments' }).or(page.getByRole('list', { name: 'Segments' })).first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the uploads list with a finished, a refused and a waiting file', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665625');
    await expect(page.getByText('No context yet')).toBeVisible();
    await dropFiles(dropzone(page), [fixtureFile('pexels-gons3.jpg', 'image/jpeg', 'done.jpg')]);
    await expect(page.getByText('1 of 1 uploaded')).toBeVisible();
    // The next image stays on its way while axe looks.
    mockServer.runtime.faults.set('latency:60000');
    await dropFiles(dropzone(page), [fixtureFile('pexels-gons3.jpg', 'image/jpeg', 'slow.jpg'), { name: 'CON.png', mimeType: 'image/png', size: 64 }]);
    // The finished one folds into the overall line: opened, so that axe sees all three kinds of row.
    await page.getByRole('button', { name: 'Show finished uploads' }).click();
    const uploads = page.getByRole('list', { name: /^(Uploads|Finished uploads)$/ });
    await expect(uploads.getByRole('listitem')).toHaveCount(3);
    await expect(uploads.getByRole('alert')).toHaveCount(1);
    await expect(uploads.getByRole('progressbar', { name: /slow\.jpg/ })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the lightbox and the delete confirmation', async ({ page }) => {
    await page.goto('/?scope=pr7214&segment=27665601');
    const assets = page.getByRole('grid', { name: 'Assets' });
    await assets.getByRole('button', { name: 'Open pexels-gons3.jpg' }).click();
    await expect(page.getByRole('dialog', { name: 'pexels-gons3.jpg' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await assets.getByRole('button', { name: 'Delete pexels-gons3.jpg' }).click();
    await expect(page.getByRole('alertdialog').or(page.getByRole('dialog'))).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the connection form, with an error', async ({ page, mockServer }) => {
    await page.goto(`/?server=${encodeURIComponent(mockServer.url)}`);
    await fillCredentials(page, 'wrong');
    await trustLinkServer(page);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test.describe('in German', () => {
    test.use({ locale: 'de-DE' });
    test('the panel', async ({ page }) => {
      await page.goto('/?scope=pr7214&segment=27665601');
      await expect(page.getByRole('grid', { name: 'Kontextdateien' }).getByRole('gridcell')).toHaveCount(3);
      expect(await violations(page)).toEqual([]);
    });
  });

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' });
    test('the panel, with an upload refused', async ({ page }) => {
      await page.goto('/?scope=pr7214&segment=27665601');
      await expect(page.getByRole('grid', { name: 'Assets' }).getByRole('gridcell')).toHaveCount(3);
      await dropFiles(dropzone(page), [{ name: 'CON.png', mimeType: 'image/png', size: 64 }]);
      await expect(page.getByRole('list', { name: 'Uploads' }).getByRole('alert')).toHaveCount(1);
      expect(await violations(page)).toEqual([]);
    });
  });

  test('the custom element in the demo editor (the panel only: the editor is the host\u2019s)', async ({ page, mockServer }) => {
    await page.goto(`/demo/editor.html?api=${encodeURIComponent(mockServer.url)}`);
    const panel = page.locator('segment-asset-panel');
    await expect(panel.getByRole('grid', { name: 'Assets' })).toBeVisible();
    expect(await violations(page, 'segment-asset-panel')).toEqual([]);
  });
});
