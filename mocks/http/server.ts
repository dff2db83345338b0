import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { getResponse } from 'msw';
import { loadFixtureFromDisk } from '../node';
import { createMockRuntime, type MockRuntime } from '../runtime';
import type { MockClock } from '../clock';

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
}

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept, X-Auth-Token, X-Auth-AccountId',
  'Access-Control-Expose-Headers': 'Retry-After, Content-Disposition, Content-Length',
  'Access-Control-Max-Age': '600',
};

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
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
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
}

/** The mock over real sockets: the same handlers as the worker and msw/node, behind node:http. */
export async function startMockHttpServer(options: MockHttpServerOptions = {}) {
  const { host = '127.0.0.1', allowedOrigins = DEV_ORIGINS, seed = true, clock } = options;
  const runtime: MockRuntime = createMockRuntime({ loadFixture: loadFixtureFromDisk, seed, clock });
  await runtime.start();
  const handlers = runtime.handlers('*');
  const allowed = new Set(allowedOrigins);

  const server = createServer(async (req, res) => {
    const origin = req.headers.origin;
    const cors: Record<string, string> = origin && allowed.has(origin)
      ? { ...CORS_HEADERS, 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
      : { Vary: 'Origin' };
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(origin && allowed.has(origin) ? 204 : 403, cors).end();
        return;
      }
      const base = `http://${req.headers.host ?? `${host}:${(server.address() as AddressInfo).port}`}`;
      const response = await getResponse(handlers, toRequest(req, base));
      if (response?.type === 'error') {
        // A "network" fault: the answer breaks off, as through a crashed proxy. Headers first, so
        // the browser cannot take it for an idle keep-alive socket and silently send it again.
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000', ...cors });
        res.write('{"result":');
        res.flushHeaders();
        setTimeout(() => req.socket.destroy(), 20);
        return;
      }
      await send(res, response ?? notFound(), cors);
    } catch (error) {
      console.error('[mock server]', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json', ...cors });
      res.end(JSON.stringify({ error: { title: 'The mock server failed.' }, reason: 'The mock server failed.' }));
    } finally {
      // An early answer (a refused token, say) leaves the upload unread: drain it so the
      // browser reads the answer instead of a reset connection.
      if (!req.complete) req.resume();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    runtime,
    allowOrigin: (o: string) => allowed.add(o),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function notFound(): Response {
  const title = 'There is no such API call.';
  return Response.json({ error: { title }, reason: title }, { status: 404 });
}
