import type { Page } from '@playwright/test';
import { connectTo, expect, test } from './fixtures';
import { dropFiles, fixtureFile } from './upload-helpers';

const grid = (page: Page) => page.getByRole('grid', { name: 'Assets' });
const cells = (page: Page) => grid(page).getByRole('gridcell');
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
/** The way in for files under the gallery ("Add files", or the drop target where there is no such button). */
const addFiles = (page: Page) => page.getByRole('button', { name: /^(Add files|Drop files here or choose files)$/ }).first();

/** Tab presses from the name filter until "Add files" has the focus (at most 40). */
async function tabsToAddFiles(page: Page): Promise<number> {
  await page.getByRole('searchbox', { name: 'Filter by name' }).focus();
  const target = addFiles(page);
  for (let presses = 1; presses <= 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  return Infinity;
}

test.describe('the gallery grid from the keyboard', () => {
  test('is one tab stop: "Add files" is as many Tabs away with 3 assets as with 40', async ({ page, mockServer }) => {
    await mockServer.runtime.context.seedMany(27665616, 40, null);
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665601');
    await expect(cells(page)).toHaveCount(3);
    const withThree = await tabsToAddFiles(page);
    // The toolbar's "More", the grid, the focused tile's buttons (3 at most), then what leads to "Add files".
    expect(withThree).toBeLessThanOrEqual(8);
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665616');
    await expect(page.getByText('Showing 40 of 40')).toBeVisible();
    expect(await tabsToAddFiles(page)).toBe(withThree);
    // A video in the grid: its inline controls are no extra stops (the lightbox has them).
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665602');
    await expect(grid(page).getByRole('gridcell', { name: /^add-to-cart-flow\.webm, video, Language-neutral$/ })).toHaveCount(1);
    await expect(grid(page).locator('video')).toHaveCount(1);
    expect(await tabsToAddFiles(page)).toBe(withThree);
  });

  test('Tab lands on a tile, arrows move, Enter opens the lightbox, Esc comes back, Delete asks', async ({ page }) => {
    await page.goto('/?scope=pr7214&segment=27665601');
    await expect(cells(page)).toHaveCount(3);
    await page.getByRole('searchbox', { name: 'Filter by name' }).focus();
    for (let i = 0; i < 4 && !(await grid(page).evaluate((g) => g.contains(document.activeElement))); i += 1) await page.keyboard.press('Tab');
    await expect(cells(page).first()).toBeFocused();
    // Its name, kind, language and marks, for screen readers.
    await expect(cells(page).first()).toHaveAccessibleName(/^[^,]+\.(png|jpg), image, (Deutsch|English|Language-neutral)(, marked)?$/);
    const first = await focusedName(page);
    await page.keyboard.press('ArrowRight');
    await expect(cells(page).nth(1)).toBeFocused();
    const second = (await focusedName(page)).split(',')[0]!;
    expect(second).not.toBe(first.split(',')[0]);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: `Download ${second}` })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(cells(page).nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: second });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(cells(page).nth(1)).toBeFocused();
    await page.keyboard.press('Delete');
    await expect(page.getByRole('dialog', { name: `Delete ${second}?` })).toBeVisible();
  });

  test('focus follows the keyboard through a windowed grid of 300: the tile is scrolled in, then focused', async ({ page, mockServer }) => {
    await mockServer.runtime.context.seedMany(27665617, 300, null);
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665617');
    await expect(page.getByText('Showing 300 of 300')).toBeVisible();
    await cells(page).first().focus();
    await page.keyboard.press('Control+End');
    const last = grid(page).getByRole('row').last().getByRole('gridcell').last();
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
    await expect(grid(page).getByRole('row').last()).toHaveAttribute('aria-rowindex', (await grid(page).getAttribute('aria-rowcount'))!);
    // Scrolled away by the wheel, the focused tile leaves the page: the grid keeps the focus, and
    // the next arrow goes on from that tile (scrolled back in first).
    await page.mouse.move(600, 400);
    for (let i = 0; i < 30 && await last.count(); i += 1) await page.mouse.wheel(0, -3000);
    await expect(page.locator('[role="gridcell"][data-index="299"]')).toHaveCount(0);
    await expect(grid(page)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    const before = page.locator('[role="gridcell"][data-index="298"]');
    await expect(before).toBeFocused();
    await expect(before).toBeInViewport();
    await page.keyboard.press('Control+Home');
    await expect(cells(page).first()).toBeFocused();
    await expect(cells(page).first()).toBeInViewport();
    // Page Down moves by a screenful of rows, not to the end.
    const focused = page.locator('[role="gridcell"]:focus');
    await page.keyboard.press('PageDown');
    await expect(focused).toBeInViewport();
    const page1 = Number(await focused.getAttribute('data-index'));
    expect(page1).toBeGreaterThan(0);
    expect(page1).toBeLessThan(40);
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('PageDown');
    await expect(focused).toBeInViewport();
    expect(Number(await focused.getAttribute('data-index'))).toBe(page1 * 6);
  });
});

test.describe('language-neutral assets are never hidden silently', () => {
  test('each language\u2019s count is what it shows; unchecking the neutral toggle in German does not empty French', async ({ page }) => {
    await page.goto('/?scope=pr7214&segment=27665601');
    await expect(cells(page)).toHaveCount(3);
    const language = page.getByRole('combobox', { name: 'Language', exact: true });
    const values = await language.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    for (const value of values) {
      await language.selectOption(value);
      const text = await language.locator(`option[value="${value}"]`).textContent();
      const count = Number(/\((\d+)\)$/.exec(text!)![1]);
      await expect(cells(page), `${text}`).toHaveCount(count);
    }
    await language.selectOption('de');
    await expect(language.locator('option[value="de"]')).toHaveText('Deutsch \u2014 de (2)');
    await page.getByRole('checkbox', { name: 'Show language-neutral assets' }).uncheck();
    await expect(cells(page)).toHaveCount(1);
    await expect(language.locator('option[value="de"]')).toHaveText('Deutsch \u2014 de (1)');
    await expect(page.getByText('1 language-neutral asset hidden')).toBeVisible();
    await language.selectOption('fr');
    await expect(page).toHaveURL(/locale=fr/);
    await expect(cells(page)).toHaveCount(1);
    await expect(cells(page).first()).toHaveAccessibleName(/^checkout-screen\.png, image, Language-neutral/);
    await expect(page.getByText('No asset matches this filter.')).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Show language-neutral assets' })).toBeChecked();
    await language.selectOption('all');
    await expect(page.getByRole('checkbox', { name: 'Show language-neutral assets' })).toBeEnabled();
    await expect(page.getByRole('checkbox', { name: 'Show language-neutral assets' })).toBeChecked();
  });
});

test.describe('words, numbers and names', () => {
  test('a long name loses its middle and keeps its end; the full name is on hover and for screen readers', async ({ page, mockServer }) => {
    const name = 'screenshot-20261127-checkout-page-after-the-payment-224230.png';
    await connectTo(page, mockServer.url, 'scope=pr7214&segment=27665625');
    await expect(page.getByText('No context yet')).toBeVisible();
    // Files dropped anywhere on the panel land; "Add files" is part of it.
    await dropFiles(addFiles(page), [fixtureFile('checkout-screen.png', 'image/png', name)]);
    const cell = cells(page).filter({ has: page.getByText(name, { exact: true }) });
    await expect(cell).toHaveAccessibleName(`${name}, image, Language-neutral`);
    const shown = cell.locator('.sap-middle');
    await expect(shown).toHaveAttribute('title', name);
    const head = shown.locator('.sap-middle-head');
    const tail = shown.locator('.sap-middle-tail');
    await expect(tail).toHaveAttribute('data-text', '-224230.png');
    expect(await tail.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"-224230.png"');
    // Once in the page as text: the name, whole.
    await expect(grid(page).getByText(name, { exact: true })).toHaveCount(1);
    // The head is cut (an ellipsis), the tail whole and inside the tile.
    expect(await head.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await head.evaluate((el) => getComputedStyle(el).textOverflow)).toBe('ellipsis');
    const [tailBox, cellBox] = [await tail.boundingBox(), await cell.boundingBox()];
    expect(tailBox!.x + tailBox!.width).toBeLessThanOrEqual(cellBox!.x + cellBox!.width);
    expect(await tail.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  });
});
