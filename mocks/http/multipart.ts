import { createWriteStream, openAsBlob, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { ParsedUpload } from '../handlers/parsed-upload';
import { MockHttpError } from '../store/errors';
import { tooLarge } from '../store/media';
import { boundaryOf, fileType, MultipartParser } from './multipart-parser';

/**
 * Room for the boundaries and part headers around the file (a 255-character name, encoded, is
 * under 4 KB). A body longer than `maxsize` plus this is refused without reading it.
 */
export const MULTIPART_OVERHEAD = 16 * 1024;

// The titles of the media handler's own multipart reading (mocks/handlers/media.ts).
const unreadable = () => new MockHttpError(400, 'The multipart body could not be read.');
const noFile = () => new MockHttpError(400, 'The request holds no file.');
const manyFiles = () => new MockHttpError(400, 'Send one file per request.');

export interface ReadMultipartOptions {
  /** Where the file part is written. */
  path: string;
  maxsize: number | null;
  /** Each chunk of the body the parser took, by its length. */
  onBytes(count: number): void;
}

/**
 * Streams a multipart body: its file part to `path`, other parts dropped; nothing is held in
 * memory. Reading stops, with the rest of the body left unread, once the body is longer than
 * `maxsize` plus the overhead, or is malformed.
 */
export function readMultipart(req: IncomingMessage, { path, maxsize, onBytes }: ReadMultipartOptions): Promise<ParsedUpload> {
  const boundary = boundaryOf(req.headers['content-type']);
  if (!boundary) return Promise.resolve(unreadable());
  const bodyLimit = maxsize === null ? Infinity : maxsize + MULTIPART_OVERHEAD;

  return new Promise((resolve) => {
    let files = 0;
    let file: { name: string; type: string } | null = null;
    let fileSize = 0;
    let out: WriteStream | null = null;
    let written = Promise.resolve();
    let inFile = false;
    let unsupported = false;
    let bodySize = 0;
    let settled = false;

    const parser = new MultipartParser(boundary, {
      part(head) {
        inFile = head.filename !== null && (files += 1) === 1;
        if (!inFile) return;
        // A base64 part (which undici decodes) is not what a browser or curl sends.
        unsupported ||= head.encoding?.toLowerCase() === 'base64';
        file = { name: head.filename!, type: fileType(head) };
        // Room for several socket reads: the request is paused less often.
        const target = createWriteStream(path, { highWaterMark: 1 << 20 });
        out = target;
        written = new Promise((done, fail) => {
          target.once('close', done);
          target.once('error', fail);
        });
        written.catch(() => undefined); // awaited later, or never when the client left
      },
      data(bytes) {
        if (!inFile) return;
        fileSize += bytes.length;
        // Past maxsize nothing more is kept, but a small excess is still counted to the end of
        // the part (within the overhead), so the refusal can tell the size.
        if (maxsize !== null && fileSize > maxsize) out?.destroy();
        else out?.write(bytes);
      },
      partEnd() {
        if (inFile) out?.end();
        inFile = false;
      },
    });

    const settle = (outcome: () => Promise<ParsedUpload>) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.pause();
      resolve(outcome().catch(() => new MockHttpError(500, 'The mock server could not store the file.')));
    };
    const discard = async (refusal: MockHttpError) => {
      out?.destroy();
      await written.catch(() => undefined);
      await rm(path, { force: true });
      return refusal;
    };

    function onData(chunk: Buffer) {
      bodySize += chunk.length;
      onBytes(chunk.length);
      if (bodySize > bodyLimit) settle(() => discard(tooLarge(null, maxsize!)));
      else if (!parser.push(chunk)) settle(() => discard(unreadable()));
      else waitForDisk();
    }
    /** Reads no faster than the file is written. */
    function waitForDisk() {
      const target = out;
      if (!target || target.destroyed || !target.writableNeedDrain) return;
      req.pause();
      const go = () => {
        target.off('drain', go).off('close', go);
        if (!settled) req.resume();
      };
      target.on('drain', go).on('close', go);
    }
    function onEnd() {
      settle(async () => {
        if (!parser.end() || unsupported) return discard(unreadable());
        await written;
        if (files === 0 || !file) return discard(noFile());
        if (files > 1) return discard(manyFiles());
        if (maxsize !== null && fileSize > maxsize) return discard(tooLarge(fileSize, maxsize));
        return { name: file.name, type: file.type, blob: await openAsBlob(path, { type: file.type }) };
      });
    }
    req.on('data', onData);
    req.once('end', onEnd);
    // The client went away mid-body.
    req.once('close', () => {
      if (!req.complete) settle(() => discard(unreadable()));
    });
  });
}
