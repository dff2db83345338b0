import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parseAssetList } from '../../src/api/asset-schema';
import { requestToken } from '../../src/api/auth';
import type { Mark } from '../../src/domain/marks';
import { connectTo, expect, fillCredentials, test, trustLinkServer } from './fixtures';
import { attachOnServer, marksFor, PLACE_ORDER, SCREEN } from './marks-helpers';

const SEGMENT = 27665614;
const assets = (page: Page) => page.getByRole('grid', { name: 'Assets' });
const tile = (page: Page, name: string) => assets(page).getByRole('gridcell').filter({ has: page.getByRole('button', { name: `Open ${name}`, exact: true }) });

const TWO_MARKS: Mark[] = [
  PLACE_ORDER,
  { x: 0.05, y: 0.05, width: 0.2, height: 0.06, label: 'Checkout' },
];

test.describe('seeing marks (marks files written by the API)', () => {
  test('a marked image shows its boxes on the tile and opens framed on its first mark; marks files are no assets', async ({ page, mockServer }) => {
    attachOnServer(mockServer, SEGMENT, 'broken.png', SCREEN, 'image/png');
    const marked = attachOnServer(mockServer, SEGMENT, 'checkout.png', SCREEN, 'image/png');
    const plain = attachOnServer(mockServer, SEGMENT, 'plain.png', SCREEN, 'image/png');
    attachOnServer(mockServer, SEGMENT, 'checkout.png.marks.json', marksFor(marked, TWO_MARKS), 'application/json');
    attachOnServer(mockServer, SEGMENT, 'broken.png.marks.json', '{"format": "segment-asset-marks", "version": 1, "marks": "broken"}', 'application/json');
    attachOnServer(mockServer, SEGMENT, 'gone.png.marks.json', marksFor({ ...plain, name: 'gone.png' }, TWO_MARKS), 'application/json');
    // The marks files are real assets: the list call over HTTP returns them.
    const token = await requestToken({ baseUrl: mockServer.url, accountId: 'demo', apiKey: 'demo-key' });
    const answer = await fetch(`${mockServer.url}/api/resources/assets/${SEGMENT}/list?scope=pr7214`, { headers: { 'X-Auth-Token': token, 'X-Auth-AccountId': 'demo' } });
    expect(answer.status).toBe(200);
    const listed = parseAssetList(await answer.json()).map((a) => a.name).sort();
    expect(listed).toEqual(['broken.png', 'broken.png.marks.json', 'checkout.png', 'checkout.png.marks.json', 'gone.png.marks.json', 'plain.png']);

    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}&locale=de`);
    await expect(page.getByText('Showing 3 of 3')).toBeVisible();
    await expect(assets(page).getByRole('gridcell')).toHaveCount(3);
    // Marked first in the default order (newest first among them), the newest unmarked after.
    await expect(assets(page).getByRole('gridcell').first()).toContainText('checkout.png');
    await expect(assets(page).getByRole('gridcell').last()).toContainText('plain.png');
    const markedTile = tile(page, 'checkout.png');
    await expect(markedTile.locator('.sap-badge-marked')).toHaveText('Marked: Place order; Checkout');
    await expect(markedTile).toContainText('Marked: Place order; Checkout');
    await expect(markedTile.locator('.sap-marks .sap-mark')).toHaveCount(2);
    await expect(markedTile.getByRole('img', { name: 'checkout.png' })).toHaveJSProperty('complete', true);
    // Framed on the first mark: the picture is larger than the tile and shifted.
    const frame = await markedTile.locator('.sap-marked-frame').evaluate((el) => {
      const box = el.getBoundingClientRect();
      const tileBox = el.parentElement!.getBoundingClientRect();
      return { wider: box.width / tileBox.width, left: box.left - tileBox.left };
    });
    expect(frame.wider).toBeGreaterThan(1.1);
    expect(frame.left).toBeLessThan(0);
    await expect(tile(page, 'broken.png').getByText('Marks could not be read')).toBeVisible();
    if (process.env.MARKS_SHOTS) await page.screenshot({ path: '/tmp/marks-tiles.png' });
    await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toContainText('Deutsch — de (3)');

    await markedTile.getByRole('button', { name: 'Open checkout.png' }).click();
    const dialog = page.getByRole('dialog', { name: 'checkout.png' });
    await expect(dialog.getByRole('list', { name: 'Marks on this image' })).toContainText('1. Place order');
    await expect(dialog.getByRole('button', { name: '1. Place order' })).toHaveAttribute('aria-pressed', 'true');
    await expect(dialog.getByRole('button', { name: 'Fit' })).toHaveAttribute('aria-pressed', 'false');
    // The first mark is in view, large: zoomed to fit it with a margin.
    await expect.poll(() => markInStage(page, 0)).toEqual({ inside: true, large: true });
    if (process.env.MARKS_SHOTS) await page.screenshot({ path: '/tmp/marks-lightbox.png' });
    await dialog.getByRole('button', { name: 'Next mark' }).click();
    await expect(dialog.getByRole('button', { name: '2. Checkout' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => markInStage(page, 1)).toEqual({ inside: true, large: true });
    await dialog.getByRole('button', { name: 'Whole image' }).click();
    await expect(dialog.getByRole('button', { name: 'Fit' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');

    // Deleting the image deletes its marks file too.
    await markedTile.getByRole('button', { name: 'Delete checkout.png' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(assets(page).getByRole('gridcell')).toHaveCount(2);
    // The delete waits 10 s for an Undo; closing its toast sends it at once.
    await page.locator('.sap-toast', { hasText: 'checkout.png was deleted.' }).getByRole('button', { name: 'Dismiss message' }).click();
    await expect.poll(() => mockServer.runtime.store.list('demo', 'pr7214', [SEGMENT], mockServer.url).map((a) => a.name).sort())
      .toEqual(['broken.png', 'broken.png.marks.json', 'gone.png.marks.json', 'plain.png']);
  });

  test('marks drawn on an earlier version of the image show dashed, and say so', async ({ page, mockServer }) => {
    const first = attachOnServer(mockServer, SEGMENT, 'replaced.png', SCREEN, 'image/png', null);
    attachOnServer(mockServer, SEGMENT, 'replaced.png.marks.json', marksFor(first, TWO_MARKS.slice(0, 1)), 'application/json', null);
    attachOnServer(mockServer, SEGMENT, 'replaced.png', SCREEN, 'image/png', null);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    const replaced = tile(page, 'replaced.png');
    await expect(replaced.getByText('Marked (earlier version)')).toBeVisible();
    await expect(replaced.locator('.sap-marks-stale')).toHaveCount(1);
    await replaced.getByRole('button', { name: 'Open replaced.png' }).click();
    await expect(page.getByRole('dialog', { name: 'replaced.png' })).toContainText('Marked on an earlier version of this image');
  });
});

/** Whether mark `index` is wholly inside the lightbox stage's view, and fills a good part of it. */
function markInStage(page: Page, index: number): Promise<{ inside: boolean; large: boolean }> {
  return page.locator('.sap-lightbox-stage').evaluate((stage, i) => {
    const mark = stage.querySelectorAll('.sap-mark-inner')[i]!.getBoundingClientRect();
    const box = stage.getBoundingClientRect();
    const inside = mark.left >= box.left - 1 && mark.right <= box.right + 1 && mark.top >= box.top - 1 && mark.bottom <= box.bottom + 1;
    return { inside, large: mark.width >= box.width * 0.25 || mark.height >= box.height * 0.25 };
  }, index);
}

test.describe('drawing marks', () => {
  test('two marks drawn with the mouse are saved as a marks file, and show on the tile and in the lightbox after a reload', async ({ page, mockServer }) => {
    attachOnServer(mockServer, SEGMENT, 'to-mark.png', SCREEN, 'image/png');
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await tile(page, 'to-mark.png').getByRole('button', { name: 'Open to-mark.png' }).click();
    const dialog = page.getByRole('dialog', { name: 'to-mark.png' });
    await dialog.getByRole('button', { name: 'Mark the string' }).click();
    const surface = dialog.locator('.sap-marking-surface');
    await expect(surface).toBeVisible();
    const box = (await surface.boundingBox())!;
    const drag = async (x1: number, y1: number, x2: number, y2: number) => {
      await page.mouse.move(box.x + box.width * x1, box.y + box.height * y1);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * ((x1 + x2) / 2), box.y + box.height * ((y1 + y2) / 2), { steps: 4 });
      await page.mouse.move(box.x + box.width * x2, box.y + box.height * y2, { steps: 4 });
      await page.mouse.up();
    };
    await drag(0.1, 0.1, 0.4, 0.2);
    await drag(0.6, 0.7, 0.9, 0.8);
    await expect(dialog.getByRole('button', { name: /^Mark 2 of 2, 60 % from the left, 70 % from the top/ })).toBeVisible();
    if (process.env.MARKS_SHOTS) await page.screenshot({ path: '/tmp/marks-editor.png' });
    await dialog.getByRole('button', { name: 'Save marks' }).click();
    await expect(surface).toHaveCount(0);
    await expect(dialog.getByRole('list', { name: 'Marks on this image' }).getByRole('listitem')).toHaveCount(2);

    // A real asset on the server, in the format the README gives.
    const file = [...mockServer.runtime.store.state.assets.values()].find((a) => a.name === 'to-mark.png.marks.json')!;
    const written = JSON.parse(await file.blob.text()) as { format: string; image: { width: number; height: number }; marks: { x: number; y: number }[] };
    expect(written.format).toBe('segment-asset-marks');
    expect(written.image).toMatchObject({ width: 800, height: 500 });
    expect(written.marks.map((m) => [Math.round(m.x * 10), Math.round(m.y * 10)])).toEqual([[1, 1], [6, 7]]);
    await expect(page.getByText('Showing 1 of 1')).toBeVisible();

    await page.keyboard.press('Escape');
    await page.reload();
    await fillCredentials(page);
    await trustLinkServer(page);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(tile(page, 'to-mark.png').locator('.sap-marks .sap-mark')).toHaveCount(2);
    await tile(page, 'to-mark.png').getByRole('button', { name: 'Open to-mark.png' }).click();
    await expect(page.getByRole('dialog', { name: 'to-mark.png' }).getByRole('list', { name: 'Marks on this image' }).getByRole('listitem')).toHaveCount(2);
  });

  test('a read-only panel shows marks but offers no tools', async ({ page, mockServer }) => {
    const image = attachOnServer(mockServer, SEGMENT, 'seen.png', SCREEN, 'image/png');
    attachOnServer(mockServer, SEGMENT, 'seen.png.marks.json', marksFor(image, TWO_MARKS), 'application/json');
    await page.goto('/tests/e2e/pages/host.html');
    await page.waitForFunction(() => (window as unknown as { hostReady?: boolean }).hostReady === true);
    await page.evaluate(async ({ api, segment }) => {
      const lib = (window as unknown as { panelLib: { signIn(api: string): Promise<string>; mountAssetPanel(el: Element, o: object): unknown } }).panelLib;
      const token = await lib.signIn(api);
      lib.mountAssetPanel(document.getElementById('host')!, { apiBaseUrl: api, accountId: 'demo', token, scope: 'pr7214', segmentId: segment, readOnly: true });
    }, { api: mockServer.url, segment: SEGMENT });
    await expect(tile(page, 'seen.png').locator('.sap-marks .sap-mark')).toHaveCount(2);
    await tile(page, 'seen.png').getByRole('button', { name: 'Open seen.png' }).click();
    const dialog = page.getByRole('dialog', { name: 'seen.png' });
    await expect(dialog.getByRole('list', { name: 'Marks on this image' })).toContainText('Place order');
    await expect(dialog.getByRole('button', { name: 'Mark the string' })).toHaveCount(0);
  });

  test('in the custom element, keyboard marking saves and the host hears marks-saved (not asset-uploaded); marking="false" hides the tools', async ({ page, mockServer }) => {
    attachOnServer(mockServer, SEGMENT, 'hosted.png', SCREEN, 'image/png', null);
    await page.goto('/tests/e2e/pages/host.html');
    await page.waitForFunction(() => (window as unknown as { hostReady?: boolean }).hostReady === true);
    await page.evaluate(async ({ api, segment }) => {
      const w = window as unknown as { panelLib: { signIn(api: string): Promise<string> }; seen: { name: string; detail: unknown }[] };
      w.seen = [];
      const element = document.createElement('segment-asset-panel') as HTMLElement & { token: string };
      for (const [name, value] of Object.entries({ 'api-base-url': api, 'account-id': 'demo', scope: 'pr7214', 'segment-id': String(segment) })) element.setAttribute(name, value);
      for (const name of ['marks-saved', 'asset-uploaded']) element.addEventListener(name, (e) => w.seen.push({ name, detail: (e as CustomEvent).detail }));
      element.token = await w.panelLib.signIn(api);
      document.getElementById('host')!.append(element);
    }, { api: mockServer.url, segment: SEGMENT });
    const panel = page.locator('segment-asset-panel');
    await panel.getByRole('button', { name: 'Open hosted.png' }).click();
    const dialog = panel.getByRole('dialog', { name: 'hosted.png' });
    await dialog.getByRole('button', { name: 'Mark the string' }).click();
    await dialog.getByRole('button', { name: 'New mark' }).click();
    const mark = dialog.getByRole('button', { name: /^Mark 1 of 1/ });
    await expect(mark).toBeFocused();
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Alt+ArrowRight');
    await expect(mark).toHaveAccessibleName('Mark 1 of 1, 30 % from the left, 45 % from the top, 21 % wide, 8 % high');
    await dialog.getByRole('button', { name: 'Save marks' }).click();
    await expect(dialog.getByRole('list', { name: 'Marks on this image' }).getByRole('listitem')).toHaveCount(1);
    const seen = await page.evaluate(() => (window as unknown as { seen: { name: string; detail: { assetName?: string; marks?: unknown[]; name?: string } }[] }).seen);
    expect(seen.map((e) => e.name)).toEqual(['marks-saved']);
    expect(seen[0]!.detail).toMatchObject({ scope: 'pr7214', segmentId: SEGMENT, assetName: 'hosted.png', locale: null, relativePath: '' });
    expect(seen[0]!.detail.marks).toHaveLength(1);
    await page.keyboard.press('Escape');
    await page.locator('segment-asset-panel').evaluate((el) => el.setAttribute('marking', 'false'));
    await panel.getByRole('button', { name: 'Open hosted.png' }).click();
    await expect(dialog.getByRole('list', { name: 'Marks on this image' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Mark the string' })).toHaveCount(0);
  });

  test('axe finds nothing in marking mode, nor in a marked lightbox (WCAG 2.1 AA)', async ({ page, mockServer }) => {
    const image = attachOnServer(mockServer, SEGMENT, 'axe.png', SCREEN, 'image/png');
    attachOnServer(mockServer, SEGMENT, 'axe.png.marks.json', marksFor(image, TWO_MARKS), 'application/json');
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await tile(page, 'axe.png').getByRole('button', { name: 'Open axe.png' }).click();
    const dialog = page.getByRole('dialog', { name: 'axe.png' });
    await expect(dialog.getByRole('list', { name: 'Marks on this image' })).toBeVisible();
    const scan = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await scan()).toEqual([]);
    await dialog.getByRole('button', { name: 'Mark the string' }).click();
    await dialog.getByRole('button', { name: /^Mark 1 of 2/ }).click();
    expect(await scan()).toEqual([]);
  });
});
