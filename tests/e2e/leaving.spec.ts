import type { Page } from '@playwright/test';
import { connectTo, expect, test } from './fixtures';
import { appendPanelElement, openHost } from './host-page';
import { dropFiles, dropzone, storedUploads, throttleUploads } from './upload-helpers';

/**
 * Leaving the page while files upload: the browser's own "Leave site?" stands between the user
 * and the loss of a file, and only then. Chromium shows it only on a page the user clicked or
 * typed in, as a translator has; a test clicks first (a synthetic drop is no user's gesture).
 */
const SLOW_FILE = { name: 'slow.bin', mimeType: 'application/octet-stream', size: 2 * 1024 * 1024 };

/** Closes the page as a tab's close button would, running its `beforeunload`: whether it asked (the dialog dismissed: the user stays) or left. */
async function tryToLeave(page: Page): Promise<'asked' | 'left'> {
  let asked = false;
  page.once('dialog', (dialog) => {
    asked = dialog.type() === 'beforeunload';
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked || page.isClosed()).toBe(true);
  return asked ? 'asked' : 'left';
}

test.describe('leaving while files upload', () => {
  test('a host page asks before it goes while an upload is on its way, and stays when told to; not once nothing is on its way', async ({ page, mockServer }) => {
    await openHost(page);
    // No `persist-key`: nothing would come back after a reload.
    await appendPanelElement(page, mockServer.url, { 'segment-id': '27665612' });
    const panel = page.locator('segment-asset-panel');
    await expect(panel.getByText('No context yet')).toBeVisible();
    // The user's gesture in the page (the panel's heading: it changes nothing).
    await panel.getByRole('heading', { name: 'Add context' }).click();
    await throttleUploads(page, 64 * 1024);
    await dropFiles(dropzone(panel), [SLOW_FILE]);
    const bar = panel.getByRole('progressbar', { name: 'Upload of slow.bin' });
    await expect(bar).not.toHaveAttribute('aria-valuenow', '0');

    expect(await tryToLeave(page)).toBe('asked');
    expect(page.isClosed()).toBe(false);
    // The upload goes on: the page stayed.
    const stayedAt = Number(await bar.getAttribute('aria-valuenow'));
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(stayedAt);

    await panel.getByRole('button', { name: 'Cancel slow.bin' }).click();
    await expect(panel.locator('.sap-upload-status', { hasText: 'Canceled' })).toBeVisible();
    expect(await tryToLeave(page)).toBe('left');
  });

  test('a panel that keeps uploads for a reload does not ask once their files are kept', async ({ page, mockServer }) => {
    // The standalone app runs with `persist-key`.
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665612');
    await expect(page.getByText('No context yet')).toBeVisible();
    await throttleUploads(page, 64 * 1024);
    await dropFiles(dropzone(page), [SLOW_FILE]);
    await expect(page.getByRole('progressbar', { name: 'Upload of slow.bin' })).not.toHaveAttribute('aria-valuenow', '0');
    // Kept within its first second: a reload now would bring it back and send it again.
    await expect.poll(async () => (await storedUploads(page)).records.map((r) => r.file)).toEqual(['kept']);
    expect(await tryToLeave(page)).toBe('left');
  });

  test('a panel whose kept uploads a newer panel took over (in another tab) says a reload would lose them, and asks before leaving', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665612');
    await expect(page.getByText('No context yet')).toBeVisible();
    // The panel opened its uploads database (its code loads on first use).
    await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).toContain('segment-asset-panel');
    // Another tab of the same site opens the uploads database at a newer version, as a newer panel would.
    const other = await page.context().newPage();
    await other.goto(new URL('/favicon.svg', page.url()).href);
    await other.evaluate(() => new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('segment-asset-panel', 2);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    }));
    await other.close();
    await page.getByRole('heading', { name: 'Add context' }).click();
    await throttleUploads(page, 64 * 1024);
    await dropFiles(dropzone(page), [SLOW_FILE]);
    await expect(page.getByTestId('uploads-not-kept')).toHaveText(
      'A reload now would lose 1 upload: a newer version of the panel, open in another tab, keeps uploads now (reload this page when your uploads are done). Stay on this page until it is done.',
    );
    await expect(page.getByTestId('upload-announcer')).toContainText('A reload now would lose 1 upload');
    expect(await tryToLeave(page)).toBe('asked');
  });
});
