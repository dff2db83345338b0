import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** public/mockServiceWorker.js serves `npm run dev`; a production build must not ship it. */
function withoutMockWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'without-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await rm(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig({
  plugins: [react(), withoutMockWorker()],
  // Under the end-to-end tests the error overlay stays off: Vite shows it in every open page, so
  // one test's broken import would block the clicks of all the others.
  server: { port: 5173, strictPort: false, hmr: { overlay: !process.env.E2E } },
  // Pre-bundled up front so the first page load does not reload to optimize late-found deps.
  optimizeDeps: { include: ['react', 'react-dom/client', '@tanstack/react-query', 'zustand', 'react-dropzone', 'msw/browser'] },
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      input: {
        // The standalone app, the iframe panel, and the demo host editor (custom element, iframe).
        main: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        editor: resolve(import.meta.dirname, 'demo/editor.html'),
        'editor-iframe': resolve(import.meta.dirname, 'demo/editor-iframe.html'),
      },
    },
  },
  preview: { port: 4173, strictPort: false },
});
