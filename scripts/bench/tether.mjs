// `node tether.mjs <command> [args…]`: runs the command (and all it starts, in a process group of
// its own) for as long as the process that started this one is alive. That parent holds this
// process's stdin: when the parent ends, however it ends (an error, Ctrl+C, SIGTERM, even
// SIGKILL, which runs no handler), the pipe closes and the command's whole group is ended. The
// bench runs `vite preview` and its build through this (scripts/bench/tied-child.ts), so a failed
// run cannot leave port 4317 taken for the next one. SIGTERM, SIGINT or SIGHUP here end it too.
import { spawn } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: true });

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // ESRCH: the group has ended already.
    }
  };
  signal('SIGTERM');
  // A command that ignores SIGTERM is not allowed to stay.
  setTimeout(() => signal('SIGKILL'), 5000).unref();
}

child.once('error', (error) => {
  console.error(`${command}: ${error.message}`);
  process.exit(127);
});
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
process.stdin.on('end', stop).on('close', stop).on('error', stop).resume();
for (const name of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(name, stop);
