import { connectTo, expect, test } from './fixtures';
import { countRequests, dropFiles, dropzone, expectUploaded } from './upload-helpers';

const SEGMENT = 27665621;

const REFUSED: [string, string][] = [
  [`${'x'.repeat(252)}.png`, 'The file name has a name longer than 255 characters.'],
  ['<img src=x onerror=alert(1)>.png', 'The file name must not contain any of these characters: < > : " | ? *'],
  ['a";filename=evil.exe', 'The file name must not contain any of these characters: < > : " | ? *'],
  ['invoice\u202Egpj.exe', 'The file name contains direction controls (U+202E) that can disguise what the file is: rename it.'],
  ['a.php\u0000.jpg', 'The file name contains control characters.'],
  ['CON.png', '"CON" is a reserved name and cannot be used in a file name.'],
  ['shot.png.', 'The file name must not end in a dot or a space, nor be made only of dots and spaces.'],
  ['shot.png ', 'The file name must not end in a dot or a space, nor be made only of dots and spaces.'],
];
const LITERAL = ['%2e%2e%2f', '..%2f', 'a.php%00.jpg', 'sho\u200Bt.png'];

test.describe('bad input through the panel (mock HTTP server)', () => {
  test('every bad name ends in a clear refusal or a safe rendering, and the rest of the drop arrives', async ({ page, mockServer }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const seen = await countRequests(page, mockServer.url);
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

    const assets = page.getByRole('grid', { name: 'Assets' });
    for (const name of LITERAL) await expect(assets.locator('.sap-tile-name').getByText(name, { exact: true })).toHaveCount(1);
    // Zero-width characters are shown, flagged.
    await expect(assets.getByRole('gridcell').filter({ hasText: 'sho\u200Bt.png' }).getByText('Hidden characters')).toBeVisible();
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
    const assets = page.getByRole('grid', { name: 'Assets' });
    for (const name of ['script.png', 'data.png', 'elsewhere.png', 'login.png']) {
      const tile = assets.getByRole('gridcell').filter({ hasText: name });
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

  test('a target that is wrong takes no file: no segment, no right, view only, a network or invalid folder', async ({ page, mockServer }) => {
    const seen = await countRequests(page, mockServer.url);
    const png = (name: string) => [{ name, mimeType: 'image/png', size: 64 }];
    // The section a drop lands in: "Add context" (the whole panel takes drops).
    const addContext = page.getByRole('region', { name: 'Add context' });
    const addFiles = addContext.getByRole('button', { name: 'Add files' });
    const open = async (scope: string, segment: string) => {
      // With a segment open, the scope and segment fields fold into its header.
      await page.getByRole('button', { name: 'Change segment' }).click();
      await page.getByRole('textbox', { name: 'Scope' }).fill(scope);
      await page.getByRole('textbox', { name: 'Segment' }).fill(segment);
      await page.getByRole('button', { name: 'Open segment' }).click();
    };
    /** The reason shows in "Add context", describes "Add files" and reaches the live region. */
    const expectBlocked = async (reason: string) => {
      await expect(addContext.getByText(reason)).toBeVisible();
      await expect(addFiles).toHaveAttribute('aria-disabled', 'true');
      await expect(addFiles).toHaveAccessibleDescription(reason);
      await expect(page.getByTestId('upload-announcer')).toContainText(reason);
    };

    // A segment that does not exist (its list call answers 404): no "Try again" either.
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27669999');
    await expectBlocked('Segment 27669999 does not exist in pr7214: files cannot be added to it.');
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await dropFiles(addContext, png('lost-segment.png'));
    await expect(addContext.getByRole('button', { name: 'Choose a folder\u2026' })).toBeDisabled();

    // A scope without the right to its reference material (its rights call answers 403).
    await open('pr9999', '29990001');
    await expectBlocked('You cannot add files in pr9999: access to its reference material is missing.');
    await dropFiles(addContext, png('lost-scope.png'));

    // A scope the account may only see (its rights say canAddAssets: false).
    await open('pr7301', '27730101');
    await expectBlocked('You cannot add files in pr7301: your rights there let you see its context, not add to it.');
    await dropFiles(addContext, png('lost-view-only.png'));

    // Folders the server would refuse: refused at the field, nothing offered.
    await open('pr7214', String(SEGMENT + 1));
    await expect(page.getByText('No context yet')).toBeVisible();
    const folder = page.getByRole('textbox', { name: 'Folder' });
    // Language and folder sit behind a disclosure that says where files go.
    await addContext.getByText(/^Upload to:/).click();
    const network = 'The folder must be inside the segment\u2019s folder, not a drive or network path.';
    const trailing = 'A folder name must not end in a dot or a space, nor be made only of dots and spaces.';
    const badFolders: [string, string][] = [
      ['\\\\host\\share', network],
      ['//host/share', network],
      ['shots.', trailing],
      ['shots ', trailing],
      ['. .', trailing],
      ['a/'.repeat(513), 'The folder is longer than 1,024 characters.'],
    ];
    for (const [index, [path, refusal]] of badFolders.entries()) {
      await folder.fill(path);
      await expect(folder).toHaveAttribute('aria-invalid', 'true');
      await expect(folder).toHaveAccessibleDescription(refusal);
      await expectBlocked('Correct the folder first: nothing is uploaded until then.');
      await dropFiles(addContext, png(`lost-folder-${index}.png`));
    }

    // The same target, corrected, takes the next drop: the only bytes that went out.
    await folder.fill('host/share');
    await expect(folder).toHaveAttribute('aria-invalid', 'false');
    await dropFiles(addContext, png('good.png'));
    await expect.poll(() => [...mockServer.runtime.store.state.assets.values()].some((a) => a.name === 'good.png')).toBe(true);
    // Playwright hears of the page's requests on its own channel, which may come after the mock
    // (in this process) stored the file: polled, not read once.
    await expect.poll(() => seen.attaches).toHaveLength(1);
    expect(seen.uploads).toEqual(['good.png']);
    // Nothing landed anywhere but there (the seeded demo data aside).
    const stored = [...mockServer.runtime.store.state.assets.values()].filter((a) => a.name.startsWith('lost-') || a.name === 'good.png');
    expect(stored.map((a) => [a.segmentId, a.name, a.relativePath])).toEqual([[SEGMENT + 1, 'good.png', 'host/share']]);
  });

  test('a ?locale= the scope does not have is not followed, and never becomes the upload language', async ({ page, mockServer }) => {
    const seen = await countRequests(page, mockServer.url);
    const attached: { locale?: unknown }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/api\/resources\/assets\/\d+/.test(request.url())) attached.push(request.postDataJSON());
    });
    const segment = SEGMENT + 2;
    const bad = ['../../', '<img src=x onerror=alert(1)>', 'xx'];
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${segment}&locale=${encodeURIComponent(bad[0]!)}`);
    // The upload language sits behind the disclosure that says where files go.
    await page.getByRole('region', { name: 'Add context' }).getByText(/^Upload to:/).click();
    for (const [index, locale] of bad.entries()) {
      if (index > 0) {
        // A link followed inside the app (the view lives in the URL).
        await page.evaluate((value) => {
          const url = new URL(window.location.href);
          url.searchParams.set('locale', value);
          history.pushState(null, '', url);
          dispatchEvent(new PopStateEvent('popstate'));
        }, locale);
      }
      await expect(page.getByText(`The link asks for the language \u201c${locale}\u201d, which this project does not have: all languages are shown.`))
        .toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('all');
      const language = page.getByRole('combobox', { name: 'Upload language' });
      await expect(language).toHaveValue('');
      expect(await language.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)))
        .toEqual(['', 'en', 'de', 'fr', 'ja']);
      await dropFiles(dropzone(page), [{ name: `shot-${index}.png`, mimeType: 'image/png', size: 64 }]);
      await expectUploaded(page, `shot-${index}.png`);
    }
    // Every file went once, language-neutral, and no attach was refused.
    expect(seen.uploads.sort()).toEqual(['shot-0.png', 'shot-1.png', 'shot-2.png']);
    expect(attached.map((body) => body.locale ?? null)).toEqual([null, null, null]);
    const stored = [...mockServer.runtime.store.state.assets.values()].filter((a) => a.segmentId === segment);
    expect(stored.map((a) => a.locale)).toEqual([null, null, null]);
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
  });
});
