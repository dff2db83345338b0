import type { ApiClient, AuthHeaders } from './client';
import { unreadableAnswer } from './http';
import { apiErrorFrom, networkError } from './errors';

export interface MediaUploadResult {
  /** The file token that step 2 (attach) stores on a segment. */
  token: string;
  name: string;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadMediaOptions {
  /** The file's name (default: the File's own): in its multipart part, and in the URL where the
   * part could alter it (needsNameInQuery); may hold a folder (`subfolder/image.jpg`). */
  filename?: string;
  /** The server refuses a larger file. */
  maxsize?: number;
  signal?: AbortSignal;
  onProgress?: (progress: UploadProgress) => void;
  /** Every byte is sent; the server is still answering. */
  onSent?: () => void;
}

function parseResult(body: string): MediaUploadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw unreadableAnswer(error);
  }
  const result = (parsed as { result?: unknown } | null)?.result ?? parsed;
  const { token, name } = (result ?? {}) as { token?: unknown; name?: unknown };
  if (typeof token !== 'string' || !token) throw unreadableAnswer();
  return { token, name: typeof name === 'string' ? name : '' };
}

function abortError(): DOMException {
  return new DOMException('The upload was canceled.', 'AbortError');
}

/**
 * How long a request may go silent before its connection is taken for dead: once its first bytes
 * went, no more sent for a minute, or no answer three minutes after the last byte (the server may still be
 * storing a big file). A half-open connection (a network change, a sleeping laptop) never fails
 * by itself; this turns it into a network error, which the queue retries with the same bytes.
 */
export const STALL_LIMITS_MS = { sending: 60_000, answering: 180_000 };

/** XHR, because fetch cannot report upload progress (nor stream a body over HTTP/1.1). */
function sendWithXhr(url: string, form: FormData, headers: AuthHeaders, options: UploadMediaOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const { signal } = options;
    if (signal?.aborted) return reject(abortError());
    const xhr = new XMLHttpRequest();
    let stalled = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const watch = (ms: number) => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        stalled = true;
        xhr.abort();
      }, ms);
    };
    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      clearTimeout(watchdog);
      signal?.removeEventListener('abort', onAbort);
    };
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Accept', 'application/json');
    let sent = -1;
    xhr.upload.onprogress = (event) => {
      // Watched from the first byte on, and kept alive by bytes that move: a request the browser
      // holds back (all its connections to the host busy) has sent nothing and is not stalled.
      if (event.loaded > sent) watch(STALL_LIMITS_MS.sending);
      sent = event.loaded;
      if (event.lengthComputable) options.onProgress?.({ loaded: event.loaded, total: event.total });
    };
    xhr.upload.onload = () => {
      watch(STALL_LIMITS_MS.answering);
      options.onSent?.();
    };
    xhr.onload = () => {
      done();
      if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.responseText);
      else reject(apiErrorFrom(xhr.status, xhr.responseText, xhr.getResponseHeader('Retry-After')));
    };
    xhr.onerror = () => {
      done();
      reject(networkError());
    };
    xhr.ontimeout = xhr.onerror;
    xhr.onabort = () => {
      done();
      reject(stalled ? networkError() : abortError());
    };
    xhr.send(form);
  });
}

/** Where XMLHttpRequest does not exist (Node): the same request by fetch, without progress. */
async function sendWithFetch(
  client: ApiClient, url: string, form: FormData, headers: AuthHeaders, options: UploadMediaOptions,
): Promise<string> {
  let response: Response;
  try {
    response = await client.fetch(url, {
      method: 'POST', headers: { ...headers, Accept: 'application/json' }, body: form, signal: options.signal, credentials: 'omit',
    });
  } catch (error) {
    if (options.signal?.aborted) throw abortError();
    throw networkError(error);
  }
  options.onSent?.();
  const body = await response.text().catch((error: unknown) => {
    throw options.signal?.aborted ? abortError() : networkError(error);
  });
  if (!response.ok) throw apiErrorFrom(response.status, body, response.headers.get('Retry-After'));
  return body;
}

/**
 * A name the multipart part carries exactly as it is: printable ASCII, without the `"` that
 * browsers escape as `%22`, a `%` a server might take for such an escape, a folder separator a
 * server might cut the name at, or a `;` a naive parser of `Content-Disposition` splits on
 * (`a;filename=evil.exe`). Any other name also goes in the `filename` query parameter.
 */
const CARRIED_BY_PART = /^[\x20-\x7e]+$/;
const RISKY_IN_PART = /["%/\\;]/;

/** Whether the upload's URL must name the file (`?filename=`), beside its multipart part. */
export function needsNameInQuery(filename: string): boolean {
  return !CARRIED_BY_PART.test(filename) || RISKY_IN_PART.test(filename);
}

/**
 * Step 1: `POST /api/media/upload` with one multipart file part; answers the file token.
 *
 * The file's name travels in its multipart part, and in the URL only where the part could alter
 * it: a cross-origin upload with the auth headers needs a CORS preflight, and the browser keeps
 * the server's answer for one URL. With the name in every URL, each file waited for a preflight
 * of its own (a round trip, before any byte); with one URL for a panel's files, one preflight
 * serves the batch.
 */
export async function uploadMedia(client: ApiClient, file: Blob, options: UploadMediaOptions = {}): Promise<MediaUploadResult> {
  const filename = options.filename ?? (file instanceof File ? file.name : 'file');
  const url = client.url('media/upload', { filename: needsNameInQuery(filename) ? filename : undefined, maxsize: options.maxsize });
  const body = await client.withAuth((headers) => {
    const form = new FormData();
    form.append('file', file, filename);
    return typeof XMLHttpRequest === 'function'
      ? sendWithXhr(url, form, headers, options)
      : sendWithFetch(client, url, form, headers, options);
  });
  client.session.touch();
  return parseResult(body);
}
