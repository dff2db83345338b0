import { cp, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { PREACT_ALIAS } from './scripts/preact-alias.ts';

/** A build step on the output folder, once the bundle is written. */
function afterBuild(name: string, work: (outDir: string) => Promise<void>): Plugin {
  let outDir = '';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: () => work(outDir),
  };
}

/** public/mockServiceWorker.js serves `npm run dev`; a production build must not ship it. */
const withoutMockWorker = () => afterBuild('without-mock-worker', (outDir) => rm(resolve(outDir, 'mockServiceWorker.js'), { force: true }));

/**
 * The end-to-end build (`vite build --mode e2e`, into dist-e2e): the app with its built-in mock,
 * the demo editor and the test host pages (the React entry's page bundles dist/lib/asset-panel.js
 * with React, as a host's bundler would), served as static files by `vite preview`. Under a
 * busy machine a dev server compiling modules on demand missed the tests' waits; a build does
 * not. `/dist/lib` (the library build of `npm run build`) is copied in for the pages that load it.
 */
const withTestPages = () => afterBuild('with-test-pages', async (outDir) => {
  await cp(resolve(import.meta.dirname, 'dist/lib'), resolve(outDir, 'dist/lib'), { recursive: true }).catch(() => {
    console.warn('dist/lib is missing: run `npm run build` first for the tests of the built library.');
  });
  // As a host serves it: element.js loaded as it is, not bundled again.
  await cp(resolve(import.meta.dirname, 'tests/e2e/pages/built.html'), resolve(outDir, 'tests/e2e/pages/built.html'));
});

const ENTRIES = {
  // The standalone app, the iframe panel, and the demo host editor (custom element, iframe).
  main: resolve(import.meta.dirname, 'index.html'),
  embed: resolve(import.meta.dirname, 'embed.html'),
  editor: resolve(import.meta.dirname, 'demo/editor.html'),
  'editor-iframe': resolve(import.meta.dirname, 'demo/editor-iframe.html'),
};

const TEST_PAGES = {
  host: resolve(import.meta.dirname, 'tests/e2e/pages/host.html'),
  'built-react': resolve(import.meta.dirname, 'tests/e2e/pages/built-react.html'),
};

/**
 * Which pages a build makes. The production build makes the iframe panel (`embed.html`) on its
 * own, in a second build (`--mode embed`, into the same dist/) where preact/compat answers for
 * React: a page that is only the panel needs no React of its own (its first load 77 KB gzip, 138
 * with React). The end-to-end build makes every page, with React unless `E2E_RENDERER=preact`: then
 * every page runs on preact/compat, as the iframe panel and the custom element ship.
 */
function inputs(mode: string) {
  if (mode === 'embed') return { embed: ENTRIES.embed };
  if (mode === 'e2e') return { ...ENTRIES, ...TEST_PAGES };
  const { embed: _embed, ...others } = ENTRIES;
  return others;
}

const onPreact = (mode: string) => mode === 'embed' || (mode === 'e2e' && process.env.E2E_RENDERER === 'preact');

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(mode === 'e2e' ? [withTestPages()] : [withoutMockWorker()])],
  ...(onPreact(mode) && { resolve: { alias: PREACT_ALIAS } }),
  // Under the end-to-end tests the error overlay stays off: Vite shows it in every open page, so
  // one test's broken import would block the clicks of all the others.
  server: { port: 5173, strictPort: false, hmr: { overlay: !process.env.E2E } },
  // Pre-bundled up front so the first page load does not reload to optimize late-found deps.
  optimizeDeps: { include: ['react', 'react-dom/client', '@tanstack/react-query', 'zustand', 'react-dropzone', 'msw/browser'] },
  build: {
    target: 'es2022',
    sourcemap: mode !== 'e2e',
    ...(mode === 'e2e' && { outDir: 'dist-e2e' }),
    // The iframe panel's build adds to the app's dist/.
    ...(mode === 'embed' && { emptyOutDir: false, copyPublicDir: false }),
    rollupOptions: {
      input: inputs(mode),
      // idb's top-level code only sets up its own proxies. Taken as free of side effects, its chunk
      // is imported where it is used (keeping uploads across a reload, loaded on start), not
      // also by the standalone app's entry just to run it.
      treeshake: { moduleSideEffects: (id: string) => (/[\\/]node_modules[\\/]idb[\\/]/.test(id) ? false : undefined) },
    },
  },
  preview: { port: 4173, strictPort: false },
}));
