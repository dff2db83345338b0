import { systemClock, type MockClock } from './clock';
import { seedManyAssets } from './demo/seed-many';
import { seedDemoAssets, type LoadFixture } from './demo/seed';
import { demoWorld } from './demo/world';
import { createFaults } from './faults';
import { createHandlers, type HandlerContext } from './handlers';
import { createMockStore, type MockPersistence } from './store';

export interface MockRuntimeOptions {
  loadFixture: LoadFixture;
  clock?: MockClock;
  persistence?: MockPersistence | null;
  /** Seed the demo assets (default). Contract tests start from an empty store instead. */
  seed?: boolean;
}

/** One mock backend: the store, its faults and its handlers, however it is served. */
export function createMockRuntime({ loadFixture, clock = systemClock(), persistence = null, seed = true }: MockRuntimeOptions) {
  const store = createMockStore({ world: demoWorld(), clock, persistence });
  const faults = createFaults();

  const context: HandlerContext = {
    store,
    faults,
    parsedUploads: new Map(),
    async reset() {
      store.clearData();
      faults.clear();
      store.setThrottle(null);
      await persistence?.clear();
      await seedDemoAssets(store, loadFixture);
      // Written after every earlier write: once it has landed, they all have.
      await persistence?.markSeeded();
    },
    async seedMany(segmentId, count, locale, options) {
      const added = await seedManyAssets(store, loadFixture, segmentId, count, locale, options);
      await persistence?.flush();
      return added;
    },
  };

  /** Restores what was persisted, or seeds on a first start. */
  async function start(): Promise<void> {
    const saved = await persistence?.load();
    if (saved) {
      for (const [key, asset] of saved.assets) store.putStored(key, asset, false);
      for (const media of saved.media) store.restoreMedia(media);
      return;
    }
    if (seed) await seedDemoAssets(store, loadFixture);
    await persistence?.markSeeded();
  }

  return { store, faults, context, start, handlers: (base = '') => createHandlers(context, base) };
}

export type MockRuntime = ReturnType<typeof createMockRuntime>;
