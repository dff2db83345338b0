/**
 * `npx tsx scripts/bench/profile-drop.ts [count]`: a CPU profile of the panel while `count` small
 * files (default 1,000) are dropped and uploaded, through the production custom element (from
 * BENCH_OUT_DIR, built as the bench builds it). Prints where the main thread's time went, by
 * function of the panel's sources (through the build's source map), and the time until done.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { manyFiles } from './files';
import { watchUploadsDone } from './upload';
import { dropFromDisk, launch, newPage, openElement, OUT_DIR, startMock, startPreview, stopProcessGroup } from './harness';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const count = Number(process.argv[2] ?? 1000);
const paths = manyFiles('small', count, 2048, 'png');
const preview = await startPreview();
const server = await startMock();
const browser = await launch();
try {
  const page = await newPage(browser);
  await openElement(page, server, 27665613, { concurrency: process.env.PROFILE_CONCURRENCY ?? '4' });
  await page.getByText('No context yet').waitFor();
  const requests = new Map<string, number>();
  page.on('request', (request) => {
    const kind = `${request.method()} ${new URL(request.url()).pathname.replace(/\d+/g, 'N').replace(/\/[^/]*\.[a-z]+$/, '/…')}`;
    requests.set(kind, (requests.get(kind) ?? 0) + 1);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.evaluate(watchUploadsDone, new Intl.NumberFormat('en').format(count));
  await cdp.send('Profiler.start');
  await dropFromDisk(page, paths);
  const ms = await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
  const { profile } = await cdp.send('Profiler.stop') as { profile: Profile };
  writeFileSync('/tmp/upload-prof/profile.cpuprofile', JSON.stringify(profile));
  console.log(`${count} files uploaded in ${Math.round(ms)} ms`);
  console.log('requests:', JSON.stringify(Object.fromEntries(requests)));

  // Self time per node, mapped to the panel's sources.
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const maps = new Map<string, SourceMapConsumer | null>();
  const mapOf = (url: string) => {
    if (!maps.has(url)) {
      let consumer: SourceMapConsumer | null = null;
      const file = url.match(/^https?:\/\/[^/]+\/(.*)$/)?.[1];
      if (file) {
        try {
          consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${OUT_DIR}/${file}.map`, 'utf8')));
        } catch {
          consumer = null;
        }
      }
      maps.set(url, consumer);
    }
    return maps.get(url) ?? null;
  };
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (!us) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    let name = functionName || '(anonymous)';
    const map = url ? mapOf(url) : null;
    if (map) {
      const at = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      if (at.source) name = `${at.name ?? name} ${at.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${at.line}`;
    } else if (url) name = `${name} ${url.replace(/^.*\//, '')}:${lineNumber + 1}`;
    byName.set(name, (byName.get(name) ?? 0) + us);
  }
  const total = [...byName.values()].reduce((a, b) => a + b, 0);
  console.log(`sampled ${Math.round(total / 1000)} ms; idle ${Math.round((byName.get('(idle)') ?? 0) / 1000)} ms`);
  for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 45))) {
    console.log(`${String(Math.round(us / 1000)).padStart(7)} ms  ${name}`);
  }
  await page.close();
} finally {
  await browser.close();
  await server.close();
  stopProcessGroup(preview);
}
