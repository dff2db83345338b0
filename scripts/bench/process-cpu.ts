import { readdirSync, readFileSync } from 'node:fs';

/** /proc counts in clock ticks, 100 a second on Linux. */
const MS_PER_TICK = 10;

function stat(pid: string): { ppid: number; ms: number } | null {
  try {
    // The command name (in parentheses) may hold spaces: the fields start after its ")".
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { ppid: Number(fields[1]), ms: (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK };
  } catch {
    return null;
  }
}

function commandOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null;
  }
}

export interface CpuSoFar {
  /** Chromium's renderer and GPU processes: the page's own work (script, layout, paint, raster, compositing). */
  page: number;
  /**
   * Every process this one started (all of Chromium: the browser, its network service, the
   * page; `vite preview`), and this process itself (the mock HTTP server and Playwright's
   * client): all the CPU a run takes on the machine's cores.
   */
  all: number;
}

/**
 * The CPU time so far, in ms, of the processes this process started, and of itself. Read from
 * /proc, so the machine's other processes (another bench, another project's tests) do not
 * count. Null where there is no /proc.
 */
export function cpuSoFar(): CpuSoFar | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const stats = new Map(pids.map((pid) => [Number(pid), stat(pid)]));
  const ours = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 20; hops += 1) {
      const parent = stats.get(at)?.ppid;
      if (parent === process.pid) return true;
      if (parent === undefined) return false;
      at = parent;
    }
    return false;
  };
  const self = process.cpuUsage();
  const total = { page: 0, all: (self.user + self.system) / 1000 };
  for (const [pid, s] of stats) {
    if (!s || !ours(pid)) continue;
    total.all += s.ms;
    if (/chrom.*--type=(renderer|gpu-process)/is.test(commandOf(pid) ?? '')) total.page += s.ms;
  }
  return total;
}
