import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assetKeys } from '../../src/api/query-keys';
import type { Asset } from '../../src/domain/asset';
import { createArrivals } from '../../src/features/upload/cache';

const asset = (name: string): Asset => ({
  segmentId: 27665601, locale: null, relativePath: null, name, size: 10, contentType: 'image/png', created: '2026-11-28T00:00:00Z',
  downloadUrl: `https://wordbee.example/api/resources/assets/27665601?scope=pr7214&filename=${name}&v=1`,
} as unknown as Asset);

describe('finished uploads arriving in the gallery', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refresh the segment list\u2019s counts with each batch, not only once the queue is quiet', () => {
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const arrivals = createArrivals(queryClient);
    arrivals.add('pr7214', asset('a.png'));
    expect(invalidate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: [...assetKeys.scope('pr7214'), 'segments'] });
    // A stream of files: every 2 s, one refresh per scope and batch.
    invalidate.mockClear();
    arrivals.add('pr7214', asset('b.png'));
    arrivals.add('pr7214', asset('c.png'));
    vi.advanceTimersByTime(1999);
    expect(invalidate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(invalidate).toHaveBeenCalledTimes(1);
  });

  it('show a file that finishes alone at once, and the files of a batch together, every 2 s', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(assetKeys.segment('pr7214', 27665601), [] as Asset[]);
    const shown = () => queryClient.getQueryData<Asset[]>(assetKeys.segment('pr7214', 27665601))!.map((a) => a.name);
    const arrivals = createArrivals(queryClient);
    // The first of 100: the other 99 are still sending, the gallery waits for more of them.
    arrivals.add('pr7214', asset('first.png'), true);
    vi.advanceTimersByTime(150);
    expect(shown()).toEqual([]);
    arrivals.add('pr7214', asset('second.png'), true);
    vi.advanceTimersByTime(1849);
    expect(shown()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual(['first.png', 'second.png']);
    // Long after, one file alone.
    vi.advanceTimersByTime(5000);
    arrivals.add('pr7214', asset('alone.png'), false);
    vi.advanceTimersByTime(150);
    expect(shown()).toEqual(['first.png', 'second.png', 'alone.png']);
    // The last of a batch shows with the queue's end, not a second later.
    arrivals.add('pr7214', asset('last.png'), true);
    arrivals.flush();
    expect(shown()).toContain('last.png');
  });
});
