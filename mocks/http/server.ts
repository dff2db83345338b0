import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { getResponse } from 'msw';
import { MOCK_CONTROL_HEADER } from '../handlers/control';
import { PARSED_UPLOAD_HEADER } from '../handlers/parsed-upload';
import { loadFixtureFromDisk } from '../node';
import { createMockRuntime, type MockRuntime } from '../runtime';
import type { MockClock } from '../clock';
import { errorBody } from '../store/errors';
import { ticksToIso } from '../../src/domain/ticks';
import { baseUrlFor, serverHostNames } from './host';
import { createUploadInbox } from './uploads';

export const DEFAULT_PORT = 8787;
/** The dev server and `vite preview`, under both names of the loopback. */
export const DEV_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:4173', 'http://127.0.0.1:4173'];

export interface MockHttpServerOptions {
  port?: number;
  host?: string;
  /** Origins whose pages may call the server (CORS); nothing else gets CORS headers. */
  allowedOrigins?: string[];
  seed?: boolean;
  clock?: MockClock;
  /** Other `host:port` names it answers to: a proxy in front of it (the bench's latency proxy). */
  alsoAnswersTo?: string[];
}

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': `Content-Type, Accept, X-Auth-Token, X-Auth-AccountId, ${MOCK_CONTROL_HEADER}`,
  'Access-Control-Expose-Headers': 'Retry-After, Content-Disposition, Content-Length',
  'Access-Control-Max-Age': '600',
};

/** How long the rest of a refused body is read (and dropped) before the connection is cut. */
const DRAIN_LIMIT_MS = 30_000;

/** `parsedUpload`: the id of a body the server read itself; the Request then has none. */
function toRequest(req: IncomingMessage, url: URL, parsedUpload: string | null): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  // Only this server names a parsed upload, never a client.
  headers.delete(PARSED_UPLOAD_HEADER);
  if (parsedUpload) {
    headers.set(PARSED_UPLOAD_HEADER, parsedUpload);
    headers.delete('content-length');
    headers.delete('transfer-encoding');
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && !parsedUpload;
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);
}

async function send(res: ServerResponse, response: Response, extraHeaders: Record<string, string>): Promise<void> {
  const headers: Record<string, string | string[]> = { ...extraHeaders };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  // A client that went away (a preview scrolled out of view, a closed tab, the server closing)
  // ends the loop, and with it the body's reading: nothing waits for a 'drain' that never comes.
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (res.destroyed) break;
    if (!res.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.once('drain', done);
        res.once('close', done);
      });
    }
  }
  if (!res.destroyed) res.end();
}

/** The mock over real sockets: the same handlers as the worker and msw/node, behind node:http. */
export async function startMockHttpServer(options: MockHttpServerOptions = {}) {
  const { host = '127.0.0.1', allowedOrigins = DEV_ORIGINS, seed = true, clock } = options;
  const runtime: MockRuntime = createMockRuntime({ loadFixture: loadFixtureFromDisk, seed, clock });
  await runtime.start();
  const handlers = runtime.handlers('*');
  const allowed = new Set(allowedOrigins);
  const uploads = createUploadInbox(runtime);
  const stats = Object.assign(uploads.stats, {
    /** Bytes of request bodies read only to be dropped, after an answer that did not need them. */
    bodyBytesDrained: 0,
    /** CORS preflights (`OPTIONS`) by path: a browser asks once per URL, then keeps the answer (`Access-Control-Max-Age`). */
    preflights: {} as Record<string, number>,
    /** Answers whose body is still being sent. */
    answersSending: 0,
  });
  let hostNames = new Set<string>();
  let closing = false;

  const refuse = (res: ServerResponse, status: number, title: string, headers: Record<string, string>) => {
    const body = JSON.stringify(errorBody(title, ticksToIso(runtime.store.clock.ticks())));
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), ...headers });
    res.end(body);
  };

  /**
   * What the client still sends after the answer is read and dropped (without keeping it, also
   * not in the unread Request's stream), for a bounded time. After the answer has finished:
   * node:http then drops its own reader's listeners, and ours would go with them.
   */
  const drain = (req: IncomingMessage, res: ServerResponse) => {
    const start = () => {
      if (req.complete) return;
      const cut = setTimeout(() => req.socket.destroy(), DRAIN_LIMIT_MS).unref();
      req.removeAllListeners('data');
      req.on('data', (chunk: Buffer) => { stats.bodyBytesDrained += chunk.length; });
      req.once('close', () => clearTimeout(cut));
      req.resume();
    };
    if (res.writableFinished) start();
    else res.once('finish', start);
  };

  async function handle(req: IncomingMessage, res: ServerResponse, expectsContinue: boolean) {
    const origin = req.headers.origin;
    const cors: Record<string, string> = origin && allowed.has(origin)
      ? { ...CORS_HEADERS, 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
      : { Vary: 'Origin' };
    // With `Expect: 100-continue` the body comes only once asked for; an answer before that
    // closes the connection (the client sends nothing more on it).
    let continued = !expectsContinue;
    const askForBody = () => {
      if (!continued) res.writeContinue();
      continued = true;
    };
    const answerHeaders = (): Record<string, string> => (continued ? cors : { ...cors, Connection: 'close' });
    let parsedUpload: string | null = null;
    try {
      const base = baseUrlFor(req.headers.host, hostNames);
      if (!base || !req.url?.startsWith('/')) {
        refuse(res, 400, 'The Host header or the request target does not name this server.', answerHeaders());
        return;
      }
      if (req.method === 'OPTIONS') {
        const path = req.url.split('?')[0]!;
        stats.preflights[path] = (stats.preflights[path] ?? 0) + 1;
        res.writeHead(origin && allowed.has(origin) ? 204 : 403, answerHeaders()).end();
        return;
      }
      // Joined, not resolved against the base: `//evil.example/x` stays a path of this server.
      const url = new URL(`${base}${req.url}`);
      if (url.pathname.startsWith('/__mock/') && req.method !== 'GET' && origin && !allowed.has(origin) && origin !== url.origin) {
        // Also with the control header (a client that is not a browser, the preflight was skipped).
        refuse(res, 403, 'The mock\'s control calls answer only pages of allowed origins.', answerHeaders());
        return;
      }
      if (uploads.takes(req, url)) parsedUpload = await uploads.receive(req, url, askForBody);
      else askForBody();
      const response = await getResponse(handlers, toRequest(req, url, parsedUpload));
      if (response?.type === 'error') {
        // A "network" fault: the answer breaks off, as through a crashed proxy. Headers first, so
        // the browser cannot take it for an idle keep-alive socket and silently send it again.
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000', ...cors });
        res.write('{"result":');
        res.flushHeaders();
        setTimeout(() => req.socket.destroy(), 20);
        return;
      }
      stats.answersSending += 1;
      try {
        await send(res, response ?? notFound(), answerHeaders());
      } finally {
        stats.answersSending -= 1;
      }
    } catch (error) {
      // Closing, the server cut this answer and removed its temporary files: a download of one may fail to read.
      if (!(closing && res.destroyed)) console.error('[mock server]', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json', ...answerHeaders() });
      res.end(JSON.stringify({ error: { title: 'The mock server failed.' }, reason: 'The mock server failed.' }));
    } finally {
      uploads.settle(parsedUpload);
      // An early answer (a refused token, too large a file) leaves the upload unread: drop the
      // rest without keeping it, so the browser reads the answer instead of a reset connection.
      if (continued && !req.complete) drain(req, res);
    }
  }

  const server = createServer({ requireHostHeader: false }, (req, res) => void handle(req, res, false));
  server.on('checkContinue', (req, res) => void handle(req, res, true));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  hostNames = serverHostNames(host, port);
  for (const name of options.alsoAnswersTo ?? []) hostNames.add(name.toLowerCase());
  return {
    url: `http://${host}:${port}`,
    port,
    runtime,
    stats,
    allowOrigin: (o: string) => allowed.add(o),
    /** An outage: the port stops answering (connections refused, open ones reset); the data stays. */
    stopListening: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
    /** Back on the same port after `stopListening()`. */
    listenAgain: () => new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    }),
    close: () => new Promise<void>((resolve) => {
      closing = true;
      server.closeAllConnections();
      uploads.close();
      server.close(() => resolve());
    }),
  };
}

function notFound(): Response {
  const title = 'There is no such API call.';
  return Response.json({ error: { title }, reason: title }, { status: 404 });
}
