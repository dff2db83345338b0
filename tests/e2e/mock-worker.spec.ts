import { expect, test } from './fixtures';
import { openSegment } from './layout-helpers';

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
    const assets = page.getByRole('grid', { name: 'Assets' });
    await expect(assets.getByRole('gridcell')).toHaveCount(3);
    await page.reload();
    await expect(assets.getByRole('gridcell')).toHaveCount(3);

    await page.getByText('Mock backend', { exact: true }).last().click();
    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Done: Reset demo data' })).toBeVisible();
    await expect(page.getByText('No context yet: drop screenshots or videos here.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('No context yet: drop screenshots or videos here.')).toBeVisible();
  });

  test('switches faults on from the URL: the server\u2019s error reaches the user', async ({ page }) => {
    // Every list call fails (the gallery's and the segment list's, whichever asks first) until the
    // faults are cleared from the mock menu. 400: "Try again" is offered (a 403 or 404 says no retry can help).
    await page.goto('/?scope=pr7214&segment=27665601&mock-faults=list:400:*');
    const panel = page.getByRole('region', { name: 'Context of segment 27665601' });
    await expect(panel.getByRole('alert')).toHaveText(/The request could not be processed\./);
    await page.locator('summary', { hasText: 'Mock backend' }).click();
    await page.getByRole('textbox', { name: 'Faults' }).fill('');
    await page.getByRole('button', { name: 'Apply faults' }).click();
    await expect(page.getByText('Done: no faults')).toBeVisible();
    await panel.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('grid', { name: 'Assets' }).getByRole('gridcell')).toHaveCount(3);
  });

  test('an expired session is renewed without the user noticing', async ({ page }) => {
    await page.goto('/?scope=pr7214&segment=27665601');
    await expect(page.getByRole('grid', { name: 'Assets' }).getByRole('gridcell')).toHaveCount(3);
    await page.getByText('Mock backend', { exact: true }).last().click();
    await page.getByRole('button', { name: 'Expire session now' }).click();
    await expect(page.getByText('Done: Expire session now')).toBeVisible();
    await openSegment(page, '27665602');
    await expect(page.getByRole('grid', { name: 'Assets' })).toContainText('add-to-cart-flow.webm');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
