import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedUpload } from '../handlers/parsed-upload';
import { MockHttpError } from '../store/errors';
import { parseMaxsize, tooLarge } from '../store/media';
import type { MockRuntime } from '../runtime';
import { MULTIPART_OVERHEAD, readMultipart } from './multipart';

export const UPLOAD_PATH = '/api/media/upload';

/**
 * The HTTP server's side of media uploads: each body is streamed to a temporary file (the store
 * then holds a file-backed Blob), or refused unread when its length already says it is too
 * large. A file is removed once neither an upload in flight, a media record nor an asset holds
 * it, and the whole folder when the server closes.
 */
export function createUploadInbox(runtime: MockRuntime) {
  let dir: string | null = null;
  const { parsedUploads } = runtime.context;
  const { state } = runtime.store;
  const files = new Map<Blob, string>();
  const stats = {
    /** Bytes of upload bodies taken by the multipart parser (what is dropped after a refusal is not). */
    uploadBytesParsed: 0,
    /** Temporary files of uploads still held. */
    tempFiles: 0,
  };
  let sweepTimer: NodeJS.Timeout | null = null;

  function sweep() {
    sweepTimer = null;
    const kept = new Set<Blob>();
    for (const upload of parsedUploads.values()) if (!(upload instanceof MockHttpError)) kept.add(upload.blob);
    for (const media of state.media.values()) kept.add(media.blob);
    for (const asset of state.assets.values()) kept.add(asset.blob);
    for (const [blob, path] of files) {
      if (kept.has(blob)) continue;
      files.delete(blob);
      stats.tempFiles = files.size;
      void rm(path, { force: true });
    }
  }

  return {
    stats,

    /** Whether the HTTP server reads this request's body itself (MSW matches paths in any case). */
    takes: (req: IncomingMessage, url: URL) =>
      req.method === 'POST' && url.pathname.replace(/\/+$/, '').toLowerCase() === UPLOAD_PATH
      && /^multipart\/form-data/i.test(req.headers['content-type'] ?? ''),

    /**
     * Reads the body (calling `beforeReading` first: the place for `100 Continue`), or refuses it
     * unread; the outcome waits in the handlers' context under the id returned.
     */
    async receive(req: IncomingMessage, url: URL, beforeReading: () => void): Promise<string> {
      const maxsize = parseMaxsize(url.searchParams.get('maxsize'));
      let parsed: ParsedUpload;
      if (maxsize !== null && Number(req.headers['content-length']) > maxsize + MULTIPART_OVERHEAD) {
        parsed = tooLarge(null, maxsize);
      } else {
        beforeReading();
        if (!dir) {
          dir = mkdtempSync(join(tmpdir(), 'wordbee-mock-'));
          // Also when the process ends without closing the server (a test runner's worker, say).
          process.once('exit', close);
        }
        const path = join(dir, randomUUID());
        parsed = await readMultipart(req, { path, maxsize, onBytes: (count) => { stats.uploadBytesParsed += count; } });
        if (!(parsed instanceof MockHttpError)) files.set(parsed.blob, path);
        stats.tempFiles = files.size;
      }
      const id = randomUUID();
      parsedUploads.set(id, parsed);
      return id;
    },

    /** After a request: its upload is handed over (or not), and records may have been dropped. */
    settle(id: string | null) {
      if (id) parsedUploads.delete(id);
      if (files.size > 0 && !sweepTimer) sweepTimer = setTimeout(sweep, id ? 0 : 1000).unref();
    },

    close,
  };

  function close() {
    if (sweepTimer) clearTimeout(sweepTimer);
    files.clear();
    stats.tempFiles = 0;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
    process.off('exit', close);
  }
}
