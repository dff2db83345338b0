import { expect, test } from './fixtures';

test.describe('the browser mock (MSW worker)', () => {
  test('keeps its data in IndexedDB across a reload, until "Reset demo data"', async ({ page }) => {
    await page.goto('/?scope=pr7214&segment=27665610');
    await expect(page.getByText('No context yet: drop screenshots or videos here.')).toBeVisible();
    // Data changed behind the app's back, through the mock's own control call.
    const added = await page.evaluate(async () => {
      const response = await fetch('/__mock/seed', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Mock-Control': '1' },
        body: JSON.stringify({ segmentId: 27665610, count: 3, locale: 'de' }),
      });
      return (await response.json()).added;
    });
    expect(added).toBe(3);
    await page.reload();
    const assets = page.getByRole('list', { name: 'Assets' });
    await expect(assets.getByRole('listitem')).toHaveCount(3);
    await page.reload();
    await expect(assets.getByRole('listitem')).toHaveCount(3);

    await page.getByText('Mock backend', { exact: true }).last().click();
    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Done: Reset demo data' })).toBeVisible();
    await expect(page.getByText('No context yet: drop screenshots or videos here.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('No context yet: drop screenshots or videos here.')).toBeVisible();
  });

  test('switches faults on from the URL: the server\u2019s error reaches the user', async ({ page }) => {
    await page.goto('/?scope=pr7214&segment=27665601&mock-faults=list:403:1');
    await expect(page.getByRole('alert')).toHaveText(/The request could not be processed\./);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('list', { name: 'Assets' }).getByRole('listitem')).toHaveCount(3);
  });

  test('an expired session is renewed without the user noticing', async ({ page }) => {
    await page.goto('/?scope=pr7214&segment=27665601');
    await expect(page.getByRole('list', { name: 'Assets' }).getByRole('listitem')).toHaveCount(3);
    await page.getByText('Mock backend', { exact: true }).last().click();
    await page.getByRole('button', { name: 'Expire session now' }).click();
    await expect(page.getByText('Done: Expire session now')).toBeVisible();
    await page.getByRole('textbox', { name: 'Segment' }).fill('27665602');
    await page.getByRole('button', { name: 'Open segment' }).click();
    await expect(page.getByRole('list', { name: 'Assets' })).toContainText('add-to-cart-flow.webm');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
