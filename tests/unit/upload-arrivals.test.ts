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
    // A stream of files: once a second, one refresh per scope and batch.
    invalidate.mockClear();
    arrivals.add('pr7214', asset('b.png'));
    arrivals.add('pr7214', asset('c.png'));
    vi.advanceTimersByTime(1000);
    expect(invalidate).toHaveBeenCalledTimes(1);
  });
});
