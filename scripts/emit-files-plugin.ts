import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Vite's library mode inlines every `?url` import as a base64 `data:` URL, whatever its size; the
 * text recognition's engine and models (MBs, loaded only when someone asks to find a string) must
 * stay files beside the bundle instead. For the imports whose path matches `include`, this emits
 * the file as an asset of the build and answers its address relative to the importing module.
 */
export function emitFilesAsUrls(include: RegExp): Plugin {
  const mine = new Set<string>();
  return {
    name: 'emit-files-as-urls',
    enforce: 'pre',
    apply: 'build',
    async load(id) {
      if (!id.endsWith('?url')) return null;
      const file = id.slice(0, -'?url'.length);
      if (!include.test(file)) return null;
      const reference = this.emitFile({ type: 'asset', name: basename(file), source: await readFile(file) });
      mine.add(reference);
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    // Relative to the worker that asks for them, so the files are found wherever the host
    // serves the library's folder, not only at the site's root. By `import.meta.url` (the library
    // builds its workers as ES modules): a worker started from another origin through a blob:
    // module has the blob's address as `self.location`, its file's as `import.meta.url`.
    resolveFileUrl({ referenceId, relativePath }) {
      return mine.has(referenceId) ? `new URL(${JSON.stringify(relativePath)}, import.meta.url).href` : null;
    },
  };
}
