import type { Page } from '@playwright/test';
import { intersectionOverUnion } from '../../src/domain/mark-geometry';
import { APP_ORIGIN } from '../../playwright.config';
import { connectTo, expect, fillCredentials, test, trustLinkServer } from './fixtures';
import { attachOnServer, PLACE_ORDER, SCREEN } from './marks-helpers';

// Demo segment 27665601 is "Place order" (English source): the button on the checkout screen.
const SEGMENT = 27665601;
const assets = (page: Page) => page.getByRole('grid', { name: 'Assets' });
const openTile = (page: Page, name: string) => assets(page).getByRole('button', { name: `Open ${name}`, exact: true }).click();
// The first use loads the engine and the model (MBs) and reads the image twice on a shared 2-core machine.
const READING = { timeout: 60_000 };

test.describe('"Find the string": marks proposed by text recognition', () => {
  test.setTimeout(120_000);

  test('finds the segment\'s string on a screenshot; the accepted place is saved as a mark and is there after a reload; every file from the app', async ({ page, mockServer }) => {
    const requested: string[] = [];
    page.context().on('request', (request) => requested.push(request.url()));
    attachOnServer(mockServer, SEGMENT, 'checkout.png', SCREEN, 'image/png', null);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await openTile(page, 'checkout.png');
    const dialog = page.getByRole('dialog', { name: 'checkout.png' });
    await dialog.getByRole('button', { name: 'Mark the string' }).click();
    await expect(dialog.getByText('Reads the text on the image and proposes where \u201cPlace order\u201d is.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Find the string' }).click();
    // Progress is said while the engine loads and reads, with a way to stop.
    await expect(dialog.getByRole('button', { name: 'Stop finding' })).toBeVisible();
    await expect(dialog.getByRole('status').filter({ hasText: /Loading|Reading/ })).toBeVisible();
    await expect(dialog.getByRole('status').filter({ hasText: 'Found in 1 place.' })).toBeVisible(READING);
    // A proposal is no mark until accepted.
    await expect(dialog.locator('.sap-marking-proposal')).toHaveCount(1);
    await expect(dialog.locator('.sap-marking-box:not(.sap-marking-proposal)')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Accept place 1' }).click();
    await expect(dialog.locator('.sap-marking-proposal')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: /^Mark 1 of 1,/ })).toBeVisible();
    await expect(dialog.getByText('Place 1 added as mark 1. Save marks to keep it.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Save marks' }).click();
    await expect(dialog.getByRole('list', { name: 'Marks on this image' }).getByRole('listitem')).toHaveCount(1);

    const file = [...mockServer.runtime.store.state.assets.values()].find((a) => a.name === 'checkout.png.marks.json')!;
    const written = JSON.parse(await file.blob.text()) as { marks: { x: number; y: number; width: number; height: number }[] };
    expect(written.marks).toHaveLength(1);
    // Around the words "Place order", inside their button (the demo's mark frames the whole button).
    const mark = written.marks[0]!;
    expect(intersectionOverUnion(mark, PLACE_ORDER)).toBeGreaterThan(0);
    expect(mark.x).toBeGreaterThan(PLACE_ORDER.x);
    expect(mark.y).toBeGreaterThan(PLACE_ORDER.y - 0.01);
    expect(mark.x + mark.width).toBeLessThan(PLACE_ORDER.x + PLACE_ORDER.width);
    expect(mark.y + mark.height).toBeLessThan(PLACE_ORDER.y + PLACE_ORDER.height + 0.01);
    // Nothing came from anywhere but the app and the API (no CDN), and the engine did load.
    expect(requested.filter((url) => !url.startsWith(APP_ORIGIN) && !url.startsWith(mockServer.url) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    expect(requested.some((url) => /eng\.traineddata.*\.gz/.test(url))).toBe(true);

    await page.keyboard.press('Escape');
    await page.reload();
    await fillCredentials(page);
    await trustLinkServer(page);
    await page.getByRole('button', { name: 'Connect' }).click();
    await openTile(page, 'checkout.png');
    await expect(page.getByRole('dialog', { name: 'checkout.png' }).getByRole('list', { name: 'Marks on this image' }).getByRole('listitem')).toHaveCount(1);
  });

  test('in the custom element, with the host\'s segmentText: canceled, then found and rejected; nothing is saved', async ({ page, mockServer }) => {
    attachOnServer(mockServer, 27665614, 'hosted.png', SCREEN, 'image/png', null);
    await page.goto('/tests/e2e/pages/host.html');
    await page.waitForFunction(() => (window as unknown as { hostReady?: boolean }).hostReady === true);
    await page.evaluate(async ({ api }) => {
      const w = window as unknown as { panelLib: { signIn(api: string): Promise<string> } };
      const element = document.createElement('segment-asset-panel') as HTMLElement & { token: string; segmentText: object };
      for (const [name, value] of Object.entries({ 'api-base-url': api, 'account-id': 'demo', scope: 'pr7214', 'segment-id': '27665614', 'ui-language': 'en' })) element.setAttribute(name, value);
      element.segmentText = { source: 'Apply coupon', target: 'Gutschein einlösen', targetLocale: 'de' };
      element.token = await w.panelLib.signIn(api);
      document.getElementById('host')!.append(element);
    }, { api: mockServer.url });
    const panel = page.locator('segment-asset-panel');
    await panel.getByRole('button', { name: 'Open hosted.png' }).click();
    const dialog = panel.getByRole('dialog', { name: 'hosted.png' });
    await dialog.getByRole('button', { name: 'Mark the string' }).click();
    await dialog.getByRole('button', { name: 'Find the string' }).click();
    await dialog.getByRole('button', { name: 'Stop finding' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Finding the string stopped.' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Find the string' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Find the string' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Found in 1 place.' })).toBeVisible(READING);
    await dialog.getByRole('button', { name: 'Reject place 1' }).click();
    await expect(dialog.getByText('Place 1 rejected.')).toBeVisible();
    await expect(dialog.locator('.sap-marking-box')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect([...mockServer.runtime.store.state.assets.values()].some((a) => a.name === 'hosted.png.marks.json')).toBe(false);
  });

  test('"Find all strings of this document" on a generated screen: each found segment gets its copy with its own mark', async ({ page, browser, mockServer }) => {
    test.setTimeout(180_000);
    // A settings screen made by Chromium from demo segment texts (English source), light, 1x.
    const shown: Record<number, string> = {
      27665604: 'Save changes', 27665617: 'Sign in', 27665618: 'Forgot your password?', 27665623: 'Account settings',
      27665624: 'Cancel', 27665629: 'Receive our newsletter by email',
    };
    const maker = await browser.newPage({ viewport: { width: 1000, height: 600 } });
    await maker.setContent(`<body style="font: 15px 'Liberation Sans'; margin: 40px; background: #f4f5f7; color: #1d2230">
      <h2>${shown[27665623]}</h2><p>Anna Schmidt · anna@example.com</p><p><input type="checkbox" checked> ${shown[27665629]}</p>
      <p style="color: #1f5fd1">${shown[27665618]}</p><p><button style="font: inherit; padding: 8px 16px">${shown[27665617]}</button></p>
      <p style="margin-top: 60px"><button style="font: inherit; padding: 8px 16px">${shown[27665624]}</button>
      <button style="font: inherit; padding: 8px 16px; background: #1f5fd1; color: #fff; border: 0">${shown[27665604]}</button></p></body>`);
    const screen = await maker.screenshot();
    await maker.close();
    attachOnServer(mockServer, SEGMENT, 'settings.png', screen, 'image/png', null);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await openTile(page, 'settings.png');
    const dialog = page.getByRole('dialog', { name: 'settings.png' });
    await dialog.getByRole('button', { name: 'Use for other segments…' }).click();
    await dialog.getByRole('button', { name: 'Find all strings of this document' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: /segments found on this image/ })).toBeVisible(READING);
    const found = dialog.getByRole('list', { name: 'Segments found on this image' }).getByRole('checkbox');
    const ids = (await found.evaluateAll((boxes) => boxes.map((b) => b.closest('label')!.textContent ?? '')))
      .map((label) => Number(/Segment (\d+)/.exec(label)?.[1]));
    const right = ids.filter((id) => id in shown);
    expect(right.length).toBeGreaterThanOrEqual(5);
    expect(ids.length - right.length).toBeLessThanOrEqual(1);
    // Only the right ones are kept, then attached.
    for (const [i, id] of ids.entries()) if (!(id in shown)) await found.nth(i).uncheck();
    await dialog.getByRole('button', { name: `Attach to ${right.length} segments, each with its mark` }).click();
    const { store } = mockServer.runtime;
    const onServer = () => right.map((id) => store.list('demo', 'pr7214', [id], mockServer.url).map((a) => a.name).filter((n) => n.startsWith('settings.png')).sort().join(' '));
    await expect.poll(onServer, { timeout: 30_000 }).toEqual(right.map(() => 'settings.png settings.png.marks.json'));
    for (const id of right) {
      const file = [...store.state.assets.values()].find((a) => a.segmentId === id && a.name === 'settings.png.marks.json')!;
      const written = JSON.parse(await file.blob.text()) as { marks: { x: number; y: number }[] };
      expect(written.marks).toHaveLength(1);
    }
    // Each segment's mark is its own: no two at one place.
    const places = await Promise.all(right.map(async (id) => {
      const file = [...store.state.assets.values()].find((a) => a.segmentId === id && a.name === 'settings.png.marks.json')!;
      const { marks } = JSON.parse(await file.blob.text()) as { marks: { x: number; y: number }[] };
      return `${marks[0]!.x.toFixed(2)},${marks[0]!.y.toFixed(2)}`;
    }));
    expect(new Set(places).size).toBe(right.length);
    // And each segment shows its copy with its own mark (opened as its translator would).
    for (const id of right) {
      await connectTo(page, mockServer.url, `scope=pr7214&segment=${id}`);
      await openTile(page, 'settings.png');
      await expect(page.getByRole('dialog', { name: 'settings.png' }).getByRole('list', { name: 'Marks on this image' }).getByRole('listitem')).toHaveCount(1);
    }
  });
});
