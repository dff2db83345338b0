import type { Browser, Page } from '@playwright/test';

/** The page's main-thread tasks while something ran: unlike the Long Tasks API, it sees below 50 ms. */
export interface MainThreadTasks {
  longestMs: number;
  over50: number;
  /** Every task over 16 ms (a frame at 60 Hz): a variant with none still compares with another. */
  over16: number;
  /** All tasks together: how much of the time the main thread was busy (steadier than the longest one). */
  busyMs: number;
}

interface TraceEvent { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }

// Chromium's scheduler wraps every main-thread task in this event (category `toplevel`, the
// lightest one that holds it: no layout, paint or script events are recorded beside it).
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Tasks of the renderer main thread that did the most work (the page measured: one page is open). */
export function mainThreadTasks(events: readonly TraceEvent[]): number[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, number[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !e.dur || !TASK_EVENTS.has(e.name) || !mains.has(thread)) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), e.dur / 1000]);
  }
  const total = (tasks: number[]) => tasks.reduce((sum, ms) => sum + ms, 0);
  return [...byThread.values()].sort((a, b) => total(b) - total(a))[0] ?? [];
}

export function summarizeTasks(tasks: readonly number[]): MainThreadTasks {
  return {
    longestMs: Math.round(Math.max(0, ...tasks)),
    over50: tasks.filter((ms) => ms > 50).length,
    over16: tasks.filter((ms) => ms > 16).length,
    busyMs: Math.round(tasks.reduce((sum, ms) => sum + ms, 0)),
  };
}

/** Runs `work` with Chromium tracing on, and returns the page's main-thread tasks meanwhile. */
export async function traceMainThread<T>(browser: Browser, page: Page, work: () => Promise<T>): Promise<{ value: T; tasks: MainThreadTasks }> {
  await browser.startTracing(page, { categories: ['toplevel'] });
  // Tracing stops whatever happens: a trace left running would refuse the next start.
  const outcome = await work().then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
  const trace = await browser.stopTracing();
  if (!outcome.ok) throw outcome.error;
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents ?? [];
  return { value: outcome.value, tasks: summarizeTasks(mainThreadTasks(events)) };
}
