import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { emitFilesAsUrls } from './scripts/emit-files-plugin.ts';

/** The text recognition's files (engine, models): files beside the bundle, never inlined (see the plugin). */
const OCR_FILES = /[\\/]node_modules[\\/](tesseract\.js|tesseract\.js-core|@tesseract\.js-data)[\\/]/;

/**
 * The library builds, into dist/lib:
 * - `--mode react`: the ESM entry (AssetPanel, mountAssetPanel, connectAssetPanelFrame), with
 *   react, react-dom and react/jsx-runtime left to the host (peer dependencies);
 * - `--mode element`: the self-contained custom element, React inside.
 */
export default defineConfig(({ mode }) => {
  const element = mode === 'element';
  return {
    plugins: [react()],
    // The recognition worker is its own bundle, with its own plugins.
    worker: { plugins: () => [emitFilesAsUrls(OCR_FILES)] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist/lib',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      copyPublicDir: false,
      lib: {
        entry: resolve(import.meta.dirname, element ? 'src/embed/element.ts' : 'src/embed/index.ts'),
        formats: ['es'],
        fileName: () => (element ? 'element.js' : 'asset-panel.js'),
        cssFileName: element ? 'element' : 'asset-panel',
      },
      rollupOptions: {
        external: element ? [] : ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'],
        // The element is one file for a <script> tag; the React entry keeps the lightbox lazy.
        output: element ? { codeSplitting: false } : { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
