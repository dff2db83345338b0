import { describe, expect, it } from 'vitest';
import { mainThreadTasks, summarizeTasks } from '../../scripts/bench/main-thread';

const meta = (pid: number, tid: number, name: string) => ({ ph: 'M', name: 'thread_name', pid, tid, args: { name } });
let clock = 0;
/** A task after the one before it on the same clock (1 ms apart). */
const task = (pid: number, tid: number, dur: number, tdur?: number, name = 'ThreadControllerImpl::RunTask') => {
  clock += dur + 1_000;
  return { ph: 'X', name, pid, tid, ts: clock - dur, dur, ...(tdur === undefined ? {} : { tdur }) };
};

describe('the main-thread tasks of a Chromium trace', () => {
  it('takes the busiest renderer main thread, with each task’s time on the clock and its CPU time', () => {
    const events = [
      meta(1, 10, 'CrRendererMain'), meta(2, 20, 'CrRendererMain'), meta(1, 11, 'DedicatedWorker thread'),
      // The page: a task that waited for a core (24 ms on the clock, 11 ms of its own work) and a heavy one.
      task(1, 10, 24_000, 11_000), task(1, 10, 15_000, 14_000), task(1, 10, 2_000, 2_000),
      // Another renderer (a blank page) and a worker of the page do not count.
      task(2, 20, 1_000, 1_000), task(1, 11, 90_000, 80_000),
    ];
    expect(mainThreadTasks(events)).toEqual([{ ms: 24, cpuMs: 11 }, { ms: 15, cpuMs: 14 }, { ms: 2, cpuMs: 2 }]);
  });

  it('sums them up: the longest by the clock and its CPU time, the heaviest by CPU time, and the totals', () => {
    // The longest task on the clock is mostly waiting; the heaviest work is in another task.
    expect(summarizeTasks([{ ms: 24, cpuMs: 11 }, { ms: 15, cpuMs: 14 }, { ms: 60, cpuMs: 5 }])).toEqual({
      longestMs: 60, over50: 1, over16: 2, busyMs: 99, longestTaskCpuMs: 5, heaviestCpuMs: 14, busyCpuMs: 30,
    });
    expect(summarizeTasks([])).toEqual({ longestMs: 0, over50: 0, over16: 0, busyMs: 0, longestTaskCpuMs: 0, heaviestCpuMs: 0, busyCpuMs: 0 });
  });

  it('counts a task once where Chromium records it twice, one event inside the other', () => {
    const outer = task(1, 10, 20_000, 12_000, 'RunTask');
    const inner = { ...outer, name: 'ThreadControllerImpl::RunTask', ts: outer.ts + 100, dur: 19_000, tdur: 11_500 };
    const next = task(1, 10, 5_000, 5_000, 'RunTask');
    expect(mainThreadTasks([meta(1, 10, 'CrRendererMain'), inner, outer, next])).toEqual([{ ms: 20, cpuMs: 12 }, { ms: 5, cpuMs: 5 }]);
  });

  it('reads a trace without thread times as no CPU time, not as a failure', () => {
    const tasks = mainThreadTasks([meta(1, 10, 'CrRendererMain'), task(1, 10, 30_000)]);
    expect(summarizeTasks(tasks)).toMatchObject({ longestMs: 30, longestTaskCpuMs: 0, heaviestCpuMs: 0 });
  });
});
