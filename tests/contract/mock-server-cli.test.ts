import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const TSX = resolve('node_modules/.bin/tsx');
const CLI = resolve('mocks/http/cli.ts');

/** Runs `npm run mock:server` the way npm does (tsx on the CLI) and waits for it to end. */
async function runCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(TSX, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

let busy: Server | null = null;
async function takePort(): Promise<number> {
  busy = createServer();
  busy.listen(0, '127.0.0.1');
  await once(busy, 'listening');
  return (busy.address() as AddressInfo).port;
}
afterEach(() => {
  busy?.close();
  busy = null;
});

describe('npm run mock:server on a busy port', () => {
  it('says which port is taken and what to do, with no EADDRINUSE stack', async () => {
    const port = await takePort();
    const { code, stderr } = await runCli(['--port', String(port)]);
    expect(code).toBe(1);
    expect(stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(stderr).toContain(`npm run mock:server -- --port ${port + 1}`);
    expect(stderr).toContain(`MOCK_PORT=${port + 1} npm run mock:server`);
    expect(stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
  });

  it('names the port MOCK_PORT asked for', async () => {
    const port = await takePort();
    const { code, stderr } = await runCli([], { MOCK_PORT: String(port) });
    expect(code).toBe(1);
    expect(stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
  });

  it('refuses a port that is not a number, saying so', async () => {
    const { code, stderr } = await runCli(['--port', 'eighty']);
    expect(code).toBe(1);
    expect(stderr).toContain('"eighty" is not a port');
  });
});
