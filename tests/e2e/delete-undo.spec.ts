import type { Page } from '@playwright/test';
import { connectTo, expect, test } from './fixtures';

type MockServer = Parameters<Parameters<typeof test>[2]>[0]['mockServer'];

const SEGMENT = 27665627;
const grid = (page: Page) => page.getByRole('grid', { name: 'Assets' });
const stored = (server: MockServer, segmentId = SEGMENT) => [...server.runtime.store.state.assets.values()]
  .filter((a) => a.segmentId === segmentId).map((a) => a.name).sort();

/** The deletes the mock's HTTP server carried out: a file's name, or `*` for a whole segment. */
function countDeletes(server: MockServer): string[] {
  const seen: string[] = [];
  const { store } = server.runtime;
  const one = store.deleteOne.bind(store);
  const all = store.deleteAll.bind(store);
  store.deleteOne = (...args: Parameters<typeof one>) => {
    seen.push(args[3].filename);
    return one(...args);
  };
  store.deleteAll = (...args: Parameters<typeof all>) => {
    seen.push('*');
    return all(...args);
  };
  return seen;
}

/** A segment of the HTTP mock with `count` files, opened in the app with a clock the test drives. */
async function openSegment(page: Page, server: MockServer, count: number, segmentId = SEGMENT) {
  await server.runtime.context.seedMany(segmentId, count, null, { files: 'text' });
  const deletes = countDeletes(server);
  await page.clock.install();
  await connectTo(page, server.url, `scope=pr7214&segment=${segmentId}`);
  await expect(page.getByText(`Showing ${count} of ${count}`)).toBeVisible();
  return deletes;
}

async function deleteOne(page: Page, name: string) {
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  await page.getByRole('dialog', { name: `Delete ${name}?` }).getByRole('button', { name: 'Delete', exact: true }).click();
}

test.describe('deleting is deliberate and undoable (mock HTTP server)', () => {
  test('Undo within the window: the tile comes back and no DELETE is ever sent', async ({ page, mockServer }) => {
    const deletes = await openSegment(page, mockServer, 2);
    await deleteOne(page, 'note-0001.txt');
    await expect(grid(page)).not.toContainText('note-0001.txt');
    await expect(page.getByText('Showing 1 of 1')).toBeVisible();
    await page.getByRole('button', { name: 'Undo deleting note-0001.txt' }).click();
    await expect(grid(page)).toContainText('note-0001.txt');
    await page.clock.fastForward(30_000);
    await expect(page.getByText('Showing 2 of 2')).toBeVisible();
    expect(deletes).toEqual([]);
    expect(stored(mockServer)).toEqual(['note-0001.txt', 'note-0002.txt']);
  });

  test('without Undo the DELETE goes out when the window ends, and the file is gone on the server', async ({ page, mockServer }) => {
    const deletes = await openSegment(page, mockServer, 2);
    await deleteOne(page, 'note-0002.txt');
    await page.clock.fastForward(9000);
    expect(deletes).toEqual([]);
    await page.clock.fastForward(2000);
    await expect.poll(() => deletes).toEqual(['note-0002.txt']);
    expect(stored(mockServer)).toEqual(['note-0001.txt']);
    await expect(page.getByText('Showing 1 of 1')).toBeVisible();
  });

  test('"Delete all…" is in "More"; with more than 10 files the number must be typed', async ({ page, mockServer }) => {
    const deletes = await openSegment(page, mockServer, 12);
    await expect(page.getByRole('button', { name: 'Delete all\u2026' })).toHaveCount(0);
    const more = page.getByRole('button', { name: 'More' });
    await more.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Delete all\u2026' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(more).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Delete all 12 assets of segment ${SEGMENT}?` });
    const confirm = dialog.getByRole('button', { name: 'Delete all 12' });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'To confirm, type the number of files: 12' }).fill('12');
    await confirm.click();
    await expect(page.getByText('No context yet')).toBeVisible();
    await page.clock.fastForward(11_000);
    await expect.poll(() => deletes).toEqual(['*']);
    expect(stored(mockServer)).toEqual([]);
  });

  test('a host that asks "Leave this page?" and keeps the user keeps the delete undecided: nothing is sent, Undo still works', async ({ page, mockServer }) => {
    const deletes = await openSegment(page, mockServer, 2);
    // The host editor's own guard, as CAT editors have for unsaved work.
    await page.evaluate(() => window.addEventListener('beforeunload', (event) => event.preventDefault()));
    await deleteOne(page, 'note-0001.txt');
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    // The user stayed: the tile is still gone with its Undo, and no DELETE went out.
    await expect(grid(page)).not.toContainText('note-0001.txt');
    await page.getByRole('button', { name: 'Undo deleting note-0001.txt' }).click();
    await expect(grid(page)).toContainText('note-0001.txt');
    await page.clock.fastForward(11_000);
    await expect(page.getByText('Showing 2 of 2')).toBeVisible();
    expect(deletes).toEqual([]);
    expect(stored(mockServer)).toEqual(['note-0001.txt', 'note-0002.txt']);
  });

  test('leaving the page during the window sends the DELETE (at once, or at the next load if the browser dropped it)', async ({ page, mockServer }) => {
    const deletes = await openSegment(page, mockServer, 2);
    await deleteOne(page, 'note-0001.txt');
    expect(deletes).toEqual([]);
    await page.goto('about:blank');
    // Chromium delivers the keepalive DELETE as the page goes, about nine times in ten; when it
    // drops it, the panel's next load sends it. Either way: exactly once, and only that file.
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expect(page.getByText('Showing 1 of 1')).toBeVisible();
    await expect.poll(() => deletes).toEqual(['note-0001.txt']);
    expect(stored(mockServer)).toEqual(['note-0002.txt']);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('unsent-deletes')))).toEqual([]);
  });
});
