import type { Page } from '@playwright/test';

/** Records main-thread tasks over 50 ms (the Long Tasks API) from the page's start. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The long tasks since the last call (and forgets them). */
export async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    const tasks = w.longTasks;
    w.longTasks = [];
    return tasks;
  });
}
