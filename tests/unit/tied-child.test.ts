// The bench's servers end with it, however it ends (issue 15 item 6): a parent that starts a
// server as the bench starts `vite preview` (scripts/bench/tied-child.ts) and then fails, or is
// ended by SIGINT, SIGTERM or SIGKILL, leaves no process and no port behind.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { describe, it } from 'vitest';

const PARENT = new URL('./fixtures/tied-parent.ts', import.meta.url).pathname;

function startParent(how: 'throw' | 'wait') {
  const parent = spawn(process.execPath, ['--import', 'tsx', PARENT, how], { stdio: ['ignore', 'pipe', 'pipe'] });
  const listening = new Promise<{ port: number; pid: number }>((resolve, reject) => {
    parent.stdout.on('data', (chunk: Buffer) => {
      const match = /listening (\d+) (\d+)/.exec(chunk.toString());
      if (match) resolve({ port: Number(match[1]), pid: Number(match[2]) });
    });
    parent.once('exit', (code) => reject(new Error(`the parent ended (${code}) before its server listened`)));
  });
  const ended = new Promise<void>((resolve) => parent.once('exit', () => resolve()));
  return { parent, listening, ended };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const answers = (port: number) => new Promise<boolean>((resolve) => {
  const socket = connect(port, '127.0.0.1');
  socket.once('connect', () => {
    socket.destroy();
    resolve(true);
  });
  socket.once('error', () => resolve(false));
});

async function gone(port: number, pid: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < 20_000;) {
    if (!alive(pid) && !(await answers(port))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

// Concurrent: each case waits mostly on a Node start.
describe.concurrent('a server the bench started ends with the bench', () => {
  it('when the bench fails with an error', async ({ expect }) => {
    const { listening, ended } = startParent('throw');
    const { port, pid } = await listening;
    await ended;
    expect(await gone(port, pid)).toBe(true);
  }, 60_000);

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGKILL'] as const) {
    it(`when the bench is ended by ${signal}`, async ({ expect }) => {
      const { parent, listening, ended } = startParent('wait');
      const { port, pid } = await listening;
      expect(await answers(port)).toBe(true);
      parent.kill(signal);
      await ended;
      expect(await gone(port, pid)).toBe(true);
    }, 60_000);
  }
});
