import { connectTo, expect, test } from './fixtures';
import { ctrlWheel, fixture, imagePointAt, open, width } from './lightbox-helpers';
import { attachOnServer, SCREEN } from './marks-helpers';

const SEGMENT = 27665620;

test.describe('the lightbox: a close look', () => {
  test('Ctrl+wheel zooms around the pointer, a drag pans, arrows pan when zoomed, +/−, 0 and a double-click', async ({ page, mockServer }) => {
    attachOnServer(mockServer, SEGMENT, 'screen.png', SCREEN, 'image/png', null);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await open(page, 'screen.png');
    const dialog = page.getByRole('dialog', { name: 'screen.png' });
    const image = dialog.getByRole('img', { name: 'screen.png' });
    const stage = dialog.getByRole('region', { name: 'Picture' });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(800);
    await expect(dialog.getByRole('button', { name: 'Fit' })).toHaveAttribute('aria-pressed', 'true');
    const fitted = await width(image);
    const box = (await stage.boundingBox())!;

    // + twice: larger than the stage both ways (800 × 500 at 200 %), so there is room to pan.
    await stage.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect(dialog.getByText('200 %')).toBeVisible();
    await expect.poll(() => width(image)).toBeCloseTo(1600, 0);

    // A drag moves the picture with the pointer: the image point under it stays under it.
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const grabbed = await imagePointAt(image, start.x, start.y);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 60, start.y + 30, { steps: 3 });
    await page.mouse.move(start.x + 120, start.y + 60, { steps: 3 });
    await page.mouse.up();
    const dropped = await imagePointAt(image, start.x + 120, start.y + 60);
    expect(Math.abs(dropped.x - grabbed.x)).toBeLessThan(1);
    expect(Math.abs(dropped.y - grabbed.y)).toBeLessThan(1);

    // Ctrl+wheel in and out at a point off the centre: the image point under the pointer stays (within a pixel).
    const at = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.65 };
    await page.mouse.move(at.x, at.y);
    const before = await imagePointAt(image, at.x, at.y);
    for (const delta of [-100, -100, 100]) {
      const was = await width(image);
      await ctrlWheel(page, delta);
      await expect.poll(() => width(image)).not.toBeCloseTo(was, 0);
      const now = await imagePointAt(image, at.x, at.y);
      expect(Math.abs(now.x - before.x)).toBeLessThan(1);
      expect(Math.abs(now.y - before.y)).toBeLessThan(1);
    }
    // The page itself was not zoomed by the browser.
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);

    // Zoomed, the arrows move the picture (not to the next asset); 10 % of the stage a press.
    const left = (await image.boundingBox())!.x;
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await image.boundingBox())!.x).toBeCloseTo(left + box.width * 0.1, 0);
    await expect(dialog).toHaveAccessibleName('screen.png');

    // − steps out, 0 fits.
    const zoomed = await width(image);
    await page.keyboard.press('-');
    await expect.poll(() => width(image)).toBeLessThan(zoomed);
    await page.keyboard.press('0');
    await expect(dialog.getByRole('button', { name: 'Fit' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => width(image)).toBeCloseTo(fitted, 0);

    // A double-click zooms in there (to twice the fit: 100 % already), another goes back to the fit.
    const point = { x: box.x + box.width * 0.6, y: box.y + box.height * 0.5 };
    const under = await imagePointAt(image, point.x, point.y);
    await page.mouse.dblclick(point.x, point.y);
    await expect.poll(() => width(image)).toBeCloseTo(fitted * 2, 0);
    const after = await imagePointAt(image, point.x, point.y);
    // Centred on the stage's middle line, the point stays where it was.
    expect(Math.abs(after.y - under.y)).toBeLessThan(1);
    await page.mouse.dblclick(point.x, point.y);
    await expect.poll(() => width(image)).toBeCloseTo(fitted, 0);
  });

  test('a video fills the stage at its own aspect ratio', async ({ page, mockServer }) => {
    attachOnServer(mockServer, SEGMENT, 'flow.webm', fixture('add-to-cart-flow.webm'), 'video/webm', null);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await open(page, 'flow.webm');
    const dialog = page.getByRole('dialog', { name: 'flow.webm' });
    const video = dialog.locator('video[aria-label="flow.webm"]');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
    const stage = (await dialog.getByRole('region', { name: 'Picture' }).boundingBox())!;
    const own = await video.evaluate((v: HTMLVideoElement) => ({ width: v.videoWidth, height: v.videoHeight }));
    expect(own.width).toBeLessThan(stage.width / 2);
    await expect.poll(async () => {
      const shown = (await video.boundingBox())!;
      const fillsWidth = Math.abs(shown.width - stage.width) < 2;
      const fillsHeight = Math.abs(shown.height - stage.height) < 2;
      return (fillsWidth || fillsHeight) && Math.abs(shown.width / shown.height - own.width / own.height) < 0.01;
    }).toBe(true);
  });

  test('an image or a video that cannot be decoded says so', async ({ page, mockServer }) => {
    // The right signatures (so they are sniffed as an image and a video), then nothing that decodes.
    const garbage = Buffer.alloc(4000, 0x5a);
    attachOnServer(mockServer, SEGMENT, 'broken.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), garbage]), 'image/png', null);
    attachOnServer(mockServer, SEGMENT, 'broken.webm', Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), garbage]), 'video/webm', null);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await open(page, 'broken.png');
    const image = page.getByRole('dialog', { name: 'broken.png' });
    await expect(image.getByRole('alert')).toContainText('This image cannot be shown');
    await expect(image.getByRole('button', { name: 'Download' })).toBeVisible();
    await page.keyboard.press('Escape');
    await open(page, 'broken.webm');
    const video = page.getByRole('dialog', { name: 'broken.webm' });
    await expect(video.getByRole('alert')).toContainText('This video cannot be played');
  });

  test('the strip shows the filter\'s assets and jumps by click and by keyboard', async ({ page, mockServer }) => {
    for (const name of ['a.png', 'b.png', 'c.png']) attachOnServer(mockServer, SEGMENT, name, SCREEN, 'image/png', null);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByRole('grid', { name: 'Assets' }).getByRole('gridcell')).toHaveCount(3);
    const names = await page.getByRole('grid', { name: 'Assets' }).locator('.sap-tile-name').allInnerTexts();
    await open(page, names[0]!);
    const dialog = page.getByRole('dialog');
    const strip = dialog.getByRole('toolbar', { name: 'Assets shown by the filter' });
    await expect(strip.getByRole('button')).toHaveCount(3);
    await expect(strip.getByRole('button', { name: `${names[0]} (1 of 3)` })).toHaveAttribute('aria-current', 'true');
    // The thumbnails are the tiles' previews (the same object URLs).
    await expect(strip.locator('img')).toHaveCount(3);
    await strip.getByRole('button', { name: `${names[2]} (3 of 3)` }).click();
    await expect(dialog).toHaveAccessibleName(names[2]!);
    await expect(strip.getByRole('button', { name: `${names[2]} (3 of 3)` })).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('Home');
    await expect(dialog).toHaveAccessibleName(names[0]!);
    await expect(strip.getByRole('button', { name: `${names[0]} (1 of 3)` })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(dialog).toHaveAccessibleName(names[1]!);
    await expect(strip.getByRole('button', { name: `${names[1]} (2 of 3)` })).toBeFocused();
  });

  test.describe('in German', () => {
    test.use({ locale: 'de-DE' });
    test('an image that cannot be decoded says so in German', async ({ page, mockServer }) => {
      attachOnServer(mockServer, SEGMENT, 'kaputt.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 1)]), 'image/png', null);
      // The connection form in German.
      await page.goto(`/?server=${encodeURIComponent(mockServer.url)}&scope=pr7214&segment=${SEGMENT}`);
      await page.getByRole('textbox', { name: 'Konto-ID' }).fill('demo');
      await page.getByRole('textbox', { name: 'API-Schlüssel', exact: true }).fill('demo-key');
      await page.getByRole('checkbox', { name: /^Ich vertraue .* meinen API-Schlüssel an$/ }).check();
      await page.getByRole('button', { name: 'Verbinden' }).click();
      await page.getByRole('button', { name: 'kaputt.png öffnen', exact: true }).click();
      await expect(page.getByRole('dialog').getByRole('alert')).toContainText('Dieses Bild kann nicht angezeigt werden');
    });
  });
});
