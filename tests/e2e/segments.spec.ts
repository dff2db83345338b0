import { connectTo, expect, test } from './fixtures';

test.describe('choosing a segment from the list', () => {
  test('shows a page of the demo document with texts and counts; Down moves the selection and the gallery follows', async ({ page }) => {
    await page.goto('/?scope=pr7214&segment=27665601');
    const list = page.getByRole('listbox', { name: 'Segments' });
    await expect(list.getByRole('option')).toHaveCount(10);
    await expect(page.getByText('Segments 1\u201310 of 30')).toBeVisible();
    const first = list.getByRole('option', { name: /^27665601 / });
    await expect(first).toContainText('Place order');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(first).toHaveAccessibleName('27665601 Place order Assets: Language-neutral 1 de 1 en 1');
    await expect(list.getByRole('option', { name: /^27665605 / })).toContainText('no assets');

    await first.click();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/segment=27665602/);
    await expect(list.getByRole('option', { name: /^27665602 / })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('region', { name: 'Context of segment 27665602' })).toContainText('add-to-cart-flow.webm');

    // The URL keeps each choice: Back returns to the segment before.
    await page.goBack();
    await expect(page).toHaveURL(/segment=27665601/);
    await expect(first).toHaveAttribute('aria-selected', 'true');
  });

  test('turns pages with the buttons and the keys', async ({ page }) => {
    await page.goto('/?scope=pr7214&segment=27665601');
    const list = page.getByRole('listbox', { name: 'Segments' });
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByText('Segments 11\u201320 of 30')).toBeVisible();
    await expect(list.getByRole('option', { name: /^27665611 / })).toContainText('Subtotal ({count} items)');
    await expect(page).toHaveURL(/segment=27665601/);

    await list.focus();
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/segment=27665630/);
    await expect(page.getByText('Segments 21\u201330 of 30')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/segment=27665620/);
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/segment=27665601/);
    await expect(page.getByText('Segments 1\u201310 of 30')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Context of segment 27665601' })).toContainText('pexels-gons3.jpg');
  });

  test('has no list for a scope the mock has no texts for', async ({ page }) => {
    await page.goto('/?scope=pr9999&segment=29990001');
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByRole('listbox', { name: 'Segments' })).toHaveCount(0);
  });
});

test.describe('the segment list against the mock HTTP server', () => {
  test('asks for the counts with one call per page, never one per segment', async ({ page, mockServer }) => {
    const several: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.method() === 'GET' && url.pathname === '/api/resources/assets/list') several.push(url.searchParams.get('segmentIds') ?? '');
    });
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665601');
    const list = page.getByRole('listbox', { name: 'Segments' });
    await expect(list.getByRole('option', { name: /^27665604 / })).toContainText('de 1');
    await expect(list.getByRole('option', { name: /^27665604 / })).toContainText('ja 1');

    await list.focus();
    for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/segment=27665611/);
    await expect(list.getByRole('option', { name: /^27665611 / })).toContainText('no assets');
    const ids = (from: number) => Array.from({ length: 10 }, (_, i) => 27665601 + from + i).join(',');
    expect(several).toEqual([ids(0), ids(10)]);
  });
});
