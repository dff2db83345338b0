import type { Alias } from 'vite';

/**
 * React's modules answered by preact/compat: the panel's code is unchanged, only its renderer is
 * (about 11 KB gzip where react-dom is about 60). Used by the builds that ship no React to a host:
 * the custom element and the iframe panel (`vite.lib.config.ts`, `vite.config.ts --mode embed`),
 * and by the end-to-end build when `E2E_RENDERER=preact`, so the embedding tests run on it.
 */
export const PREACT_ALIAS: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
];
