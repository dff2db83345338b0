import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadCatalog } from '../../src/ui/i18n/i18n';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// A limit, not a wait: `findBy…` and `waitFor` end as soon as the state holds. The default 1 s
// ran out on a loaded machine while a lazy chunk (the lightbox) was still being compiled.
configure({ asyncUtilTimeout: 10_000 });

// German and French load on first use in the product (their own chunks); here they are there from
// the start, so that a test in German can look at its text as soon as it renders.
beforeAll(() => Promise.all([loadCatalog('de'), loadCatalog('fr')]));
