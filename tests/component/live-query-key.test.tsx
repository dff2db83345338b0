import { QueryClient, QueryClientProvider, skipToken, useQuery } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useLiveQueryKey } from '../../src/features/gallery/live-query-key';

const IDLE = ['thing', 'idle'] as const;

function Tile({ id, wanted }: { id: number; wanted: boolean }) {
  const queryKey = useLiveQueryKey(['thing', id], IDLE, wanted);
  const query = useQuery({ queryKey, queryFn: queryKey === IDLE ? skipToken : () => `loaded ${id}`, enabled: wanted, staleTime: Infinity });
  return <span>{`${id}:${query.data ?? 'none'}`}</span>;
}

const withClient = (client: QueryClient, children: ReactNode) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;

describe('the key a tile observes', () => {
  it('is one shared key for every tile neither wanted nor cached: no cache entry per tile a scroll passes', () => {
    const client = new QueryClient();
    render(withClient(client, Array.from({ length: 50 }, (_, i) => <Tile key={i} id={i} wanted={false} />)));
    expect(client.getQueryCache().getAll().map((q) => q.queryKey)).toEqual([IDLE]);
  });

  it('is the tile\u2019s own once its data is cached, even when another part of the page put it there', async () => {
    const client = new QueryClient();
    const view = render(withClient(client, <Tile id={7} wanted={false} />));
    expect(view.container).toHaveTextContent('7:none');
    await act(async () => {
      client.setQueryData(['thing', 7], 'from the lightbox');
    });
    expect(view.container).toHaveTextContent('7:from the lightbox');
    // It observes its own entry now: the data stays while the tile shows it.
    expect(client.getQueryCache().find({ queryKey: ['thing', 7] })!.getObserversCount()).toBe(1);
  });

  it('is the tile\u2019s own, and loads, once wanted', async () => {
    const client = new QueryClient();
    const view = render(withClient(client, <Tile id={3} wanted={false} />));
    view.rerender(withClient(client, <Tile id={3} wanted />));
    await view.findByText('3:loaded 3');
  });
});
