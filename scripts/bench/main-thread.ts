import type { Browser, Page } from '@playwright/test';

/** The page's main-thread tasks while something ran: unlike the Long Tasks API, it sees below 50 ms. */
export interface MainThreadTasks {
  longestMs: number;
  over50: number;
  /** Every task over 16 ms (a frame at 60 Hz): a variant with none still compares with another. */
  over16: number;
  /** All tasks together: how much of the time the main thread was busy (steadier than the longest one). */
  busyMs: number;
  /**
   * The main thread's own CPU time inside the longest task: the rest of that task's time the
   * thread was ready but waiting for a core (taken by a worker, the compositor, another process).
   */
  longestTaskCpuMs: number;
  /** The most CPU time the main thread spent in one task: its heaviest piece of work, whatever the other threads did. */
  heaviestCpuMs: number;
  /** The CPU time of all tasks together. */
  busyCpuMs: number;
}

/** One task: its time on the clock, and the thread's CPU time in it (`tdur`, Chromium's thread ticks; 0 where the trace has none). */
export interface Task {
  ms: number;
  cpuMs: number;
}

interface TraceEvent { name: string; ph: string; ts?: number; dur?: number; tdur?: number; tid: number; pid: number; args?: { name?: string } }

// Chromium's scheduler wraps every main-thread task in this event (category `toplevel`, the
// lightest one that holds it: no layout, paint or script events are recorded beside it).
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * Tasks of the renderer main thread that did the most work (the page measured: one page is open).
 * A task is counted once: with `toplevel` alone Chromium records `ThreadControllerImpl::RunTask`,
 * but a trace with more categories also has `RunTask` around it (and a nested run loop nests
 * tasks), so only events that begin after the last counted one ended are taken.
 */
export function mainThreadTasks(events: readonly TraceEvent[]): Task[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !e.dur || !TASK_EVENTS.has(e.name) || !mains.has(thread)) continue;
    const list = byThread.get(thread) ?? [];
    list.push(e);
    byThread.set(thread, list);
  }
  const outermost = (list: TraceEvent[]): Task[] => {
    const tasks: Task[] = [];
    let end = -Infinity;
    // By start, the longer first where two start together (the outer one).
    for (const e of [...list].sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0) || b.dur! - a.dur!)) {
      if ((e.ts ?? 0) < end) continue;
      end = (e.ts ?? 0) + e.dur!;
      tasks.push({ ms: e.dur! / 1000, cpuMs: (e.tdur ?? 0) / 1000 });
    }
    return tasks;
  };
  const total = (tasks: Task[]) => tasks.reduce((sum, task) => sum + task.ms, 0);
  return [...byThread.values()].map(outermost).sort((a, b) => total(b) - total(a))[0] ?? [];
}

export function summarizeTasks(tasks: readonly Task[]): MainThreadTasks {
  const longest = tasks.reduce<Task | null>((top, task) => (!top || task.ms > top.ms ? task : top), null);
  const sum = (of: (task: Task) => number) => Math.round(tasks.reduce((total, task) => total + of(task), 0));
  return {
    longestMs: Math.round(longest?.ms ?? 0),
    over50: tasks.filter((task) => task.ms > 50).length,
    over16: tasks.filter((task) => task.ms > 16).length,
    busyMs: sum((task) => task.ms),
    longestTaskCpuMs: Math.round(longest?.cpuMs ?? 0),
    heaviestCpuMs: Math.round(tasks.reduce((most, task) => Math.max(most, task.cpuMs), 0)),
    busyCpuMs: sum((task) => task.cpuMs),
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
