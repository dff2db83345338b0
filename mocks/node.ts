import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import { contentTypeFromName } from '../src/domain/file-kind';
import type { MockClock } from './clock';
import type { FixtureName } from './demo/seed';
import { createMockRuntime } from './runtime';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export async function loadFixtureFromDisk(name: FixtureName): Promise<Blob> {
  // A path, not `new URL(…, import.meta.url)`: Vite rewrites that pattern into a web URL.
  const bytes = await readFile(join(FIXTURES, name));
  return new Blob([bytes], { type: contentTypeFromName(name) });
}

export interface NodeMockOptions {
  clock?: MockClock;
  seed?: boolean;
}

/** The mock in Node tests: `msw/node` over the same handlers, answering under any origin. */
export async function createNodeMock({ clock, seed = true }: NodeMockOptions = {}) {
  const runtime = createMockRuntime({ loadFixture: loadFixtureFromDisk, clock, seed });
  await runtime.start();
  const server = setupServer(...runtime.handlers('*'));
  return { ...runtime, server };
}
