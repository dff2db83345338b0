import '@testing-library/jest-dom/vitest';
import { File as NodeFile } from 'node:buffer';
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

// Vitest's jsdom environment copies a jsdom FormData for Node's fetch (MSW reads requests through
// it) without the files' names: every file part arrives as filename="blob". The panel names an
// upload's file in its multipart part, as browsers send it (the e2e tests upload through
// Chromium); this copy keeps the names. The bytes are read from jsdom's Blob as Vitest's own copy
// reads them.
const CompatRequest = globalThis.Request;
const NodeFormData = (await new CompatRequest('http://localhost/', { method: 'POST', body: new URLSearchParams() }).formData())
  .constructor as typeof FormData;
const jsdomImpl = Object.getOwnPropertySymbols(Object.getOwnPropertyDescriptors(new Blob()))[0]!;

function namedCopy(form: FormData): FormData {
  const copy = new NodeFormData();
  form.forEach((value, key) => {
    if (typeof value === 'string') copy.append(key, value);
    else {
      const bytes = (value as unknown as Record<symbol, { _buffer: Uint8Array }>)[jsdomImpl]!._buffer;
      copy.append(key, new NodeFile([bytes], value.name, { type: value.type }) as unknown as Blob, value.name);
    }
  });
  return copy;
}

globalThis.Request = class Request extends CompatRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init?.body instanceof FormData ? { ...init, body: namedCopy(init.body) } : init);
  }

  static override [Symbol.hasInstance](instance: unknown): boolean {
    return instance instanceof CompatRequest;
  }
};
