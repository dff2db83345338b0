import type { Locator, Page } from '@playwright/test';
import { APP_ORIGIN } from '../../playwright.config';
import { startMockHttpServer } from '../../mocks/http/server';
import { requestToken } from '../../src/api/auth';
import { expect, test } from './fixtures';
import { addComponentHost, appendPanelElement, openHost } from './host-page';
import { expectWindowedAtStart } from './layout-helpers';
import { dropFiles, dropzone, expectUploaded, fixtureFile, throttleUploads } from './upload-helpers';

type Lib = typeof import('../../src/embed/index') & {
  envelope: typeof import('../../src/embed/iframe/protocol').envelope;
  signIn(api: string): Promise<string>;
  liveObjectUrls(): string[];
};
declare global {
  interface Window {
    panelLib: Lib;
    hostReady?: boolean;
    events: { name: string; detail: unknown }[];
    handles: import('../../src/embed/index').AssetPanelHandle[];
  }
}

test.describe('embedding the panel', () => {
  test('the demo editor (custom element): the panel follows the selected segment', async ({ page, mockServer }) => {
    await page.goto(`/demo/editor.html?api=${encodeURIComponent(mockServer.url)}`);
    const panel = page.locator('segment-asset-panel');
    await expect(panel.getByRole('grid', { name: 'Assets' })).toContainText('checkout-de.png');
    await page.getByRole('row').filter({ hasText: 'Add to cart' }).click();
    await expect(panel.getByRole('grid', { name: 'Assets' })).toContainText('add-to-cart-flow.webm');
    await expect(page.getByRole('list', { name: 'Panel events' })).toContainText('segment-changed');
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByRole('grid', { name: 'Assets' })).toContainText('style-guide.pdf');
    await page.getByLabel('Target language').selectOption('fr');
    await expect(panel.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('fr');
  });

  test('an upload in the custom element raises asset-uploaded in the host, with the asset', async ({ page, mockServer }) => {
    await openHost(page);
    await page.evaluate(async (api) => {
      window.events = [];
      const element = document.createElement('segment-asset-panel') as HTMLElement & { token: string };
      for (const [name, value] of Object.entries({ 'api-base-url': api, 'account-id': 'demo', scope: 'pr7214', 'segment-id': '27665612', locale: 'de' })) {
        element.setAttribute(name, value);
      }
      for (const name of ['asset-uploaded', 'upload-failed', 'segment-changed', 'error']) {
        element.addEventListener(name, (event) => window.events.push({ name, detail: (event as CustomEvent).detail }));
      }
      element.token = await window.panelLib.signIn(api);
      document.getElementById('host')!.append(element);
    }, mockServer.url);
    const panel = page.locator('segment-asset-panel');
    await expect(panel.getByText('No context yet')).toBeVisible();
    // The panel's styles live in its shadow root: the host page has none of them.
    expect(await page.evaluate(() => document.querySelectorAll('style, link[rel=stylesheet]').length)).toBe(0);
    await dropFiles(dropzone(panel), [fixtureFile('pexels-gons3.jpg', 'image/jpeg', 'from-host.jpg')]);
    await expect.poll(() => page.evaluate(() => window.events.map((e) => e.name))).toContain('asset-uploaded');
    const event = await page.evaluate(() => window.events.find((e) => e.name === 'asset-uploaded')!.detail);
    expect(event).toMatchObject({ name: 'from-host.jpg', segmentId: 27665612, locale: 'de', size: 37339, projectId: 7214, contentType: 'image/jpeg' });
    expect((event as { downloadUrl: string }).downloadUrl).toMatch(new RegExp(`^${mockServer.url}/api/resources/assets/27665612\\?`));
  });

  /** The column scrolled to its end: the grid's last tile (the oldest) comes into view, still windowed. */
  async function scrollColumnToOldest(column: Locator, { tiles, oldest }: { tiles: Locator; oldest: Locator }) {
    await column.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect(oldest).toBeInViewport();
    expect(await tiles.count()).toBeLessThan(60);
  }

  for (const placement of ['in the shadow root', 'slotted into it'] as const) {
    test(`a host whose scrolling column is in a shadow root, the panel ${placement}: the grid follows that column\u2019s scroll`, async ({ page, mockServer }) => {
      // A host built of web components: its column's scroll events stay inside its shadow root
      // (they are not composed), where a listener on the window never hears them.
      const segment = placement === 'slotted into it' ? 27665620 : 27665618;
      await mockServer.runtime.context.seedMany(segment, 1000, null);
      await openHost(page);
      const slotted = placement === 'slotted into it';
      const { component, column } = await addComponentHost(page, { columnStyle: 'width: 380px; height: 600px; overflow-y: auto', slotted });
      // Slotted, the panel is the component's own child, drawn inside the column through its slot.
      await appendPanelElement(page, mockServer.url, { 'segment-id': String(segment) }, slotted ? component : column);
      await scrollColumnToOldest(column, await expectWindowedAtStart(page.locator('segment-asset-panel')));
    });
  }

  test('a column in a shadow root that becomes a scroll box only later (a resize) is heard from then on', async ({ page, mockServer }) => {
    await mockServer.runtime.context.seedMany(27665621, 1000, null);
    await openHost(page);
    const { column } = await addComponentHost(page, { columnStyle: 'width: 380px' });
    await appendPanelElement(page, mockServer.url, { 'segment-id': '27665621' }, column);
    const windowed = await expectWindowedAtStart(page.locator('segment-asset-panel'));
    // As a host's layout switching to a docked column: from now on the column scrolls, not the page.
    await column.evaluate((element) => Object.assign((element as HTMLElement).style, { height: '600px', overflowY: 'auto' }));
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
    await scrollColumnToOldest(column, windowed);
  });

  test('two panels on one page share neither queue nor cache', async ({ page, mockServer }) => {
    const other = await startMockHttpServer({ port: 0, allowedOrigins: [APP_ORIGIN] });
    try {
      await openHost(page);
      await page.evaluate(async ([a, b]: string[]) => {
        window.handles = [];
        for (const [id, api] of [['left', a!], ['right', b!]] as const) {
          const slot = Object.assign(document.createElement('div'), { id });
          document.getElementById('host')!.append(slot);
          window.handles.push(window.panelLib.mountAssetPanel(slot, {
            apiBaseUrl: api, accountId: 'demo', token: await window.panelLib.signIn(api), scope: 'pr7214', segmentId: 27665613,
          }));
        }
      }, [mockServer.url, other.url]);
      const left = page.locator('#left');
      const right = page.locator('#right');
      await expect(left.getByText('No context yet')).toBeVisible();
      await expect(right.getByText('No context yet')).toBeVisible();
      await dropFiles(dropzone(left), [{ name: 'left-only.png', mimeType: 'image/png', size: 400 }]);
      await expect(left.getByRole('grid', { name: 'Assets' })).toContainText('left-only.png');
      await expectUploaded(left, 'left-only.png');
      await expect(right.getByRole('list', { name: /^(Uploads|Finished uploads)$/ })).toHaveCount(0);
      // Same scope and segment on both sides: a shared cache would show the left file on the right.
      await page.evaluate(() => window.handles[1]!.setSegment(27665614));
      await page.evaluate(() => window.handles[1]!.setSegment(27665613));
      await expect(right.getByText('No context yet')).toBeVisible();
      expect([...other.runtime.store.state.assets.values()].some((a) => a.name === 'left-only.png')).toBe(false);
    } finally {
      await other.close();
    }
  });

  test('after destroy no object URL is alive and no upload request goes on', async ({ page, mockServer }) => {
    await openHost(page);
    await page.evaluate(async (api) => {
      const slot = document.createElement('div');
      document.getElementById('host')!.append(slot);
      window.handles = [window.panelLib.mountAssetPanel(slot, {
        apiBaseUrl: api, accountId: 'demo', token: await window.panelLib.signIn(api), scope: 'pr7214', segmentId: 27665601,
      })];
    }, mockServer.url);
    const images = page.getByRole('grid', { name: 'Assets' }).getByRole('img');
    await expect(images).toHaveCount(3);
    await expect.poll(() => page.evaluate(() => window.panelLib.liveObjectUrls().length)).toBe(3);
    await throttleUploads(page, 128 * 1024);
    const uploads: { failed: boolean; done: boolean }[] = [];
    page.on('request', (request) => {
      if (!request.url().includes('/api/media/upload')) return;
      const record = { failed: false, done: false };
      uploads.push(record);
      void request.response().then(() => { record.done = true; }, () => { record.failed = true; });
      page.on('requestfailed', (failed) => { if (failed === request) record.failed = true; });
    });
    await dropFiles(dropzone(page), [{ name: 'slow.bin', mimeType: 'application/octet-stream', size: 2 * 1024 * 1024 }]);
    const bar = page.getByRole('progressbar', { name: 'Upload of slow.bin' });
    await expect(bar).not.toHaveAttribute('aria-valuenow', '0');
    await page.evaluate(() => window.handles[0]!.destroy());
    await expect(page.getByRole('grid', { name: 'Assets' })).toHaveCount(0);
    await expect.poll(() => uploads.every((u) => u.failed)).toBe(true);
    expect(uploads).toHaveLength(1);
    expect(await page.evaluate(() => window.panelLib.liveObjectUrls())).toEqual([]);
    await page.waitForTimeout(1500);
    expect(uploads).toHaveLength(1);
    expect([...mockServer.runtime.store.state.assets.values()].some((a) => a.name === 'slow.bin')).toBe(false);
  });
});

test.describe('the iframe panel (embed.html)', () => {
  test('the demo editor (iframe): the panel follows the selected segment', async ({ page, mockServer }) => {
    await page.goto(`/demo/editor-iframe.html?api=${encodeURIComponent(mockServer.url)}`);
    const frame = page.frameLocator('iframe[title="Segment context"]');
    await expect(frame.getByRole('grid', { name: 'Assets' })).toContainText('checkout-de.png');
    await page.getByRole('row').filter({ hasText: 'Save changes' }).click();
    await expect(frame.getByRole('grid', { name: 'Assets' })).toContainText('settings-dialog-de.png');
    await expect(page.getByRole('list', { name: 'Panel events' })).toContainText('segment-changed');
  });

  async function frameHost(page: Page, api: string) {
    await openHost(page);
    await page.evaluate(async (apiBaseUrl) => {
      window.events = [];
      const params = new URLSearchParams({
        apiBaseUrl, accountId: 'demo', scope: 'pr7214', segmentId: '27665601', parentOrigin: window.location.origin,
      });
      const iframe = Object.assign(document.createElement('iframe'), { src: `/embed.html?${params}`, title: 'Segment context', id: 'panel' });
      iframe.style.cssText = 'width: 900px; height: 700px';
      document.getElementById('host')!.append(iframe);
      const token = await window.panelLib.signIn(apiBaseUrl);
      const connection = window.panelLib.connectAssetPanelFrame(iframe, {
        panelOrigin: window.location.origin, token, getToken: () => window.panelLib.signIn(apiBaseUrl),
        onAssetUploaded: (asset) => window.events.push({ name: 'asset-uploaded', detail: asset }),
        onSegmentChanged: (segment) => window.events.push({ name: 'segment-changed', detail: segment }),
      });
      Object.assign(window, { connection });
    }, api);
    return page.frameLocator('#panel');
  }

  test('a host that connects after the frame has loaded still gets it going (hello, then ready again)', async ({ page, mockServer }) => {
    await openHost(page);
    await page.evaluate(async (apiBaseUrl) => {
      const params = new URLSearchParams({ apiBaseUrl, accountId: 'demo', scope: 'pr7214', segmentId: '27665601', parentOrigin: window.location.origin });
      const iframe = Object.assign(document.createElement('iframe'), { src: `/embed.html?${params}`, title: 'Segment context', id: 'late' });
      // A side panel's size: the grid renders the rows the frame's own window shows.
      iframe.style.cssText = 'width: 380px; height: 800px';
      document.getElementById('host')!.append(iframe);
      // The frame's own `ready` goes out while nobody listens.
      await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const token = await window.panelLib.signIn(apiBaseUrl);
      window.panelLib.connectAssetPanelFrame(iframe, { panelOrigin: window.location.origin, token });
    }, mockServer.url);
    await expect(page.frameLocator('#late').getByRole('grid', { name: 'Assets' })).toContainText('pexels-gons3.jpg');
  });

  test('obeys its allowed parent: init with the token, then segment and events', async ({ page, mockServer }) => {
    const frame = await frameHost(page, mockServer.url);
    await expect(frame.getByRole('grid', { name: 'Assets' })).toContainText('pexels-gons3.jpg');
    expect(await frame.locator('body').evaluate(() => window.location.search)).not.toContain('token');
    await page.evaluate(() => (window as unknown as { connection: { setSegment(id: number): void } }).connection.setSegment(27665603));
    await expect(frame.getByRole('grid', { name: 'Assets' })).toContainText('style-guide.pdf');
    await expect.poll(() => page.evaluate(() => window.events.map((e) => e.name))).toContain('segment-changed');
    await dropFiles(dropzone(frame), [{ name: 'via-frame.png', mimeType: 'image/png', size: 300 }]);
    await expect.poll(() => page.evaluate(() => window.events.filter((e) => e.name === 'asset-uploaded').length)).toBe(1);
  });

  test('ignores a message from a foreign origin, and obeys the same message from the allowed one', async ({ page, mockServer }) => {
    const frame = await frameHost(page, mockServer.url);
    await expect(frame.getByRole('grid', { name: 'Assets' })).toContainText('pexels-gons3.jpg');
    // A frame of another origin (localhost is not 127.0.0.1) on the same page tries to steer the panel.
    const foreignOrigin = APP_ORIGIN.replace('127.0.0.1', 'localhost');
    await page.evaluate((origin) => new Promise<void>((resolve) => {
      const foreign = Object.assign(document.createElement('iframe'), { src: `${origin}/tests/e2e/pages/host.html`, id: 'foreign' });
      foreign.onload = () => resolve();
      document.body.append(foreign);
    }), foreignOrigin);
    const foreign = page.frames().find((f) => f.url().startsWith(foreignOrigin))!;
    await foreign.waitForFunction(() => window.hostReady === true);
    await foreign.evaluate(() => {
      const panel = window.parent.frames[0]!;
      const message = window.panelLib.envelope({ type: 'set-segment', segmentId: 27665603 });
      panel.postMessage(message, '*');
      panel.postMessage({ ...message, type: 'init', token: 'stolen' }, '*');
    });
    await page.waitForTimeout(800);
    await expect(frame.getByRole('grid', { name: 'Assets' })).toContainText('pexels-gons3.jpg');
    // Malformed messages from the allowed parent are ignored too.
    await page.evaluate(() => {
      const panel = (document.getElementById('panel') as HTMLIFrameElement).contentWindow!;
      panel.postMessage({ source: 'segment-asset-panel', version: 2, type: 'set-segment', segmentId: 27665603 }, window.location.origin);
      panel.postMessage({ source: 'segment-asset-panel', version: 1, type: 'set-segment', segmentId: '27665603' }, window.location.origin);
    });
    await page.waitForTimeout(500);
    await expect(frame.getByRole('grid', { name: 'Assets' })).toContainText('pexels-gons3.jpg');
    await page.evaluate(() => {
      const panel = (document.getElementById('panel') as HTMLIFrameElement).contentWindow!;
      panel.postMessage(window.panelLib.envelope({ type: 'set-segment', segmentId: 27665603 }), window.location.origin);
    });
    await expect(frame.getByRole('grid', { name: 'Assets' })).toContainText('style-guide.pdf');
  });

  test('refuses to run without an allowed parent origin, and a token in its URL', async ({ page }) => {
    await page.goto('/embed.html?apiBaseUrl=http://127.0.0.1:1&accountId=demo&scope=pr7214&segmentId=1');
    await expect(page.getByRole('alert')).toHaveText(/No parent origin is allowed/);
    await page.goto('/embed.html?apiBaseUrl=http://127.0.0.1:1&accountId=demo&scope=pr7214&segmentId=1&parentOrigin=http://127.0.0.1:1&token=x');
    await expect(page.getByRole('alert')).toHaveText('A token must never travel in the URL: send it with the init message.');
  });
});

test.describe('the built library (dist/lib, made by npm run build)', () => {
  test('element.js defines a working <segment-asset-panel> on its own', async ({ page, mockServer }) => {
    const { existsSync } = await import('node:fs');
    expect(existsSync(new URL('../../dist/lib/element.js', import.meta.url)), 'run npm run build first').toBe(true);
    await page.goto('/tests/e2e/pages/built.html');
    await page.waitForFunction(() => !!customElements.get('segment-asset-panel'));
    const token = await requestToken({ baseUrl: mockServer.url, accountId: 'demo', apiKey: 'demo-key' });
    await page.evaluate(([api, t]) => {
      const element = document.createElement('segment-asset-panel') as HTMLElement & { token: string };
      element.setAttribute('api-base-url', api!);
      element.setAttribute('account-id', 'demo');
      element.setAttribute('scope', 'pr7214');
      element.setAttribute('segment-id', '27665601');
      element.setAttribute('ui-language', 'de');
      element.token = t!;
      document.getElementById('host')!.append(element);
    }, [mockServer.url, token]);
    const panel = page.locator('segment-asset-panel');
    // In German, as asked: the catalog is a chunk beside the module, loaded from its own address.
    await expect(panel.getByRole('grid', { name: 'Kontextdateien' }).getByRole('gridcell')).toHaveCount(3);
    await expect(panel.getByRole('button', { name: 'Dateien hinzufügen' })).toBeVisible();
    await expect(panel.getByRole('img', { name: 'pexels-gons3.jpg' })).toHaveJSProperty('complete', true);
    // So is what only some users open, served here under /dist/lib/, not at the site's root: the
    // lightbox on a click, pdf.js and its worker for a PDF's first page.
    await panel.getByRole('button', { name: 'pexels-gons3.jpg öffnen', exact: true }).click();
    await expect(panel.getByRole('dialog', { name: 'pexels-gons3.jpg' })).toBeVisible();
    await page.keyboard.press('Escape');
    await panel.evaluate((element) => element.setAttribute('segment-id', '27665603'));
    await expect(panel.getByRole('grid', { name: 'Kontextdateien' }).getByRole('img', { name: 'style-guide.pdf' })).toHaveAttribute('src', /^blob:/);
  });

  test('element.js loads the keeping of uploads across a reload only for a panel told to keep them', async ({ page, mockServer }) => {
    await page.goto('/tests/e2e/pages/built.html');
    await page.waitForFunction(() => !!customElements.get('segment-asset-panel'));
    const keeping: string[] = [];
    page.on('request', (request) => {
      if (/\/dist\/lib\/chunks\/persistence-[^/]*\.js$/.test(request.url())) keeping.push(request.url());
    });
    const token = await requestToken({ baseUrl: mockServer.url, accountId: 'demo', apiKey: 'demo-key' });
    const mount = (id: string, keep: string | null) => page.evaluate(([api, t, id, keep]) => {
      const element = document.createElement('segment-asset-panel') as HTMLElement & { token: string };
      for (const [name, value] of Object.entries({ 'api-base-url': api!, 'account-id': 'demo', scope: 'pr7214', 'segment-id': '27665619', ...(keep && { 'persist-key': keep }) })) {
        element.setAttribute(name, value);
      }
      element.id = id!;
      element.token = t!;
      document.getElementById('host')!.append(element);
    }, [mockServer.url, token, id, keep] as const);
    await mount('plain', null);
    const plain = page.locator('#plain');
    await expect(plain.getByText('No context yet')).toBeVisible();
    await dropFiles(dropzone(plain), [fixtureFile('pexels-gons3.jpg', 'image/jpeg', 'not-kept.jpg')]);
    await expect(plain.getByText('1 of 1 uploaded', { exact: false })).toBeVisible();
    expect(keeping).toEqual([]);
    // A second panel told to keep its uploads: the chunk comes as it starts.
    const loaded = page.waitForRequest(/\/dist\/lib\/chunks\/persistence-[^/]*\.js$/);
    await mount('kept', 'built-test');
    await loaded;
  });
});

test('asset-panel.js (the React entry, peers from the host) mounts with mountAssetPanel', async ({ page, mockServer }) => {
  await page.goto('/tests/e2e/pages/built-react.html');
  await page.waitForFunction(() => !!(window as unknown as { builtLib?: unknown }).builtLib);
  const token = await requestToken({ baseUrl: mockServer.url, accountId: 'demo', apiKey: 'demo-key' });
  await page.evaluate(({ api, token }) => {
    const lib = (window as unknown as { builtLib: typeof import('../../src/embed/index') }).builtLib;
    lib.mountAssetPanel(document.getElementById('host')!, { apiBaseUrl: api, accountId: 'demo', token, scope: 'pr7214', segmentId: 27665602 });
  }, { api: mockServer.url, token });
  await expect(page.getByRole('grid', { name: 'Assets' })).toContainText('add-to-cart-flow.webm');
  // Its styles arrive with it (one <style> in the head).
  expect(await page.evaluate(() => document.querySelectorAll('style#segment-asset-panel-styles').length)).toBe(1);
});
