import { connectTo, expect, fillCredentials, test, trustLinkServer } from './fixtures';
import { openSegment } from './layout-helpers';

test.describe('the standalone app on the built-in mock', () => {
  test('signs in as demo by itself and shows the demo segment\u2019s assets', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\?scope=pr7214&segment=27665601$/);
    await expect(page.getByText('Signed in as demo on mock')).toBeVisible();
    const assets = page.getByRole('grid', { name: 'Assets' });
    await expect(assets.getByRole('gridcell')).toHaveCount(3);
    await expect(assets).toContainText('pexels-gons3.jpg');
    await expect(assets).toContainText('checkout-screen.png');
    await expect(assets).toContainText('public/views/');
  });

  test('opens the view the URL names, and keeps a new choice in the URL', async ({ page }) => {
    await page.goto('/?scope=pr7214&segment=27665603');
    await expect(page.getByRole('grid', { name: 'Assets' })).toContainText('style-guide.pdf');
    await openSegment(page, '27665602');
    await expect(page).toHaveURL(/segment=27665602/);
    await expect(page.getByRole('grid', { name: 'Assets' })).toContainText('add-to-cart-flow.webm');
    await page.goBack();
    await expect(page.getByRole('grid', { name: 'Assets' })).toContainText('style-guide.pdf');
  });

  test('checks scope and segment before asking the server', async ({ page }) => {
    await page.goto('/');
    await openSegment(page, 'abc', 'project 7214');
    await expect(page.getByText('\u201cproject 7214\u201d is not a scope')).toBeVisible();
    await expect(page.getByText('\u201cabc\u201d is not a segment ID')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Scope' })).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/scope=pr7214&segment=27665601/);
  });

  test('shows the server\u2019s own words for a scope without rights and an empty segment', async ({ page }) => {
    await page.goto('/?scope=pr9999&segment=29990001');
    await expect(page.getByRole('alert')).toContainText('You do not have the right to access the reference material of this project.');
    await page.goto('/?scope=pr7214&segment=27665630');
    await expect(page.getByText('No context yet: drop screenshots or videos here.')).toBeVisible();
  });
});

test.describe('the app against the mock HTTP server', () => {
  test('asks for credentials, keeps the token out of the URL and storage, and lists assets', async ({ page, mockServer }) => {
    const tokenRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(mockServer.url)) tokenRequests.push(request.url());
    });
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665601');
    await expect(page.getByText(`Signed in as demo on ${new URL(mockServer.url).origin}`)).toBeVisible();
    await expect(page.getByRole('grid', { name: 'Assets' }).getByRole('gridcell')).toHaveCount(3);

    const token = [...mockServer.runtime.store.state.sessions.keys()][0]!;
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(page.url()).not.toContain(token);
    expect(tokenRequests.some((url) => url.includes(token))).toBe(false);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain('demo-key');
  });

  test('says what the server said when the key is wrong', async ({ page, mockServer }) => {
    await page.goto(`/?server=${encodeURIComponent(mockServer.url)}`);
    await fillCredentials(page, 'not-the-key');
    await trustLinkServer(page);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('alert')).toHaveText('The account ID or the API key is not valid.');
  });

  test('says the server cannot be reached when it is down', async ({ page, mockServer }) => {
    const url = mockServer.url;
    await mockServer.close();
    await page.goto(`/?server=${encodeURIComponent(url)}`);
    await fillCredentials(page);
    await trustLinkServer(page);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('alert')).toHaveText('The server could not be reached. Check your connection.');
  });

  test('a server from the link gets no credential until the user trusts its full origin', async ({ page, mockServer }) => {
    const origin = new URL(mockServer.url).origin;
    const tokenCalls: number[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(origin)) tokenCalls.push(Date.now());
    });
    await page.goto(`/?server=${encodeURIComponent(mockServer.url)}`);
    const notice = page.locator('.sap-connect-trust');
    await expect(notice).toContainText('This server came with the link you opened, not from you:');
    await expect(notice.locator('.sap-origin')).toHaveText(origin);
    await fillCredentials(page);
    const trust = page.getByRole('checkbox', { name: `I trust ${origin} with my API key` });
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('button', { name: 'Connect' }).press('Enter');
    // The form stays, unsent: the confirmation is what it is missing.
    expect(await trust.evaluate((box) => box.matches(':invalid'))).toBe(true);
    await expect(page.getByRole('textbox', { name: 'API key' })).toHaveValue('demo-key');
    expect(tokenCalls).toEqual([]);
    expect(mockServer.runtime.store.state.sessions.size).toBe(0);

    await trust.check();
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByText(`Signed in as demo on ${origin}`)).toBeVisible();
    // One sign-in: the one after the confirmation.
    expect(mockServer.runtime.store.state.sessions.size).toBe(1);
  });

  test('a server the user types needs no confirmation; a link to plain http or a look-alike address gets nothing', async ({ page, mockServer }) => {
    const elsewhere: string[] = [];
    await page.route(/^https?:\/\/(evil\.example|[^/]*@)/, (route) => {
      elsewhere.push(route.request().url());
      return route.abort();
    });
    for (const [server, problem] of [
      ['http://evil.example', 'Use https://: an API key must not travel unencrypted.'],
      ['https://wordbee-translator.com@evil.example', 'Remove the name before the @ from the address'],
      ['javascript:alert(1)', 'Enter the server\u2019s address, starting with https:// or http://.'],
    ]) {
      await page.goto(`/?server=${encodeURIComponent(server!)}`);
      await expect(page.getByText(problem!)).toBeVisible();
      await expect(page.getByRole('checkbox')).toHaveCount(0);
      await fillCredentials(page);
      await page.getByRole('button', { name: 'Connect' }).click();
      await expect(page.getByRole('textbox', { name: 'Server URL' })).toHaveAttribute('aria-invalid', 'true');
    }
    // Mending the link's address as told (https, no name before the @) keeps it the link's server.
    for (const server of ['http://evil.example', 'https://wordbee-translator.com@evil.example']) {
      await page.goto(`/?server=${encodeURIComponent(server)}`);
      await page.getByRole('textbox', { name: 'Server URL' }).fill('https://evil.example');
      await expect(page.getByRole('checkbox', { name: 'I trust https://evil.example:443 with my API key' })).toBeVisible();
      await fillCredentials(page);
      await page.getByRole('button', { name: 'Connect' }).click();
    }
    // An https server from a link asks first, and the form sends nothing to it until then.
    await page.goto(`/?server=${encodeURIComponent('https://evil.example:8443/')}`);
    await expect(page.locator('.sap-origin')).toHaveText('https://evil.example:8443');
    await fillCredentials(page);
    await page.getByRole('button', { name: 'Connect' }).click();
    const trust = page.getByRole('checkbox', { name: 'I trust https://evil.example:8443 with my API key' });
    expect(await trust.evaluate((box) => box.matches(':invalid'))).toBe(true);
    // Typing another server over it is the user's own choice: no confirmation.
    await page.getByRole('textbox', { name: 'Server URL' }).fill(mockServer.url);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByText(`Signed in as demo on ${new URL(mockServer.url).origin}`)).toBeVisible();
    expect(elsewhere).toEqual([]);
  });
});
