import type { Locator, Page } from '@playwright/test';
import { connectTo, expect, test } from './fixtures';
import { attachOnServer, SCREEN } from './marks-helpers';
import { storedUploads } from './upload-helpers';

/**
 * "Use for other segments": one screenshot, each chosen segment with its own copy and its own
 * mark, through the upload queue (so a reload in the middle loses nothing). Against the mock
 * HTTP server, whose store the test reads.
 */
const SEGMENT = 27665614;
const assets = (page: Page) => page.getByRole('grid', { name: 'Assets' });
const tile = (page: Page, name: string) => assets(page).getByRole('gridcell').filter({ has: page.getByRole('button', { name: `Open ${name}`, exact: true }) });

type MockServer = Parameters<typeof attachOnServer>[0];

/** Opens shared.png, chooses `targets` and draws one mark for each, the i-th moved right by i × 10 %. */
async function shareWithMarks(page: Page, targets: number[]): Promise<Locator> {
  await tile(page, 'shared.png').getByRole('button', { name: 'Open shared.png' }).click();
  const dialog = page.getByRole('dialog', { name: 'shared.png' });
  await dialog.getByRole('button', { name: 'Use for other segments…' }).click();
  for (const id of targets) await dialog.getByRole('checkbox', { name: new RegExp(`^${id} `) }).check();
  await dialog.getByRole('button', { name: 'Next: mark each segment' }).click();
  for (const [i, id] of targets.entries()) {
    await expect(dialog.getByText(`Segment ${i + 1} of ${targets.length}: ${id}`)).toBeVisible();
    // The segment's own text is shown while its mark is drawn.
    await expect(dialog.locator('.sap-marking-hint')).not.toBeEmpty();
    await dialog.getByRole('button', { name: 'New mark' }).click();
    for (let step = 0; step < i; step += 1) await page.keyboard.press('Shift+ArrowRight');
    await dialog.getByRole('button', { name: 'Save marks' }).click();
  }
  return dialog;
}

/** Each target holds the copy and its marks file, written on the copy's own version, its mark where it was drawn. */
async function expectCopiesWithMarks(mockServer: MockServer, targets: number[]) {
  const { store } = mockServer.runtime;
  const onServer = () => targets.map((id) => store.list('demo', 'pr7214', [id], mockServer.url).map((a) => a.name).sort().join(' '));
  await expect.poll(onServer, { timeout: 30_000 }).toEqual(targets.map(() => 'shared.png shared.png.marks.json'));
  for (const [i, id] of targets.entries()) {
    const file = [...store.state.assets.values()].find((a) => a.segmentId === id && a.name === 'shared.png.marks.json')!;
    const written = JSON.parse(await file.blob.text()) as { image: { v: string }; marks: { x: number }[] };
    const copy = store.list('demo', 'pr7214', [id], mockServer.url).find((a) => a.name === 'shared.png')!;
    expect(written.image.v).toBe(new URL(copy.downloadUrl).searchParams.get('v'));
    expect(written.marks[0]!.x).toBeCloseTo(0.4 + 0.1 * i, 5);
  }
}

test.describe('one screenshot for many segments', () => {
  test('one screenshot for three segments: each gets its own copy and its own mark, and the counts follow', async ({ page, mockServer }) => {
    attachOnServer(mockServer, SEGMENT, 'shared.png', SCREEN, 'image/png');
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    const targets = [27665615, 27665616, 27665617];
    const dialog = await shareWithMarks(page, targets);
    await expect(dialog.getByRole('status').filter({ hasText: 'On its way to the 3 chosen segments' })).toBeVisible();
    await expectCopiesWithMarks(mockServer, targets);
    await page.keyboard.press('Escape');
    // The segment list counts the copies, not the marks files.
    await expect(page.getByRole('listbox', { name: 'Segments' }).getByRole('option', { name: /^27665616 / })).toContainText('de 1');
    await page.getByRole('listbox', { name: 'Segments' }).getByRole('option', { name: /^27665616 / }).click();
    await expect(tile(page, 'shared.png').locator('.sap-marks .sap-mark')).toHaveCount(1);
  });

  test('a reload before the copies are attached loses no mark: each copy writes its own once it lands', async ({ page, mockServer }) => {
    attachOnServer(mockServer, SEGMENT, 'shared.png', SCREEN, 'image/png');
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    const targets = [27665618, 27665619];
    // The server takes no bytes for now: the copies wait in the queue, kept on disk.
    mockServer.runtime.faults.set('upload:503:*');
    await shareWithMarks(page, targets);
    await expect.poll(async () => (await storedUploads(page)).records.filter((r) => r.name === 'shared.png' && r.file === 'kept').length).toBe(2);
    await page.reload();
    mockServer.runtime.faults.clear();
    await connectTo(page, mockServer.url, `scope=pr7214&segment=${SEGMENT}`);
    await expectCopiesWithMarks(mockServer, targets);
  });
});
