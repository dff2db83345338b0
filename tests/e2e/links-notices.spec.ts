import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { connectTo, expect, test } from './fixtures';
import { dropFiles, dropzone, expectUploaded, uploadItem } from './upload-helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const grid = (page: Pick<Page, 'getByRole'>) => page.getByRole('grid', { name: 'Assets' });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function openHost(page: Page) {
  await page.goto('/tests/e2e/pages/host.html');
  await page.waitForFunction(() => window.hostReady === true);
}

test.describe('"Copy link" copies a link that works for the next person', () => {
  test('standalone: a link to the app that opens the same segment, language and asset', async ({ page, context }) => {
    await page.goto('/?scope=pr7214&segment=27665601&locale=de');
    await expect(grid(page)).toContainText('checkout-de.png');
    await page.getByRole('button', { name: 'Copy link to checkout-de.png' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link to checkout-de.png copied.' })).toBeVisible();
    const link = await clipboard(page);
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(new URL(page.url()).origin + '/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ scope: 'pr7214', segment: '27665601', locale: 'de', asset: 'de:public/views/checkout-de.png' });
    expect(link).not.toMatch(/\/api\/|token/i);

    const next = await context.newPage();
    await next.goto(link);
    const lightbox = next.getByRole('dialog', { name: 'checkout-de.png' });
    await expect(lightbox).toBeVisible();
    await expect(lightbox.getByRole('img', { name: 'checkout-de.png' })).toBeVisible();
    // Opened once: the address bar keeps the view, not the lightbox.
    await expect(next).toHaveURL(/segment=27665601&locale=de$/);

    const gone = new URL(link);
    gone.searchParams.set('asset', 'de:public/views/removed.png');
    await next.goto(gone.href);
    await expect(next.getByRole('alert').filter({ hasText: 'The link names removed.png, which is no longer in segment 27665601.' })).toBeVisible();
    await expect(next.getByRole('dialog')).toHaveCount(0);
  });

  test('embedded with mountAssetPanel: the host\'s assetLink; without it, no "Copy link"', async ({ page, mockServer }) => {
    await openHost(page);
    await page.evaluate(async (api) => {
      const token = await window.panelLib.signIn(api);
      for (const [id, withLinks] of [['linked', true], ['plain', false]] as const) {
        const slot = Object.assign(document.createElement('div'), { id });
        document.getElementById('host')!.append(slot);
        window.panelLib.mountAssetPanel(slot, {
          apiBaseUrl: api, accountId: 'demo', token, scope: 'pr7214', segmentId: 27665601,
          assetLink: withLinks ? (asset) => `https://editor.example/project/7214/segment/${asset.segmentId}#${encodeURIComponent(asset.name)}` : null,
        });
      }
    }, mockServer.url);
    const linked = page.locator('#linked');
    await expect(grid(linked)).toContainText('pexels-gons3.jpg');
    await linked.getByRole('button', { name: 'Copy link to pexels-gons3.jpg' }).click();
    await expect(linked.getByText('Link to pexels-gons3.jpg copied.')).toBeVisible();
    expect(await clipboard(page)).toBe('https://editor.example/project/7214/segment/27665601#pexels-gons3.jpg');
    const plain = page.locator('#plain');
    await expect(grid(plain)).toContainText('pexels-gons3.jpg');
    await expect(plain.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
    await expect(plain.getByRole('button', { name: 'Download pexels-gons3.jpg' })).toBeVisible();
  });

  test('embedded in an iframe: the frame asks the host (need-link) and copies its answer', async ({ page, mockServer }) => {
    await openHost(page);
    await page.evaluate(async (apiBaseUrl) => {
      const params = new URLSearchParams({ apiBaseUrl, accountId: 'demo', scope: 'pr7214', segmentId: '27665601', parentOrigin: window.location.origin });
      const iframe = Object.assign(document.createElement('iframe'), { src: `/embed.html?${params}`, title: 'Segment context', id: 'panel' });
      iframe.style.cssText = 'width: 900px; height: 700px';
      document.getElementById('host')!.append(iframe);
      window.panelLib.connectAssetPanelFrame(iframe, {
        panelOrigin: window.location.origin, token: await window.panelLib.signIn(apiBaseUrl),
        assetLink: async (asset) => `https://editor.example/frame/${asset.segmentId}/${asset.locale ?? 'neutral'}/${asset.name}`,
      });
    }, mockServer.url);
    const frame = page.frameLocator('#panel');
    await expect(grid(frame)).toContainText('checkout-screen.png');
    await frame.getByRole('button', { name: 'Copy link to checkout-screen.png' }).click();
    await expect(frame.getByText('Link to checkout-screen.png copied.')).toBeVisible();
    expect(await clipboard(page)).toBe('https://editor.example/frame/27665601/neutral/checkout-screen.png');
  });
});

test.describe('messages that come and go', () => {
  test('a toast takes no room: the first tile stays where it was, and the toast leaves by itself', async ({ page }) => {
    await page.clock.install();
    await page.goto('/?scope=pr7214&segment=27665601');
    const first = grid(page).getByRole('gridcell').first();
    await expect(first).toBeVisible();
    const before = (await first.boundingBox())!.y;
    await page.getByRole('button', { name: 'Copy link to pexels-gons3.jpg' }).click();
    const toast = page.getByText('Link to pexels-gons3.jpg copied.');
    await expect(toast).toBeVisible();
    expect((await first.boundingBox())!.y).toBe(before);
    // Over the panel, inside the window.
    const box = (await toast.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await page.clock.fastForward(6000);
    await expect(toast).toHaveCount(0);
    expect((await first.boundingBox())!.y).toBe(before);
  });

  test('a success notice does not follow the user to the next segment', async ({ page }) => {
    await page.goto('/?scope=pr7214&segment=27665601');
    await page.getByRole('button', { name: 'Copy link to pexels-gons3.jpg' }).click();
    await expect(page.getByText('Link to pexels-gons3.jpg copied.')).toBeVisible();
    await page.evaluate(() => {
      history.pushState(null, '', '/?scope=pr7214&segment=27665602');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(grid(page)).toContainText('add-to-cart-flow.webm');
    await expect(page.getByText('Link to pexels-gons3.jpg copied.')).toHaveCount(0);
  });

  test('finished uploads fold into the overall line, which opens them', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665626');
    await expect(page.getByText('No context yet')).toBeVisible();
    await dropFiles(dropzone(page), [
      { name: 'fold-1.png', mimeType: 'image/png', size: 64 }, { name: 'fold-2.png', mimeType: 'image/png', size: 64 },
      { name: 'CON.png', mimeType: 'image/png', size: 64 },
    ]);
    const show = page.getByRole('button', { name: 'Show finished uploads' });
    await expect(show).toBeVisible();
    await expect(page.locator('.sap-uploads-summary')).toHaveText(/^2 of 3 uploaded, .* · 1 failed · Show$/);
    // The failure stays a row; the finished ones are not rows until opened.
    await expect(page.getByRole('list', { name: 'Uploads' }).getByRole('listitem')).toHaveText([/CON\.png/]);
    await expect(uploadItem(page, 'fold-1.png')).toHaveCount(0);
    await expectUploaded(page, 'fold-1.png');
    await expect(page.getByRole('list', { name: 'Finished uploads' }).getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Hide finished uploads' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('an Undo toast, a failure toast and the open "More" menu pass axe (WCAG 2.1 AA), light and dark', async ({ page }) => {
    await page.clock.install();
    await page.goto('/?scope=pr7214&segment=27665601');
    await page.getByRole('button', { name: 'Delete checkout-de.png' }).click();
    await page.getByRole('dialog', { name: 'Delete checkout-de.png?' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Undo deleting checkout-de.png' })).toBeVisible();
    await page.goto('/?scope=pr7214&segment=27665601&asset=de:gone.png');
    await expect(page.getByRole('alert').filter({ hasText: 'The link names gone.png' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete pexels-gons3.jpg' }).click();
    await page.getByRole('dialog', { name: 'Delete pexels-gons3.jpg?' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'More' }).click();
    await expect(page.getByRole('menuitem', { name: 'Delete all\u2026' })).toBeFocused();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});
