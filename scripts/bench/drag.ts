import type { FrameLocator, Locator, Page } from '@playwright/test';

/**
 * Where the tests drop files: the "Add files" button. The whole panel takes drops; a drop there
 * bubbles to it, and the button is also the file picker (click, Enter, Space).
 */
export function dropzone(scope: Page | Locator | FrameLocator): Locator {
  return scope.getByRole('button', { name: 'Add files', exact: true });
}

/**
 * A drop of files or folders from the disk, as the operating system makes it (Chromium's own
 * drag pipeline through CDP): folders arrive as directory entries, with their sub-folders.
 */
export async function dropPaths(target: Locator, paths: string[]): Promise<void> {
  const page = target.page();
  // A drag lands where the pointer is: the target must be on the screen (it may sit below the gallery).
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('drop target is not visible');
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  await cdp.detach();
}
