import { connectTo, expect, fillCredentials, test } from './fixtures';

test.describe('newcomer paths', () => {
  test('the app remembers the server URL across visits, never the key or the token', async ({ page, mockServer }) => {
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665601');
    const origin = `http://127.0.0.1:${mockServer.port}`;
    await expect(page.getByText(`Signed in as demo on ${origin}`)).toBeVisible();
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    expect(stored['segment-asset-panel:server']).toBe(mockServer.url);
    const secrets = ['demo-key', ...mockServer.runtime.store.state.sessions.keys()];
    for (const value of Object.values(stored)) for (const secret of secrets) expect(value).not.toContain(secret);

    // Another visit, without the link (this build then opens on its built-in mock).
    await page.goto('/');
    await page.getByRole('button', { name: 'Connect to a server\u2026' }).click();
    await expect(page.getByRole('textbox', { name: 'Server URL' })).toHaveValue(mockServer.url);
    await expect(page.getByRole('textbox', { name: 'Account ID' })).toHaveValue('');
    await expect(page.getByRole('textbox', { name: 'API key' })).toHaveValue('');
    await fillCredentials(page);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByText(`Signed in as demo on ${origin}`)).toBeVisible();
  });

  test('the demo editor asks for the key in a form (no prompt), and says why in one sentence', async ({ page, mockServer }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // This server's demo account has another key than the one the development build knows.
    mockServer.runtime.store.state.world.accounts[0]!.key = 'team-key';
    const host = `127.0.0.1:${mockServer.port}`;
    await page.goto(`/demo/editor.html?api=${encodeURIComponent(mockServer.url)}`);
    const form = page.getByRole('form', { name: `Sign in to ${host} as demo` });
    const problem = `Could not sign in to ${host}: The account ID or the API key is not valid.`;
    await expect(form.getByRole('alert')).toHaveText(problem);
    await form.getByLabel('API key').fill('wrong-key');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(form.getByRole('alert')).toHaveText(problem);
    await form.getByLabel('API key').fill('team-key');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(form).toHaveCount(0);
    await expect(page.getByText(`Signed in to ${host} as demo \u2014 scope pr7214`)).toBeVisible();
    await expect(page.locator('segment-asset-panel').getByRole('grid', { name: 'Assets' })).toContainText('checkout-de.png');
    expect(dialogs).toEqual([]);
  });
});
