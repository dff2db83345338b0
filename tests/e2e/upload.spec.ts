import { connectTo, expect, fillCredentials, test, trustLinkServer } from './fixtures';
import { openSegment } from './layout-helpers';
import { countRequests, dropFiles, dropPaths, dropzone, expectUploaded, fixtureFile, pasteImage, showUploadTarget, throttleUploads, uploadItem } from './upload-helpers';

const SCREENS = new URL('../fixtures/screens', import.meta.url).pathname;

const SEGMENT = 27665610;
const assets = (page: import('@playwright/test').Page) => page.getByRole('grid', { name: 'Assets' });

/** In the page: unfinished uploads stored in IndexedDB without their file or file token. */
async function unkeptUploads(): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('segment-asset-panel');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    if (!db.objectStoreNames.contains('uploads')) return -1;
    const all = await new Promise<{ file?: string; record: { fileToken: string | null; status: string } }[]>((resolve, reject) => {
      const request = db.transaction('uploads').objectStore('uploads').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (all.length === 0) return -1;
    return all.filter((item) => item.file !== 'kept' && !item.record.fileToken && item.record.status !== 'failed').length;
  } finally {
    db.close();
  }
}

test.describe('uploading to a segment (mock HTTP server)', () => {
  test('a drop of an image, a video and a PDF lands on the segment in the chosen language', async ({ page, mockServer }) => {
    const seen = await countRequests(page, mockServer.url);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    await showUploadTarget(page);
    await page.getByLabel('Upload language').selectOption('de');
    await dropFiles(dropzone(page), [
      fixtureFile('pexels-gons3.jpg', 'image/jpeg'),
      fixtureFile('add-to-cart-flow.webm', 'video/webm'),
      fixtureFile('style-guide.pdf', 'application/pdf'),
    ]);
    for (const name of ['pexels-gons3.jpg', 'add-to-cart-flow.webm', 'style-guide.pdf']) {
      await expectUploaded(page, name);
      await expect(uploadItem(page, name).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
      await expect(assets(page)).toContainText(name);
    }
    await expect(page.getByText('3 of 3 uploaded, 152 KB of 152 KB')).toBeVisible();
    // Three files finishing together are announced as one sentence; a file alone by its name.
    await expect(page.getByTestId('upload-announcer')).toContainText(/3 files uploaded\.|uploaded to segment \d+, de\./);
    const stored = [...mockServer.runtime.store.state.assets.values()].filter((a) => a.segmentId === SEGMENT);
    expect(stored.map((a) => [a.name, a.locale, a.contentType]).sort()).toEqual([
      ['add-to-cart-flow.webm', 'de', 'video/webm'], ['pexels-gons3.jpg', 'de', 'image/jpeg'], ['style-guide.pdf', 'de', 'application/pdf'],
    ]);
    expect(seen.uploads.sort()).toEqual(['add-to-cart-flow.webm', 'pexels-gons3.jpg', 'style-guide.pdf']);
  });

  test('a batch waits for one CORS preflight, not one a file; every name arrives intact', async ({ page, mockServer }) => {
    // The app and this server are on two origins, and the auth headers make each upload ask
    // first (OPTIONS). The browser keeps the answer for one URL: a file name in every URL meant
    // a round trip more for every file. Plain names travel in the multipart part alone; a name
    // the part could alter (here: not ASCII, a "%") also in the URL, and asks on its own.
    const seen = await countRequests(page, mockServer.url);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    const plain = Array.from({ length: 12 }, (_, i) => `shot (${i + 1}) final.png`);
    const special = ['Übersicht.png', '100% zoom.png'];
    await dropFiles(dropzone(page), [...plain, ...special].map((name) => ({ name, mimeType: 'image/png', size: 1500 })));
    await expect(page.getByText('14 of 14 uploaded')).toBeVisible();
    const stored = [...mockServer.runtime.store.state.assets.values()].filter((a) => a.segmentId === SEGMENT).map((a) => a.name);
    expect(stored.sort()).toEqual([...plain, ...special].sort());
    expect(seen.uploads.sort()).toEqual([...plain, ...special].sort());
    // Four uploads at once ask before any answer is kept; the other plain ones ask no more.
    const preflights = mockServer.stats.preflights['/api/media/upload'] ?? 0;
    expect(preflights).toBeGreaterThanOrEqual(1);
    expect(preflights).toBeLessThanOrEqual(4 + special.length);
  });

  test('click, Enter and Space open the file picker; picked files go like dropped ones', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await dropzone(page).focus();
    for (const key of ['Enter', ' ']) {
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press(key);
      await (await chooser).setFiles({ name: `key-${key === ' ' ? 'space' : 'enter'}.png`, mimeType: 'image/png', buffer: Buffer.from('png') });
    }
    const chooser = page.waitForEvent('filechooser');
    await dropzone(page).click();
    await (await chooser).setFiles({ name: 'clicked.png', mimeType: 'image/png', buffer: Buffer.from('png') });
    for (const name of ['key-enter.png', 'key-space.png', 'clicked.png']) await expect(assets(page)).toContainText(name);
  });

  test('a pasted screenshot gets a readable name', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await dropzone(page).focus();
    await pasteImage(dropzone(page), fixtureFile('checkout-screen.png', 'image/png'));
    await expectUploaded(page, /screenshot-\d{8}-\d{6}\.png/);
    await expect(assets(page)).toContainText(/screenshot-\d{8}-\d{6}\.png/);
  });

  test('a dropped folder keeps its sub-folders, under the folder field', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await showUploadTarget(page);
    await page.getByLabel('Folder', { exact: true }).fill('release-4.2');
    await dropPaths(dropzone(page), [SCREENS]);
    await expect(page.getByText('3 of 3 uploaded')).toBeVisible();
    const stored = [...mockServer.runtime.store.state.assets.values()].filter((a) => a.segmentId === SEGMENT);
    expect(stored.map((a) => `${a.relativePath}/${a.name}`).sort()).toEqual([
      'release-4.2/screens/checkout/cart.png', 'release-4.2/screens/checkout/payment/card.png', 'release-4.2/screens/home.png',
    ]);
    await expect(assets(page)).toContainText('release-4.2/screens/checkout/payment/');
  });

  test('"Choose a folder" keeps the sub-folders too', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a folder\u2026' }).click();
    await (await chooser).setFiles(SCREENS);
    await expect(page.getByText('3 of 3 uploaded')).toBeVisible();
    const stored = [...mockServer.runtime.store.state.assets.values()].filter((a) => a.segmentId === SEGMENT);
    expect(stored.map((a) => `${a.relativePath}/${a.name}`).sort()).toEqual([
      'screens/checkout/cart.png', 'screens/checkout/payment/card.png', 'screens/home.png',
    ]);
  });

  test('names the server would refuse fail with a reason, and the rest of the batch arrives', async ({ page, mockServer }) => {
    const seen = await countRequests(page, mockServer.url);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await dropFiles(dropzone(page), [
      { name: 'CON.png', mimeType: 'image/png', size: 10 },
      { name: 'ok-1.png', mimeType: 'image/png', size: 10 },
      { name: 'what?.png', mimeType: 'image/png', size: 10 },
      { name: 'ok-2.png', mimeType: 'image/png', size: 10 },
    ]);
    await expect(uploadItem(page, 'CON.png')).toContainText('Failed: "CON" is a reserved name and cannot be used in a file name.');
    await expect(uploadItem(page, 'what?.png').getByRole('alert')).toHaveText(
      'Failed: The file name must not contain any of these characters: < > : " | ? *',
    );
    await expectUploaded(page, 'ok-1.png');
    await expectUploaded(page, 'ok-2.png');
    await expect(page.getByText('2 of 4 uploaded')).toBeVisible();
    await expect(page.getByText('2 failed')).toBeVisible();
    expect(seen.uploads.sort()).toEqual(['ok-1.png', 'ok-2.png']);
    await page.getByRole('button', { name: 'Dismiss CON.png' }).click();
    await expect(uploadItem(page, 'CON.png')).toHaveCount(0);
  });

  test('a lost connection is retried by itself', async ({ page, mockServer }) => {
    const seen = await countRequests(page, mockServer.url);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    mockServer.runtime.faults.set('upload:network:1');
    await dropFiles(dropzone(page), [fixtureFile('checkout-screen.png', 'image/png', 'flaky.png')]);
    await expect(uploadItem(page, 'flaky.png')).toContainText(/Retrying in \d\ss/);
    await expectUploaded(page, 'flaky.png');
    await expect(page.getByTestId('upload-announcer')).toContainText(`flaky.png uploaded to segment ${SEGMENT}, language-neutral.`);
    expect(seen.uploads).toEqual(['flaky.png', 'flaky.png']);
    expect(seen.attaches).toHaveLength(1);
  });

  test('a failed attach is retried with the same file token: exactly one media upload', async ({ page, mockServer }) => {
    const seen = await countRequests(page, mockServer.url);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    mockServer.runtime.faults.set('attach:500:2');
    await dropFiles(dropzone(page), [fixtureFile('pexels-gons3.jpg', 'image/jpeg', 'attach-me.jpg')]);
    await expect(uploadItem(page, 'attach-me.jpg')).toContainText('Retrying in');
    await expectUploaded(page, 'attach-me.jpg', { timeout: 15_000 });
    expect(seen.uploads).toEqual(['attach-me.jpg']);
    expect(seen.attaches).toHaveLength(3);
    await expect(assets(page)).toContainText('attach-me.jpg');
  });

  test('a 429 pauses the whole queue, then it goes on', async ({ page, mockServer }) => {
    test.setTimeout(90_000);
    const seen = await countRequests(page, mockServer.url);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    mockServer.runtime.faults.set('upload:429:1:10');
    await dropFiles(dropzone(page), [1, 2, 3, 4, 5, 6].map((i) => ({ name: `t-${i}.png`, mimeType: 'image/png', size: 2000 })));
    await expect(page.getByText(/The server asked to slow down: uploads go on in \d+\ss\./)).toBeVisible();
    const during = seen.uploads.length;
    await page.waitForTimeout(3000);
    expect(seen.uploads.length).toBe(during);
    await expect(page.getByText('6 of 6 uploaded')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/slow down/)).toHaveCount(0);
    expect(seen.uploads).toHaveLength(7);
  });

  test('cancel stops an upload; a canceled file is never attached', async ({ page, mockServer }) => {
    const seen = await countRequests(page, mockServer.url);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    await throttleUploads(page, 256 * 1024);
    await dropFiles(dropzone(page), [{ name: 'big.bin', mimeType: 'application/octet-stream', size: 3 * 1024 * 1024 }]);
    const bar = uploadItem(page, 'big.bin').getByRole('progressbar');
    await expect(bar).not.toHaveAttribute('aria-valuenow', '0');
    await page.getByRole('button', { name: 'Cancel big.bin' }).click();
    await expect(uploadItem(page, 'big.bin')).toContainText('Canceled');
    await page.waitForTimeout(500);
    expect(seen.attaches).toHaveLength(0);
    expect(mockServer.runtime.store.state.assets.size).toBeGreaterThan(0);
    expect([...mockServer.runtime.store.state.assets.values()].some((a) => a.name === 'big.bin')).toBe(false);
  });

  test('from the keyboard, an action that takes its own button away leaves focus on its row, the next Tab on the row\'s new button', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    await throttleUploads(page, 256 * 1024);
    await dropFiles(dropzone(page), [
      { name: 'first.bin', mimeType: 'application/octet-stream', size: 3 * 1024 * 1024 },
      { name: 'second.bin', mimeType: 'application/octet-stream', size: 3 * 1024 * 1024 },
    ]);
    const first = uploadItem(page, 'first.bin');
    await expect(first.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow', '0');
    await page.getByRole('button', { name: 'Cancel first.bin' }).focus();
    await page.keyboard.press('Enter');
    await expect(first).toContainText('Canceled');
    // Not the page: the row, which says what became of the file.
    await expect(first).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Dismiss first.bin' })).toBeFocused();
    // Dismiss takes the row away: focus goes to the next one.
    await page.keyboard.press('Enter');
    await expect(first).toHaveCount(0);
    await expect(uploadItem(page, 'second.bin')).toBeFocused();
  });

  test('the progress bar moves on a throttled upload', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    await throttleUploads(page, 512 * 1024);
    await dropFiles(dropzone(page), [{ name: 'slow.bin', mimeType: 'application/octet-stream', size: 2 * 1024 * 1024 }]);
    const bar = uploadItem(page, 'slow.bin').getByRole('progressbar');
    const values = new Set<number>();
    await expect.poll(async () => {
      values.add(Number(await bar.getAttribute('aria-valuenow')));
      return values.size;
    }, { intervals: [200] }).toBeGreaterThanOrEqual(4);
    expect([...values].some((v) => v > 0 && v < 100)).toBe(true);
    await expectUploaded(page, 'slow.bin', { timeout: 20_000 });
  });

  test('a reload in the middle of a queue resumes it: every file arrives once', async ({ page, mockServer }) => {
    test.setTimeout(90_000);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    mockServer.runtime.faults.set('latency:700');
    const names = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `queued-${i}.png`);
    await dropFiles(dropzone(page), names.map((name) => ({ name, mimeType: 'image/png', size: 1500 })));
    await expect(uploadItem(page, 'queued-8.png')).toContainText('Waiting');
    // Quick uploads never touch the disk; files that wait are kept. Reload once every unfinished
    // upload is stored with its file (or its file token), whenever that is on this machine.
    await expect.poll(() => page.evaluate(unkeptUploads), { timeout: 30_000 }).toBe(0);
    const before = await page.locator('.sap-uploads-summary').innerText();
    expect(Number(/^(\d) of 8 uploaded/.exec(before)?.[1])).toBeLessThan(8);
    await page.reload();
    await fillCredentials(page);
    await trustLinkServer(page);
    await page.getByRole('button', { name: 'Connect' }).click();
    // What had finished stays finished; the rest comes back and finishes now, each file once.
    const storedNames = () => [...mockServer.runtime.store.state.assets.values()].filter((a) => a.segmentId === SEGMENT).map((a) => a.name).sort();
    await expect.poll(storedNames, { timeout: 45_000 }).toEqual([...names].sort());
    for (const name of names) await expect(assets(page).getByText(name, { exact: true })).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Uploads' }).getByRole('alert')).toHaveCount(0);
  });

  test('uploads keep the segment, language and folder they were dropped with', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    mockServer.runtime.faults.set('latency:600');
    await showUploadTarget(page);
    await page.getByLabel('Upload language').selectOption('fr');
    await page.getByLabel('Folder', { exact: true }).fill('captures');
    await dropFiles(dropzone(page), [1, 2, 3, 4, 5, 6].map((i) => ({ name: `kept-${i}.png`, mimeType: 'image/png', size: 500 })));
    await openSegment(page, '27665611');
    await showUploadTarget(page);
    await page.getByLabel('Upload language').selectOption('ja');
    await page.getByLabel('Folder', { exact: true }).fill('elsewhere');
    await expect(page.getByText('6 of 6 uploaded')).toBeVisible({ timeout: 20_000 });
    const stored = [...mockServer.runtime.store.state.assets.values()].filter((a) => a.name.startsWith('kept-'));
    expect(new Set(stored.map((a) => `${a.segmentId} ${a.locale} ${a.relativePath}`))).toEqual(new Set([`${SEGMENT} fr captures`]));
    expect(stored).toHaveLength(6);
  });

  test('an expired session is renewed by itself; the upload goes on', async ({ page, mockServer }) => {
    const seen = await countRequests(page, mockServer.url);
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    mockServer.runtime.store.expireAllSessions();
    await dropFiles(dropzone(page), [{ name: 'after-expiry.png', mimeType: 'image/png', size: 800 }]);
    await expectUploaded(page, 'after-expiry.png');
    // A new token was asked for; the upload either met the refusal itself and went again, or
    // another call (the segment counts) renewed the session first.
    expect(seen.tokens).toBe(2);
    expect(seen.uploads.length).toBeGreaterThanOrEqual(1);
    expect(seen.uploads.length).toBeLessThanOrEqual(2);
    expect(seen.attaches).toHaveLength(1);
  });

  test('when the session cannot be renewed, the queue pauses, asks, and resumes after reconnecting', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('No context yet')).toBeVisible();
    mockServer.runtime.store.expireAllSessions();
    // Every renewal fails until the user reconnects: another call of the page (the segment
    // counts, late on a busy machine) may be the one that meets the expiry first.
    mockServer.runtime.faults.set('auth:401:*');
    await dropFiles(dropzone(page), [{ name: 'paused-1.png', mimeType: 'image/png', size: 800 }, { name: 'paused-2.png', mimeType: 'image/png', size: 800 }]);
    const notice = page.getByRole('alert').filter({ hasText: 'Your session has expired: uploads are paused.' });
    await expect(notice).toBeVisible();
    await expect(uploadItem(page, 'paused-1.png')).toContainText('Waiting');
    await expect(page.getByTestId('upload-announcer')).toContainText('Your session has expired');
    mockServer.runtime.faults.clear();
    await notice.getByRole('button', { name: 'Reconnect and resume' }).click();
    await expect(page.getByText('2 of 2 uploaded')).toBeVisible();
    await expect(notice).toHaveCount(0);
  });
});
