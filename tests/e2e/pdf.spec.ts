import { connectTo, expect, test } from './fixtures';
import { fingerprint, fixture, inkOf, open, scriptedPdf, width } from './lightbox-helpers';
import { attachOnServer } from './marks-helpers';

const SEGMENT = 27665621;

test.describe('PDFs: pages drawn by pdf.js', () => {
  test('the tile shows the first page, the lightbox pages through', async ({ page, mockServer }) => {
    attachOnServer(mockServer, SEGMENT, 'style-guide.pdf', fixture('style-guide.pdf'), 'application/pdf', null);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    const tilePage = page.getByRole('grid', { name: 'Assets' }).getByRole('img', { name: 'style-guide.pdf' });
    await expect(tilePage).toHaveAttribute('src', /^blob:/);
    expect(await inkOf(tilePage)).toBeGreaterThan(0.01);
    // The picture is a PNG the panel drew: never the PDF's bytes under a URL.
    expect(await page.evaluate(async (src) => (await (await fetch(src)).blob()).type, (await tilePage.getAttribute('src'))!)).toBe('image/png');

    await open(page, 'style-guide.pdf');
    const dialog = page.getByRole('dialog', { name: 'style-guide.pdf' });
    await expect(dialog.getByText('Page 1 of 2')).toBeVisible();
    const canvas = dialog.getByRole('img', { name: 'style-guide.pdf, page 1 of 2' });
    await expect.poll(() => inkOf(canvas)).toBeGreaterThan(0.01);
    const first = await fingerprint(canvas);
    await dialog.getByRole('button', { name: 'Next page' }).click();
    await expect(dialog.getByText('Page 2 of 2')).toBeVisible();
    const second = dialog.getByRole('img', { name: 'style-guide.pdf, page 2 of 2' });
    await expect.poll(async () => (await inkOf(second)) > 0.005 && (await fingerprint(second)) !== first).toBe(true);
    await page.keyboard.press('PageUp');
    await expect(dialog.getByText('Page 1 of 2')).toBeVisible();
    // Pages zoom like images.
    const fitted = await width(dialog.getByRole('img', { name: /page 1 of 2/ }));
    await page.keyboard.press('+');
    await expect.poll(() => width(dialog.getByRole('img', { name: /page 1 of 2/ }))).toBeGreaterThan(fitted);
  });

  test('a PDF\'s script and links do nothing: it is drawn on a canvas only', async ({ page, mockServer }) => {
    attachOnServer(mockServer, SEGMENT, 'script.pdf', scriptedPdf(), 'application/pdf', null);
    const seen: string[] = [];
    page.on('dialog', (dialog) => {
      seen.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.context().on('page', (popup) => seen.push(`popup: ${popup.url()}`));
    page.on('request', (request) => {
      if (request.url().includes(':9/')) seen.push(`request: ${request.url()}`);
    });
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    const url = page.url();
    await open(page, 'script.pdf');
    const dialog = page.getByRole('dialog', { name: 'script.pdf' });
    const canvas = dialog.getByRole('img', { name: 'script.pdf, page 1 of 1' });
    await expect.poll(() => inkOf(canvas)).toBeGreaterThan(0.3);
    // Where the link is: a click on the page follows nothing.
    await canvas.click();
    await page.keyboard.press('+');
    await expect(dialog.getByRole('button', { name: 'Fit' })).toHaveAttribute('aria-pressed', 'false');
    expect(page.url()).toBe(url);
    expect(seen).toEqual([]);
    await expect(dialog.locator('a, iframe, embed, object')).toHaveCount(0);
  });
});
