import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { attachAsset } from '../../src/api/attach-asset';
import { deleteAsset } from '../../src/api/delete-asset';
import { listSegmentAssets } from '../../src/api/list-assets';
import { uploadMedia } from '../../src/api/upload-media';
import { MULTIPART_OVERHEAD } from '../../mocks/http/multipart';
import { TARGETS, useMockTarget } from './harness';
import { addAsset, bytes, SCOPE, SEGMENT } from './helpers';

const CONTROL = { 'X-Mock-Control': '1' };
const STATE_CHANGING: [string, string, unknown][] = [
  ['POST', '/__mock/reset', undefined],
  ['POST', '/__mock/expire-sessions', undefined],
  ['POST', '/__mock/seed', { segmentId: SEGMENT, count: 5, locale: null }],
  ['PUT', '/__mock/faults', { spec: 'any:503:*' }],
  ['DELETE', '/__mock/faults', undefined],
  ['PUT', '/__mock/throttle', { limit: 1 }],
];

describe.each(TARGETS)('the mock\u2019s control calls (%s)', (name) => {
  const mock = useMockTarget(name);

  it('refuse a cross-site "simple" request (no custom header) and change nothing', async () => {
    await addAsset(mock.client, 'kept.png');
    const token = await mock.login();
    for (const origin of ['http://evil.example', 'null', undefined]) {
      for (const [method, path, body] of STATE_CHANGING) {
        const response = await fetch(`${mock.baseUrl}${path}`, {
          method,
          headers: { 'Content-Type': 'text/plain', ...(origin ? { Origin: origin } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        expect(response.status, `${method} ${path} from ${origin}`).toBe(403);
        expect((await response.json()).error.title).toMatch(/^The mock's control calls /);
      }
    }
    // Same data, no fault, no throttle, and the session still valid.
    const listed = await listSegmentAssets(mock.fixedTokenClient(token), SCOPE, SEGMENT);
    expect(listed.map((a) => a.name)).toEqual(['kept.png']);
    expect(mock.runtime.faults.describe()).toBe('');
  });

  it('run with X-Mock-Control: 1', async () => {
    await addAsset(mock.client, 'gone.png');
    const seeded = await fetch(`${mock.baseUrl}/__mock/seed`, {
      method: 'POST', headers: { ...CONTROL, 'Content-Type': 'application/json' }, body: JSON.stringify({ segmentId: SEGMENT, count: 2 }),
    });
    expect(await seeded.json()).toEqual({ added: 2 });
    expect(await listSegmentAssets(mock.client, SCOPE, SEGMENT)).toHaveLength(3);
    const reset = await fetch(`${mock.baseUrl}/__mock/reset`, { method: 'POST', headers: CONTROL });
    expect(await reset.json()).toEqual({ reset: true });
    const names = (await listSegmentAssets(mock.client, SCOPE, SEGMENT)).map((a) => a.name);
    expect(names).not.toContain('gone.png');
  });
});

/** A raw HTTP/1.1 exchange: what node's client would tidy up (Host, Expect, early answers) stays visible. */
function exchange(port: number, head: string, body?: (socket: Socket) => Promise<void>) {
  return new Promise<{ status: number; json: unknown; text: string; error: string | null }>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let error: string | null = null;
    socket.on('data', (chunk: Buffer) => { text += chunk.toString('latin1'); });
    socket.on('error', (e: NodeJS.ErrnoException) => { error = e.code ?? e.message; });
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      let json: unknown = null;
      try {
        json = JSON.parse(text.slice(text.lastIndexOf('\r\n\r\n') + 4));
      } catch { /* not JSON: the assertions say so */ }
      resolve({ status, json, text, error });
    });
    socket.write(head);
    void (body ? body(socket) : Promise.resolve()).then(() => socket.end(), () => undefined);
  });
}

const titleOf = (json: unknown) => (json as { error: { title: string } }).error.title;

/** Writes with backpressure; false once the server has closed the connection. */
async function write(socket: Socket, data: Buffer | string): Promise<boolean> {
  if (socket.destroyed) return false;
  if (socket.write(data)) return true;
  await Promise.race([once(socket, 'drain'), once(socket, 'close')]);
  return !socket.destroyed;
}

const PART_HEAD = '--XX\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n';
const PART_TAIL = '\r\n--XX--\r\n';
const MB = 1_000_000;
const CHUNK = Buffer.alloc(MB);

describe('the mock over HTTP', () => {
  const mock = useMockTarget('http server');
  const port = () => mock.http!.port;
  const uploadHead = async (query: string, headers: string) =>
    `POST /api/media/upload${query} HTTP/1.1\r\nHost: 127.0.0.1:${port()}\r\nX-Auth-Token: ${await mock.login()}\r\n`
    + `X-Auth-AccountId: demo\r\nContent-Type: multipart/form-data; boundary=XX\r\n${headers}\r\n`;

  it('grants the control header\u2019s preflight to allowed origins only, and refuses other origins even with it', async () => {
    const preflight = (origin: string) => fetch(`${mock.baseUrl}/__mock/reset`, {
      method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-mock-control' },
    });
    const allowed = await preflight('http://localhost:5173');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('Access-Control-Allow-Headers')).toMatch(/X-Mock-Control/);
    const foreign = await preflight('http://127.0.0.1:5312');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('Access-Control-Allow-Origin')).toBeNull();

    mock.runtime.faults.set('list:503:*');
    for (const origin of ['http://127.0.0.1:5312', 'null']) {
      const response = await fetch(`${mock.baseUrl}/__mock/faults`, { method: 'DELETE', headers: { ...CONTROL, Origin: origin } });
      expect(response.status).toBe(403);
    }
    expect(mock.runtime.faults.describe()).not.toBe('');
    const fromDevApp = await fetch(`${mock.baseUrl}/__mock/faults`, { method: 'DELETE', headers: { ...CONTROL, Origin: 'http://localhost:5173' } });
    expect(fromDevApp.status).toBe(200);
    expect(mock.runtime.faults.describe()).toBe('');
  });

  it('answers a junk or missing Host with a 400 error body, never reflecting it into a downloadUrl', async () => {
    await addAsset(mock.client, 'shot.png');
    const path = `/api/resources/assets/${SEGMENT}/list?scope=${SCOPE}`;
    const auth = `X-Auth-Token: ${await mock.login()}\r\nX-Auth-AccountId: demo\r\n`;
    for (const host of ['evil.example:99999', 'a b', '<script>', `evil.example:${port()}`, '127.0.0.1:1', '']) {
      const line = host ? `Host: ${host}\r\n` : '';
      const answer = await exchange(port(), `GET ${path} HTTP/1.1\r\n${line}${auth}Connection: close\r\n\r\n`);
      expect(answer.status, host).toBe(400);
      expect(titleOf(answer.json)).toBe('The Host header or the request target does not name this server.');
      if (host) expect(answer.text).not.toContain(host);
    }
    const absolute = await exchange(port(), `GET http://evil.example${path} HTTP/1.1\r\nHost: 127.0.0.1:${port()}\r\n${auth}Connection: close\r\n\r\n`);
    expect(absolute.status).toBe(400);
    expect(absolute.text).not.toContain('evil.example');

    // The server's own names are its answers' origins.
    for (const host of [`localhost:${port()}`, `[::1]:${port()}`, `127.0.0.1:${port()}`]) {
      const answer = await exchange(port(), `GET ${path} HTTP/1.1\r\nHost: ${host}\r\n${auth}Connection: close\r\n\r\n`);
      expect(answer.status).toBe(200);
      expect((answer.json as { downloadUrl: string }[])[0]!.downloadUrl.startsWith(`http://${host}/api/resources/assets/`)).toBe(true);
    }
  });

  it('refuses an upload whose length exceeds maxsize before reading it, without 100 Continue', async () => {
    const length = PART_HEAD.length + 50 * MB + PART_TAIL.length;
    const answer = await exchange(port(), await uploadHead('?maxsize=1000000', `Content-Length: ${length}\r\nExpect: 100-continue\r\n`));
    expect(answer.status).toBe(400);
    expect(answer.text).not.toContain('100 Continue');
    expect(titleOf(answer.json)).toBe('The file is more than the maximum of 1000000 bytes.');
    expect(mock.http!.stats.uploadBytesParsed).toBe(0);
  });

  it('answers a client that sends the whole too-large body anyway (as a browser does) with the 400, not a reset', async () => {
    const size = 20 * MB;
    const head = await uploadHead('?maxsize=1000000', `Content-Length: ${PART_HEAD.length + size + PART_TAIL.length}\r\n`);
    const answer = await exchange(port(), head, async (socket) => {
      await write(socket, PART_HEAD);
      for (let sent = 0; sent < size; sent += MB) if (!(await write(socket, CHUNK))) return;
      await write(socket, PART_TAIL);
    });
    expect(answer.error).toBeNull();
    expect(answer.status).toBe(400);
    expect(titleOf(answer.json)).toBe('The file is more than the maximum of 1000000 bytes.');
    expect(mock.http!.stats.uploadBytesParsed).toBe(0);
    expect(mock.http!.stats.bodyBytesDrained).toBeGreaterThan(0);
  });

  it('stops reading a body of unknown length at maxsize', async () => {
    const offered = 20 * MB;
    const answer = await exchange(port(), await uploadHead('?maxsize=1000000', 'Transfer-Encoding: chunked\r\n'), async (socket) => {
      const chunk = (data: Buffer | string) => write(socket, Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), Buffer.from(data), Buffer.from('\r\n')]));
      await chunk(PART_HEAD);
      for (let sent = 0; sent < offered; sent += MB) if (!(await chunk(CHUNK))) return;
      await chunk(PART_TAIL);
      await write(socket, '0\r\n\r\n');
    });
    expect(answer.status).toBe(400);
    expect(titleOf(answer.json)).toBe('The file is more than the maximum of 1000000 bytes.');
    // Parsing stopped within a socket read or two of maxsize + overhead: far from what was offered.
    const parsed = mock.http!.stats.uploadBytesParsed;
    expect(parsed).toBeGreaterThan(MB);
    expect(parsed).toBeLessThan(MB + MULTIPART_OVERHEAD + 2 * 65_536 + 64);
    expect(mock.runtime.store.state.media.size).toBe(0);
  });

  it('keeps a normal upload on disk, byte for byte, and removes its file once the asset is gone', async () => {
    const data = new Uint8Array(3 * MB + 17);
    for (let i = 0; i < data.length; i += 1) data[i] = (i * 7919 + (i >> 13)) % 256;
    const media = await uploadMedia(mock.client, new Blob([data], { type: 'image/png' }), { filename: 'dossier/caf\u00e9 \u00fc.png', maxsize: 4 * MB });
    expect(media.name).toBe('dossier/caf\u00e9 \u00fc.png');
    expect(mock.http!.stats.uploadBytesParsed).toBeGreaterThan(data.length);
    const asset = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token });
    expect([asset.relativePath, asset.name, asset.size, asset.contentType]).toEqual(['dossier', 'caf\u00e9 \u00fc.png', data.length, 'image/png']);
    const token = await mock.login();
    const download = await fetch(asset.downloadUrl, { headers: { 'X-Auth-Token': token, 'X-Auth-AccountId': 'demo' } });
    // Compared as buffers: a deep equality over 3 million elements takes the test's whole time.
    expect(Buffer.from(await download.arrayBuffer()).equals(data)).toBe(true);
    expect(mock.http!.stats.tempFiles).toBe(1);

    await deleteAsset(mock.client, SCOPE, asset);
    await vi.waitFor(() => expect(mock.http!.stats.tempFiles).toBe(0), { timeout: 5_000 });
  });

  it('removes the file of a refused upload at once', async () => {
    const error = await uploadMedia(mock.client, bytes(2048), { filename: 'x.png', maxsize: 1024 }).catch((e: unknown) => e);
    expect((error as { title: string }).title).toBe('The file is 2048 bytes, more than the maximum of 1024 bytes.');
    await vi.waitFor(() => expect(mock.http!.stats.tempFiles).toBe(0), { timeout: 5_000 });
  });

  /** A 20 MB asset, and a raw request for its download (the answer read as the test likes). */
  async function bigDownload() {
    const media = await uploadMedia(mock.client, new Blob([new Uint8Array(20 * MB)], { type: 'image/png' }), { filename: 'big.png' });
    const asset = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token });
    const url = new URL(asset.downloadUrl);
    return `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nX-Auth-Token: ${await mock.login()}\r\nX-Auth-AccountId: demo\r\n\r\n`;
  }

  it('stops sending a download whose client went away (a preview scrolled out of view), and holds nothing open for it', async () => {
    const request = await bigDownload();
    const socket = connect(port(), '127.0.0.1');
    socket.write(request);
    // The answer has begun; the client reads no further (the server's writes fill the socket), then leaves.
    await once(socket, 'data');
    socket.pause();
    await vi.waitFor(() => expect(mock.http!.stats.answersSending).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 200));
    socket.destroy();
    await vi.waitFor(() => expect(mock.http!.stats.answersSending).toBe(0), { timeout: 5_000 });
  });

  it('closes quietly in the middle of a download: no error for a file it removed itself', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const request = await bigDownload();
    const socket = connect(port(), '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write(request);
    await once(socket, 'data');
    await mock.http!.close();
    await vi.waitFor(() => expect(mock.http!.stats.answersSending).toBe(0), { timeout: 5_000 });
    expect(errors).not.toHaveBeenCalled();
  });
});
