import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { emitFilesAsUrls } from './scripts/emit-files-plugin.ts';
import { PREACT_ALIAS } from './scripts/preact-alias.ts';

/** The text recognition's files (engine, models): files beside the bundle, never inlined (see the plugin). */
const OCR_FILES = /[\\/]node_modules[\\/](tesseract\.js|tesseract\.js-core|@tesseract\.js-data)[\\/]/;

/**
 * The library builds, into dist/lib:
 * - `--mode react`: the ESM entry (AssetPanel, mountAssetPanel, connectAssetPanelFrame), with
 *   react, react-dom and react/jsx-runtime left to the host (peer dependencies);
 * - `--mode element`: the self-contained custom element, with preact/compat as its renderer (an
 *   alias, not a line of the panel's code changed: `scripts/preact-alias.ts`);
 * - `--mode element-react`: the same element with React inside, into element-react.js: not part
 *   of `npm run build`, kept to measure the two side by side (`node scripts/check-build.mjs`
 *   reports it when it is there).
 *
 * All minified (Vite leaves whitespace in ES library builds unless told), and both split: what
 * only some users open (the lightbox and its marking tools, the PDF engine, text recognition,
 * the German and French sentences) is a chunk in `chunks/`, loaded by a relative `import()` on
 * first use, so it is found beside the module wherever the host serves the folder.
 */
export default defineConfig(({ mode }) => {
  const withReact = mode === 'element-react';
  const element = mode === 'element' || withReact;
  return {
    plugins: [react()],
    ...(mode === 'element' && { resolve: { alias: PREACT_ALIAS } }),
    // The recognition worker is its own bundle, with its own plugins. Workers are ES modules:
    // served from another origin than the page's, a worker starts from a blob: module that
    // imports its file (src/features/gallery/worker-url.ts), and only a module's `import.meta.url`
    // is then still its file's address (`self.location` is the blob's), to find its files by.
    worker: { format: 'es', plugins: () => [emitFilesAsUrls(OCR_FILES)] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // Workers and files are found relative to the module that asks for them (`../assets/…` from a
    // chunk), wherever the host serves the folder: not at the site's `/assets/`.
    base: './',
    build: {
      outDir: 'dist/lib',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      copyPublicDir: false,
      lib: {
        entry: resolve(import.meta.dirname, element ? 'src/embed/element.ts' : 'src/embed/index.ts'),
        formats: ['es'],
        fileName: () => (withReact ? 'element-react.js' : element ? 'element.js' : 'asset-panel.js'),
        cssFileName: element ? 'element' : 'asset-panel',
      },
      rollupOptions: {
        external: element ? [] : ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'],
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Everything the first load runs in one chunk beside the entry: left to itself, Rolldown
          // gave a module the first load shares with lazy chunks (worker-url.ts) a chunk of its
          // own, one more round trip before the panel could run.
          codeSplitting: { groups: [{ name: 'panel', tags: ['$initial'] }] },
          // Whitespace too (Vite's default for ES libraries minifies names and syntax only). The
          // React entry keeps its /*#__PURE__*/ marks for the host's bundler; the element is
          // bundled already.
          minify: true,
          ...(element && { comments: { annotation: false } }),
        },
      },
    },
  };
});
