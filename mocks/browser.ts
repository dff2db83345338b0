import { setupWorker } from 'msw/browser';
import type { FixtureName } from './demo/seed';
import { indexedDbPersistence } from './persistence/indexeddb';
import { createMockRuntime } from './runtime';

const FIXTURE_URLS: Record<FixtureName, URL> = {
  'pexels-gons3.jpg': new URL('./fixtures/pexels-gons3.jpg', import.meta.url),
  'checkout-screen.png': new URL('./fixtures/checkout-screen.png', import.meta.url),
  'settings-dialog-de.png': new URL('./fixtures/settings-dialog-de.png', import.meta.url),
  'add-to-cart-flow.webm': new URL('./fixtures/add-to-cart-flow.webm', import.meta.url),
  'style-guide.pdf': new URL('./fixtures/style-guide.pdf', import.meta.url),
};

async function loadFixture(name: FixtureName): Promise<Blob> {
  const response = await fetch(FIXTURE_URLS[name]);
  if (!response.ok) throw new Error(`Fixture ${name} did not load (${response.status})`);
  return response.blob();
}

export interface BrowserMockOptions {
  /** A fault spec to start with (see mocks/faults.ts), e.g. from `?mock-faults=`. */
  faults?: string | null;
}

/**
 * The mock in the browser: MSW's service worker answers `/api/*` on the app's own origin, the
 * store lives in IndexedDB. Awaited before the first render so no call escapes it.
 */
export async function startBrowserMock({ faults }: BrowserMockOptions = {}) {
  const runtime = createMockRuntime({ loadFixture, persistence: indexedDbPersistence() });
  await runtime.start();
  if (faults) {
    try {
      runtime.faults.set(faults);
    } catch (error) {
      console.warn('[mock] ignoring fault spec', error);
    }
  }
  const worker = setupWorker(...runtime.handlers(''));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
    onUnhandledRequest(request, print) {
      const { origin, pathname } = new URL(request.url);
      if (origin === window.location.origin && (pathname.startsWith('/api/') || pathname.startsWith('/__mock/'))) print.error();
    },
  });
  return {
    runtime,
    /** The worker sees every request of the page, even to other origins (and then loses upload
     * progress and network errors): when the app talks to a real server, it steps aside. */
    pause: () => worker.stop(),
    resume: () => worker.start({ quiet: true, serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } }).then(() => undefined),
  };
}
