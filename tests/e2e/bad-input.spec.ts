import { connectTo, expect, test } from './fixtures';
import { countRequests, dropFiles, dropzone } from './upload-helpers';

const SEGMENT = 27665621;

const REFUSED: [string, string][] = [
  [`${'x'.repeat(252)}.png`, 'The file name has a name longer than 255 characters.'],
  ['<img src=x onerror=alert(1)>.png', 'The file name must not contain any of these characters: < > : " | ? *'],
  ['a";filename=evil.exe', 'The file name must not contain any of these characters: < > : " | ? *'],
  ['invoice\u202Egpj.exe', 'The file name contains direction controls (U+202E) that can disguise what the file is: rename it.'],
  ['a.php\u0000.jpg', 'The file name contains control characters.'],
  ['CON.png', '"CON" is a reserved name and cannot be used in a file name.'],
];
const LITERAL = ['%2e%2e%2f', '..%2f', 'a.php%00.jpg', 'sho\u200Bt.png'];

test.describe('bad input through the panel (mock HTTP server)', () => {
  test('every bad name ends in a clear refusal or a safe rendering, and the rest of the drop arrives', async ({ page, mockServer }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const seen = countRequests(page, mockServer.url);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    const names = ['good-1.png', ...REFUSED.map(([n]) => n), ...LITERAL, 'Cafe\u0301.png', 'Caf\u00e9.png', 'good-2.png'];
    await dropFiles(dropzone(page), names.map((name) => ({ name, mimeType: 'image/png', size: 64 })));

    const failed = page.getByRole('list', { name: 'Uploads' }).getByRole('listitem').filter({ has: page.getByRole('alert') });
    await expect(failed).toHaveCount(REFUSED.length);
    const texts = await failed.evaluateAll((items) => items.map((li) => ({
      name: li.querySelector('.sap-upload-name')?.textContent ?? '',
      alert: li.querySelector('[role="alert"]')?.textContent ?? '',
    })));
    const clean = (name: string) => name.replace(/\u0000/g, '');
    expect(texts.map((t) => `${clean(t.name)} -> ${t.alert}`).sort())
      .toEqual(REFUSED.map(([name, title]) => `${clean(name)} -> Failed: ${title}`).sort());
    // Both cafés upload; on the server the second replaces the first (same name once in NFC).
    await expect(page.getByText(`${2 + LITERAL.length + 2} of ${names.length} uploaded`)).toBeVisible();
    // Refused names never went out.
    expect(seen.uploads.some((n) => REFUSED.some(([bad]) => n === bad))).toBe(false);

    const stored = [...mockServer.runtime.store.state.assets.values()].filter((a) => a.segmentId === SEGMENT).map((a) => a.name).sort();
    // The decomposed and the composed café are one name (NFC): the second replaced the first.
    expect(stored).toEqual(['Caf\u00e9.png', 'good-1.png', 'good-2.png', ...LITERAL].sort());

    const assets = page.getByRole('list', { name: 'Assets' });
    for (const name of LITERAL) await expect(assets.locator('.sap-tile-name').getByText(name, { exact: true })).toHaveCount(1);
    // Zero-width characters are shown, flagged.
    await expect(assets.getByRole('listitem').filter({ hasText: 'sho\u200Bt.png' }).getByText('Hidden characters')).toBeVisible();
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
  });

  test('a tampered answer cannot make the panel load javascript:, data: or another origin', async ({ page, mockServer, baseURL }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const appOrigin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(mockServer.url) && !request.url().startsWith(appOrigin)) elsewhere.push(request.url());
    });
    await page.route(`${mockServer.url}/api/resources/assets/${SEGMENT}/list?*`, async (route) => {
      const response = await route.fetch();
      const assets = await response.json();
      const base = { projectId: 7214, documentId: 19641, segmentId: SEGMENT, locale: null, relativePath: '', size: 10, contentType: 'image/png',
        createdDate: '2026-11-27T10:00:00.0000000Z', modifiedDate: '2026-11-27T10:00:00.0000000Z' };
      await route.fulfill({ response, json: [...assets,
        { ...base, name: 'script.png', downloadUrl: 'javascript:alert(1)' },
        { ...base, name: 'data.png', downloadUrl: 'data:text/html,<script>alert(1)</script>' },
        { ...base, name: 'elsewhere.png', downloadUrl: 'https://evil.example/api/resources/assets/1?filename=x.png' },
        { ...base, name: 'login.png', downloadUrl: `${mockServer.url.replace('127.0.0.1', 'user:pw@127.0.0.1')}/api/x` },
      ] });
    });
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    const assets = page.getByRole('list', { name: 'Assets' });
    for (const name of ['script.png', 'data.png', 'elsewhere.png', 'login.png']) {
      const tile = assets.getByRole('listitem').filter({ hasText: name });
      await expect(tile).toContainText('No preview: the server gave an address that is not safe to load.');
      await expect(tile.getByRole('img')).toHaveCount(0);
    }
    await assets.getByRole('button', { name: 'Download script.png' }).click();
    await expect(page.getByRole('alert')).toContainText('The server gave a download address that is not safe to open.');
    await assets.getByRole('button', { name: 'Open elsewhere.png' }).click();
    await expect(page.getByRole('dialog', { name: 'elsewhere.png' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    expect(elsewhere).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
