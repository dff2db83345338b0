import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function readmeExamples(): string {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const block = /<!-- curl-examples:start -->\s*```sh\n([\s\S]*?)```\s*<!-- curl-examples:end -->/.exec(readme);
  if (!block) throw new Error('README has no curl-examples block');
  return block[1]!;
}

/** `npm run mock:server` itself (the same command the README names), on a free port. */
function startCli(): Promise<{ process: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'mock:server', '--', '--port', '0'], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true,
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve({ process: child, url: match[1]! });
    });
    child.once('exit', (code) => reject(new Error(`mock:server exited with ${code}: ${output}`)));
  });
}

describe('the README\u2019s curl examples against npm run mock:server', () => {
  let server: { process: ChildProcess; url: string };
  beforeAll(async () => {
    server = await startCli();
  }, 30_000);
  afterAll(() => {
    // npm -> tsx -> node: end the whole process group.
    if (server?.process.pid) process.kill(-server.process.pid, 'SIGTERM');
  });

  it('every call answers as CONTRACT.md says', () => {
    expect(spawnSync('curl', ['--version']).status, 'curl is needed (.ci/run installs it)').toBe(0);
    const script = readmeExamples().replace(/^B=.*$/m, `B=${server.url}`);
    const run = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toContain('"locales":[{"loc":"en","name":"English","issrc":true');
    expect(out).toMatch(/"relativePath":"screens\\\\checkout","name":"pexels-gons3.jpg","size":37339,"contentType":"image\/jpeg"/);
    expect(out).toMatch(/"downloadUrl":"http:\/\/127\.0\.0\.1:\d+\/api\/resources\/assets\/27665601\?locale=en&scope=pr7214&filename=pexels-gons3\.jpg&relativePath=screens%5Ccheckout&v=\d{18}"/);
    expect(out).toContain('"name":"add-to-cart-flow.webm"');
    expect(out).toMatch(/HTTP\/1\.1 200 OK/);
    expect(out).toMatch(/content-disposition: inline; filename="pexels-gons3.jpg"; filename\*=UTF-8''pexels-gons3.jpg/i);
    expect(out).toMatch(/content-length: 37339/i);
    expect(out.trim().split('\n').slice(-4)).toEqual(['200', '200', '200', '{"reset":true}']);
  });
});
