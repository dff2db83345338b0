import type { startMockHttpServer } from '../../mocks/http/server';
import { connectTo, expect, test } from './fixtures';
import { appendPanelElement, openHost } from './host-page';
import { dropFiles, dropzone, fixtureFile, pasteImage, throttleUploads } from './upload-helpers';

type MockServer = Awaited<ReturnType<typeof startMockHttpServer>>;

const SCREENSHOT = /^screenshot-\d{8}-\d{6}\.png$/;
const shot = fixtureFile('checkout-screen.png', 'image/png');

/** The names stored on a segment that a paste made. */
function pastedOn(mockServer: MockServer, segmentId: number): string[] {
  return [...mockServer.runtime.store.state.assets.values()]
    .filter((a) => a.segmentId === segmentId && SCREENSHOT.test(a.name))
    .map((a) => a.name);
}

test.describe('a paste reaches the panel, or the panel says how', () => {
  test('standalone: an image pasted while focus sits outside the panel is uploaded', async ({ page, mockServer }) => {
    const segment = 27665625;
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${segment}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    // Focus leaves the panel: on the page itself, as after a click on the app's title.
    await page.getByRole('heading', { level: 1 }).click();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // The whole page is the panel's: no hint needed.
    await expect(page.getByText(/click the panel first/)).toHaveCount(0);
    await pasteImage(page.locator('body'), shot);
    await expect.poll(() => pastedOn(mockServer, segment)).toHaveLength(1);
  });

  test('embedded beside an editor: "click the panel first" while focus is in the editor, and then the paste lands', async ({ page, mockServer }) => {
    await page.goto(`/demo/editor.html?api=${encodeURIComponent(mockServer.url)}`);
    const panel = page.locator('segment-asset-panel');
    const row = page.getByRole('row').filter({ hasText: 'Add to cart' });
    await row.click();
    await expect(panel.getByRole('grid', { name: 'Assets' })).toContainText('add-to-cart-flow.webm');
    const hint = panel.getByText('To paste a screenshot, click the panel first, then press Ctrl+V.');
    await expect(hint).toBeVisible();
    // A paste in the editor is the editor's: the panel takes nothing from the host's page.
    await pasteImage(row, shot);
    // One click in the panel, and the hint goes: the next paste reaches it.
    const heading = panel.getByRole('heading', { name: 'Add context' });
    await heading.click();
    await expect(hint).toHaveCount(0);
    await pasteImage(heading, shot);
    await expect.poll(() => pastedOn(mockServer, 27665602)).toHaveLength(1);
    // Focus back in the editor: the hint is back.
    await row.click();
    await expect(hint).toBeVisible();
    expect(pastedOn(mockServer, 27665602)).toHaveLength(1);
  });

  test('the hint waits for the click: a long one that brings focus from the host\'s field onto an upload\'s Cancel cancels it', async ({ page, mockServer }) => {
    // A host page that does not scroll (where the demo editor's column, scrolled, hid the jump).
    await openHost(page);
    await appendPanelElement(page, mockServer.url, { 'segment-id': '27665612' });
    const panel = page.locator('segment-asset-panel');
    await expect(panel.getByText('No context yet')).toBeVisible();
    await throttleUploads(page, 64 * 1024);
    await dropFiles(dropzone(panel), [{ name: 'slow.bin', mimeType: 'application/octet-stream', size: 2 * 1024 * 1024 }]);
    await expect(panel.getByRole('progressbar', { name: 'Upload of slow.bin' })).not.toHaveAttribute('aria-valuenow', '0');
    // Focus in the host's own field, outside the panel: the hint shows.
    await page.evaluate(() => document.getElementById('host')!.before(Object.assign(document.createElement('textarea'), { ariaLabel: 'Host editor' })));
    await page.getByRole('textbox', { name: 'Host editor' }).click();
    const hint = panel.getByText('To paste a screenshot, click the panel first, then press Ctrl+V.');
    await expect(hint).toBeVisible();
    // Focus comes into the panel with the mousedown, the editor's field losing it: the hint must
    // not go before the mouseup, however long the press (it went at once, what was under it moved
    // up by its height, and the click was lost).
    await panel.getByRole('button', { name: 'Cancel slow.bin' }).click({ delay: 1500 });
    await expect(panel.locator('.sap-upload-status', { hasText: 'Canceled' })).toBeVisible();
  });
});
