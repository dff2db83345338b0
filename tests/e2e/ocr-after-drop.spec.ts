import { connectTo, expect, fillCredentials, test, trustLinkServer } from './fixtures';
import { dropFiles, dropzone, fixtureFile, showUploadTarget } from './upload-helpers';

// Demo segment 27665601 is "Place order" (English source); checkout-screen.png shows its button.
const SEGMENT = 27665601;
const READING = { timeout: 60_000 };

test.describe('"Find my segment\'s string on screenshots I drop"', () => {
  test.setTimeout(120_000);

  test('off by default; on, a dropped screenshot opens with its string\'s place proposed, saved only once accepted; the choice is remembered', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    const setting = page.getByRole('checkbox', { name: 'Find my segment\u2019s string on screenshots I drop' });
    await expect(setting).not.toBeChecked();
    await setting.check();
    // A language-neutral screenshot shows the source text.
    await showUploadTarget(page);
    await page.getByRole('combobox', { name: 'Upload language' }).selectOption({ label: 'Language-neutral' });
    await dropFiles(dropzone(page), [fixtureFile('checkout-screen.png', 'image/png', 'dropped.png')]);

    const dialog = page.getByRole('dialog', { name: 'dropped.png' });
    await expect(dialog.getByRole('status').filter({ hasText: 'Found in 1 place.' })).toBeVisible(READING);
    await expect(dialog.locator('.sap-marking-proposal')).toHaveCount(1);
    const marksFile = () => [...mockServer.runtime.store.state.assets.values()].filter((a) => a.name === 'dropped.png.marks.json').length;
    // A proposal is nothing saved.
    expect(marksFile()).toBe(0);
    await dialog.getByRole('button', { name: 'Accept place 1' }).click();
    await dialog.getByRole('button', { name: 'Save marks' }).click();
    await expect(dialog.getByRole('list', { name: 'Marks on this image' }).getByRole('listitem')).toHaveCount(1);
    await expect.poll(marksFile).toBe(1);

    // Remembered by the browser: still on after a reload.
    await page.keyboard.press('Escape');
    await page.reload();
    await fillCredentials(page);
    await trustLinkServer(page);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('checkbox', { name: 'Find my segment\u2019s string on screenshots I drop' })).toBeChecked();
  });
});
