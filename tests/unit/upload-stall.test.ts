import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../src/api/client';
import { ApiError } from '../../src/api/errors';
import { STALL_LIMITS_MS, uploadMedia } from '../../src/api/upload-media';

/** A browser XHR reduced to what the upload uses; the test decides when bytes move and answers come. */
class FakeXhr {
  static last: FakeXhr;
  upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  ontimeout?: () => void;
  onabort?: () => void;
  status = 0;
  responseText = '';
  aborted = false;
  constructor() {
    FakeXhr.last = this;
  }
  open() {}
  setRequestHeader() {}
  getResponseHeader() {
    return null;
  }
  send() {}
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total: 100 });
  }
  answer() {
    this.upload.onload?.();
    this.status = 200;
    this.responseText = JSON.stringify({ token: 'tok-1', name: 'a.png' });
    this.onload?.();
  }
}

const client = {
  url: () => 'https://wordbee.example/api/media/upload',
  withAuth: <T>(send: (headers: Record<string, string>) => Promise<T>) => send({ 'X-Auth-Token': 't', 'X-Auth-AccountId': 'a' }),
  session: { touch() {} },
} as unknown as ApiClient;

describe('an upload whose connection goes silent', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('fails as a network error (which the queue retries) after a minute without a byte sent', async () => {
    const result = uploadMedia(client, new Blob(['x']), { filename: 'a.png' });
    const failed = expect(result).rejects.toSatisfy((e) => e instanceof ApiError && e.kind === 'network');
    const xhr = FakeXhr.last;
    // Bytes moving keep it alive however long it takes.
    for (let i = 1; i <= 5; i += 1) {
      vi.advanceTimersByTime(STALL_LIMITS_MS.sending - 1000);
      xhr.progress(i * 10);
    }
    expect(xhr.aborted).toBe(false);
    vi.advanceTimersByTime(STALL_LIMITS_MS.sending);
    expect(xhr.aborted).toBe(true);
    await failed;
  });

  it('a request the browser holds back (no byte sent yet: its connections to the host are busy) is not stalled', async () => {
    const result = uploadMedia(client, new Blob(['x']), { filename: 'a.png' });
    const xhr = FakeXhr.last;
    vi.advanceTimersByTime(STALL_LIMITS_MS.sending * 3);
    expect(xhr.aborted).toBe(false);
    // Its bytes start moving, then stop: from there the limit runs.
    xhr.progress(0);
    vi.advanceTimersByTime(STALL_LIMITS_MS.sending);
    expect(xhr.aborted).toBe(true);
    await expect(result).rejects.toSatisfy((e) => e instanceof ApiError && e.kind === 'network');
  });

  it('waits longer for the answer once every byte is sent, then gives up the same way', async () => {
    const result = uploadMedia(client, new Blob(['x']), { filename: 'a.png' });
    const failed = expect(result).rejects.toSatisfy((e) => e instanceof ApiError && e.kind === 'network');
    const xhr = FakeXhr.last;
    xhr.progress(100);
    xhr.upload.onload?.();
    vi.advanceTimersByTime(STALL_LIMITS_MS.sending * 2);
    expect(xhr.aborted).toBe(false);
    vi.advanceTimersByTime(STALL_LIMITS_MS.answering);
    expect(xhr.aborted).toBe(true);
    await failed;
  });

  it('an answer in time clears the watch; a cancel by the user stays a cancel', async () => {
    const ok = uploadMedia(client, new Blob(['x']), { filename: 'a.png' });
    FakeXhr.last.answer();
    await expect(ok).resolves.toEqual({ token: 'tok-1', name: 'a.png' });
    expect(vi.getTimerCount()).toBe(0);

    const controller = new AbortController();
    const canceled = uploadMedia(client, new Blob(['x']), { filename: 'a.png', signal: controller.signal });
    controller.abort();
    await expect(canceled).rejects.toMatchObject({ name: 'AbortError' });
    expect(vi.getTimerCount()).toBe(0);
  });
});
