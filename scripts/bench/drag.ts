import type { FrameLocator, Locator, Page } from '@playwright/test';

/** The panel's drop target. */
export function dropzone(scope: Page | Locator | FrameLocator): Locator {
  return scope.getByRole('button', { name: 'Drop files here or choose files' });
}

/**
 * A drop of files or folders from the disk, as the operating system makes it (Chromium's own
 * drag pipeline through CDP): folders arrive as directory entries, with their sub-folders.
 */
export async function dropPaths(target: Locator, paths: string[]): Promise<void> {
  const page = target.page();
  const box = await target.boundingBox();
  if (!box) throw new Error('drop target is not visible');
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  await cdp.detach();
}
