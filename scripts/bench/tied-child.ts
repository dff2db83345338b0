import { spawn, type ChildProcess } from 'node:child_process';

const TETHER = new URL('./tether.mjs', import.meta.url).pathname;

/**
 * A child process that cannot outlive this one: it runs under `tether.mjs`, which ends the
 * command's whole process group (npx, sh, vite…) when this process ends, however it ends, SIGKILL
 * included. `stopProcessGroup` ends it sooner. stdout is piped (to wait for a line) or inherited.
 */
export function spawnTied(command: string, args: string[], options: { cwd: string; stdout?: 'pipe' | 'inherit'; env?: NodeJS.ProcessEnv }): ChildProcess {
  return spawn(process.execPath, [TETHER, command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    // stdin is the tether's line to this process: it must stay a pipe that only this process holds.
    stdio: ['pipe', options.stdout ?? 'inherit', 'inherit'],
    detached: true,
  });
}

/** Ends the child and everything it started; a group already gone is fine. */
export function stopProcessGroup(child: ChildProcess) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // ESRCH: it had ended already.
  }
}
