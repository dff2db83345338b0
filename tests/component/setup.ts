import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// A limit, not a wait: `findBy…` and `waitFor` end as soon as the state holds. The default 1 s
// ran out on a loaded machine while a lazy chunk (the lightbox) was still being compiled.
configure({ asyncUtilTimeout: 10_000 });
