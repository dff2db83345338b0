import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient, RequestOptions } from '../../src/api/client';
import { assetKeys } from '../../src/api/query-keys';
import type { Asset } from '../../src/domain/asset';
import { createDeleteQueue } from '../../src/features/gallery/delete-queue';

const SCOPE = 'pr7214';
const SEGMENT = 27665601;
const key = assetKeys.segment(SCOPE, SEGMENT);

function asset(name: string, v = '1'): Asset {
  return {
    projectId: 7214, documentId: 19641, segmentId: SEGMENT, locale: null, relativePath: '', name, size: 1, contentType: 'image/png',
    createdDate: '2025-07-27T15:58:33.8999983Z', modifiedDate: '2025-07-27T15:58:33.8999983Z',
    downloadUrl: `https://wordbee.mock/api/resources/assets/${SEGMENT}?scope=${SCOPE}&filename=${name}&v=${v}`,
  };
}

/** A client that records the deletes and answers 200 (or fails when told); a list call answers `server`. */
function recordingClient(fail = false, server: Asset[] = []) {
  const calls: RequestOptions[] = [];
  const client = {
    request: vi.fn(async (options: RequestOptions) => {
      calls.push(options);
      if (fail) throw new Error('refused');
      return new Response(null, { status: 200 });
    }),
    json: vi.fn(async () => server),
  } as unknown as ApiClient;
  return { client, calls };
}

function setup(list: Asset[], fail = false, server: Asset[] = list) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(key, list);
  const { client, calls } = recordingClient(fail, server);
  const superseded = vi.fn();
  const queue = createDeleteQueue(queryClient, client, superseded);
  const stop = queue.watch();
  const names = () => queryClient.getQueryData<Asset[]>(key)!.map((a) => a.name).sort();
  return { queryClient, queue, calls, superseded, names, stop };
}

describe('deletes that wait for an Undo', () => {
  it('take the image and its marks file out of the list at once, and send nothing until asked', async () => {
    const shot = asset('shot.png');
    const marks = asset('shot.png.marks.json');
    const { queue, calls, names } = setup([shot, marks, asset('other.png')]);
    const pending = queue.hide(SCOPE, SEGMENT, { asset: shot, marks });
    expect(names()).toEqual(['other.png']);
    expect(calls).toEqual([]);
    await queue.send(pending.id, true);
    expect(calls.map((c) => [c.method, c.query?.filename, c.keepalive])).toEqual([
      ['DELETE', 'shot.png', true], ['DELETE', 'shot.png.marks.json', true],
    ]);
  });

  it('Undo puts them back and sends nothing, also when the time runs out later', async () => {
    const shot = asset('shot.png');
    const { queue, calls, names } = setup([shot, asset('other.png')]);
    const pending = queue.hide(SCOPE, SEGMENT, { asset: shot });
    expect(queue.restore(pending.id)).toBe(true);
    expect(names()).toEqual(['other.png', 'shot.png']);
    expect(await queue.send(pending.id)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('keeps a list fetched meanwhile stripped of them', () => {
    const shot = asset('shot.png');
    const { queryClient, queue, names } = setup([shot, asset('other.png')]);
    queue.hide(SCOPE, SEGMENT, { asset: shot });
    queryClient.setQueryData(key, [shot, asset('other.png'), asset('new.png')]);
    expect(names()).toEqual(['new.png', 'other.png']);
  });

  it('calls off the delete of a file uploaded again meanwhile (a new version is not what was deleted)', async () => {
    const shot = asset('shot.png', '1');
    const { queryClient, queue, calls, superseded, names } = setup([shot]);
    const pending = queue.hide(SCOPE, SEGMENT, { asset: shot });
    queryClient.setQueryData(key, [asset('shot.png', '2')]);
    expect(names()).toEqual(['shot.png']);
    expect(superseded).toHaveBeenCalledWith(pending);
    expect(await queue.send(pending.id)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('delete-all uses the segment call, unless something arrived meanwhile: then only what the user saw goes', async () => {
    const seen = [asset('a.png'), asset('b.png')];
    const first = setup(seen);
    await first.queue.send(first.queue.hide(SCOPE, SEGMENT, { all: seen }).id);
    expect(first.calls.map((c) => [c.path, c.query])).toEqual([[`resources/assets/${SEGMENT}`, { scope: SCOPE }]]);

    const second = setup(seen, false, [...seen, asset('late.png')]);
    const pending = second.queue.hide(SCOPE, SEGMENT, { all: seen });
    second.queryClient.setQueryData(key, [...seen, asset('late.png')]);
    expect(second.names()).toEqual(['late.png']);
    await second.queue.send(pending.id);
    expect(second.calls.map((c) => c.query?.filename).sort()).toEqual(['a.png', 'b.png']);
  });

  it('delete-all asks the server first: a file uploaded by someone else meanwhile, or replaced, is not deleted', async () => {
    const seen = [asset('a.png'), asset('b.png')];
    // On the server only (the cache never saw it).
    const colleague = setup(seen, false, [...seen, asset('theirs.png')]);
    await colleague.queue.send(colleague.queue.hide(SCOPE, SEGMENT, { all: seen }).id);
    expect(colleague.calls.map((c) => c.query?.filename).sort()).toEqual(['a.png', 'b.png']);

    const replaced = setup(seen, false, [seen[0]!, asset('b.png', '2')]);
    await replaced.queue.send(replaced.queue.hide(SCOPE, SEGMENT, { all: seen }).id);
    expect(replaced.calls.map((c) => c.query?.filename).sort()).toEqual(['a.png', 'b.png']);

    // A page going away has no time to ask: only what the user saw goes.
    const leaving = setup(seen);
    await leaving.queue.send(leaving.queue.hide(SCOPE, SEGMENT, { all: seen }).id, true);
    expect(leaving.calls.map((c) => c.query?.filename).sort()).toEqual(['a.png', 'b.png']);
  });

  it('a failed delete puts the assets back and rejects', async () => {
    const shot = asset('shot.png');
    const { queue, names } = setup([shot], true);
    const pending = queue.hide(SCOPE, SEGMENT, { asset: shot });
    await expect(queue.send(pending.id)).rejects.toThrow('refused');
    expect(names()).toEqual(['shot.png']);
  });
});
