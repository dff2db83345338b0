import { expect, type Locator, type Page } from '@playwright/test';

/** The gallery of a panel (a grid of tiles; a list in older markup). */
export function assetsOf(scope: Page | Locator): Locator {
  return scope.getByRole('grid', { name: 'Assets' }).or(scope.getByRole('list', { name: 'Assets' }));
}

/**
 * The grid of a segment seeded with 1,000 assets (`seedMany`), before any scroll: windowed (its
 * first tiles shown, fewer than 60 in the DOM), its oldest (`screen-0001.png`, the last tile) not there yet.
 */
export async function expectWindowedAtStart(panel: Locator): Promise<{ tiles: Locator; oldest: Locator }> {
  const tiles = assetsOf(panel).locator('.sap-tile');
  await expect(tiles.first()).toBeVisible();
  expect(await tiles.count()).toBeLessThan(60);
  const oldest = assetsOf(panel).getByRole('img', { name: 'screen-0001.png' });
  await expect(oldest).toHaveCount(0);
  return { tiles, oldest };
}

/** The first tile's preview box (the part of the tile the image is shown in), once its image is decoded. */
export async function firstPreview(scope: Page | Locator): Promise<Locator> {
  const image = assetsOf(scope).locator('.sap-preview img').first();
  await image.page().waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, await image.elementHandle());
  return image.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " sap-preview ")][1]');
}

/**
 * Every element of the page (shadow roots included) that scrolls its content on its own:
 * overflow auto or scroll, with more content than room. The window is not one of them.
 */
export function scrollBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (element === document.documentElement || element === document.body) continue;
        const { overflowY, display } = getComputedStyle(element);
        if (display === 'none' || !['auto', 'scroll'].includes(overflowY)) continue;
        if (element.scrollHeight > element.clientHeight + 1) {
          found.push(`${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`);
        }
      }
    };
    visit(document);
    return found;
  });
}

/** How many tiles share the first tile's row. */
export function columnsOf(scope: Page | Locator): Promise<number> {
  return assetsOf(scope).evaluate((grid) => {
    const tops = [...grid.querySelectorAll('.sap-tile')].map((tile) => Math.round(tile.getBoundingClientRect().top));
    return tops.filter((top) => top === tops[0]).length;
  });
}

/** Whether the box lies wholly inside the viewport of the page. */
export async function inViewport(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<boolean> {
  const size = page.viewportSize()!;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
}

/**
 * Upload rows that overflow: per row, its own overflow (scrollWidth over clientWidth), a part
 * outside the row, or two parts side by side that overlap. Empty when every row fits.
 */
export function rowOverflows(uploads: Locator): Promise<string[]> {
  return uploads.evaluate((list) => {
    const problems: string[] = [];
    for (const row of list.querySelectorAll(':scope > li')) {
      const name = row.querySelector('bdi')?.textContent ?? '?';
      const box = row.getBoundingClientRect();
      if (row.scrollWidth > row.clientWidth + 1) problems.push(`${name}: row ${row.scrollWidth} > ${row.clientWidth}`);
      for (const line of row.children) {
        if (line.scrollWidth > line.clientWidth + 1) problems.push(`${name}: ${line.className} ${line.scrollWidth} > ${line.clientWidth}`);
        const parts = [...line.children].map((part) => ({ part, rect: part.getBoundingClientRect() })).filter(({ rect }) => rect.width > 0);
        parts.sort((a, b) => a.rect.left - b.rect.left);
        parts.forEach(({ part, rect }, i) => {
          if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) problems.push(`${name}: ${part.className || part.tagName} outside the row`);
          const next = parts[i + 1];
          if (next && rect.right > next.rect.left + 0.5 && rect.bottom > next.rect.top && next.rect.bottom > rect.top) {
            problems.push(`${name}: ${part.className || part.tagName} overlaps ${next.part.className || next.part.tagName}`);
          }
        });
      }
    }
    return problems;
  });
}

/**
 * Opens a segment through the standalone app's fields, which fold into the panel's header once a
 * segment is open ("Change segment").
 */
export async function openSegment(page: Page, segment: string, scope?: string): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Segment' });
  const change = page.getByRole('button', { name: 'Change segment' });
  // The bare fields before a segment is open, else the header's button (the app may still be signing in).
  await field.or(change).first().waitFor();
  if (!(await field.isVisible())) await change.click();
  if (scope !== undefined) await page.getByRole('textbox', { name: 'Scope' }).fill(scope);
  await field.fill(segment);
  await page.getByRole('button', { name: 'Open segment' }).click();
}
