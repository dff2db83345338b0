import type { Browser } from '@playwright/test';
import { sizedFile } from './files';
import { dropFromDisk, newPage, openElement, type MockServer } from './harness';
import { mb } from './stats';

export interface HeapResult {
  fileBytes: number;
  ms: number;
  heapBeforeMB: number;
  heapPeakMB: number;
  heapGrowthMB: number;
}

/** One 1 GB file from the disk through the panel: how much the page's JS heap grows meanwhile. */
export async function benchHeap(browser: Browser, server: MockServer, bytes = 1024 * 1024 * 1024): Promise<HeapResult> {
  await server.runtime.context.reset();
  const path = sizedFile('huge-1gb.bin', bytes);
  const page = await newPage(browser);
  await openElement(page, server, 27665613, { 'max-file-size': String(2 * bytes) });
  await page.getByText('No context yet').waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const used = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const before = await used();
  let peak = before;
  const start = Date.now();
  await dropFromDisk(page, [path]);
  const done = page.getByText('1 of 1 uploaded').waitFor({ timeout: 300_000 }).then(() => true);
  let finished = false;
  void done.then(() => { finished = true; });
  while (!finished) {
    peak = Math.max(peak, await used());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const ms = Date.now() - start;
  await page.close();
  await server.runtime.context.reset();
  return { fileBytes: bytes, ms, heapBeforeMB: mb(before), heapPeakMB: mb(peak), heapGrowthMB: mb(peak - before) };
}
