import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FEATURES = ['upload', 'gallery', 'segments'];

/** Imports flow one way: domain <- api <- features <- app / embed (DESIGN.md). */
function zone(files, forbidden, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['mocks/**', 'tests/**', 'scripts/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  {
    // Playwright fixtures: `use` is Playwright's, and `{}` is how a fixture says it needs none.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  zone(['src/domain/**'], ['**/api/**', '**/features/**', '**/app/**', '**/embed/**', '**/ui/**', '**/mocks/**', 'react', 'react-dom', '@tanstack/*', 'zustand'],
    'src/domain holds pure rules: it imports nothing but itself.'),
  zone(['src/api/**'], ['**/features/**', '**/app/**', '**/embed/**', '**/ui/**', '**/mocks/**'],
    'src/api may import src/domain only.'),
  zone(['src/ui/**'], ['**/api/**', '**/features/**', '**/app/**', '**/embed/**', '**/mocks/**'],
    'src/ui holds presentational pieces: domain at most.'),
  ...FEATURES.map((feature) => zone([`src/features/${feature}/**`],
    ['**/app/**', '**/embed/**', '**/mocks/**', ...FEATURES.filter((f) => f !== feature).map((f) => `**/features/${f}/**`)],
    'A feature imports domain, api and ui, never another feature, app or embed: app and embed compose them.')),
  zone(['src/app/**', 'src/embed/**'], ['**/mocks/**', '**/demo/**'],
    'Only the guarded dynamic import in src/main.tsx may load the mock; nothing depends on the demo editor.'),
  zone(['src/demo/**'], ['**/mocks/**', '**/app/**', '**/features/**', '**/api/**'],
    'The demo editor is a host: it uses the panel only through src/embed, like an integrator.'),
  zone(['mocks/**'], ['react', 'react-dom', '**/src/app/**', '**/src/features/**', '**/src/ui/**', '**/src/embed/**'],
    'mocks may import src/domain and types from src/api, never React.'),
);
