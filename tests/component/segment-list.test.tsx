import { QueryClientProvider } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { demoSegments } from '../../mocks/fixtures/segments';
import { ApiClientProvider } from '../../src/api/client-context';
import { createPanelQueryClient } from '../../src/api/query-client';
import { SegmentList, type SegmentListProps, type SegmentText } from '../../src/features/segments/segment-list';
import { renderUi, startMock, type Mock } from './render';

/** The panel's retry rules (transient errors twice), with short delays so a test need not wait 4 s. */
function testQueryClient() {
  const queryClient = createPanelQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 10 } });
  return queryClient;
}

/** Every list call the mock receives: the several-segments call and the one-segment call apart. */
function recordListCalls(mock: Mock) {
  const calls = { several: [] as string[], single: [] as string[] };
  mock.server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/resources/assets/list') calls.several.push(url.searchParams.get('segmentIds') ?? '');
    else if (/^\/api\/resources\/assets\/\d+\/list$/.test(url.pathname)) calls.single.push(url.pathname);
  });
  return calls;
}

/** The list as the app uses it: the selection lives outside and follows onSelect. */
function Harness({ onSelect, initial = 27665601, ...props }: Partial<SegmentListProps> & { initial?: number | null }) {
  const [selectedId, setSelectedId] = useState<number | null>(initial);
  return (
    <SegmentList
      scope="pr7214"
      segments={demoSegments}
      {...props}
      selectedId={selectedId}
      onSelect={(id) => {
        setSelectedId(id);
        onSelect?.(id);
      }}
    />
  );
}

async function renderList(mock: Mock, props: Partial<SegmentListProps> & { initial?: number | null } = {}) {
  renderUi(
    <QueryClientProvider client={testQueryClient()}>
      <ApiClientProvider client={mock.client}>
        <Harness {...props} />
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return screen.findByRole('listbox', { name: 'Segments' });
}

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => 27665600 + from + i).join(',');
const option = (list: HTMLElement, segmentId: number) => within(list).getByRole('option', { name: new RegExp(`^${segmentId}`) });
const badges = (element: HTMLElement) => [...element.querySelectorAll('.sap-segment-counts > :not(.sap-visually-hidden)')].map((b) => b.textContent?.trim());

describe('the segment list', () => {
  it('shows a page of segments with their source texts and asset counts per language, from one call', async () => {
    const mock = await startMock();
    const calls = recordListCalls(mock);
    const list = await renderList(mock);
    expect(within(list).getAllByRole('option')).toHaveLength(10);
    expect(screen.getByText('Segments 1\u201310 of 30')).toBeInTheDocument();
    expect(option(list, 27665601)).toHaveTextContent('Place order');
    expect(option(list, 27665601)).toHaveAttribute('aria-selected', 'true');

    await waitFor(() => expect(badges(option(list, 27665601))).toEqual(['Language-neutral 1', 'de 1', 'en 1']));
    expect(badges(option(list, 27665602))).toEqual(['Language-neutral 1', 'fr 1']);
    expect(badges(option(list, 27665603))).toEqual(['Language-neutral 1']);
    expect(badges(option(list, 27665604))).toEqual(['de 1', 'ja 1']);
    expect(badges(option(list, 27665605))).toEqual(['no assets']);
    expect(option(list, 27665601)).toHaveAccessibleName('27665601 Place order Assets: Language-neutral 1 de 1 en 1');
    expect(calls.several).toEqual([ids(1, 10)]);
    expect(calls.single).toEqual([]);
  });

  it('asks once per page, also when paging back and forth', async () => {
    const mock = await startMock();
    const calls = recordListCalls(mock);
    const list = await renderList(mock);
    await waitFor(() => expect(badges(option(list, 27665601))).toContain('en 1'));

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText('Segments 11\u201320 of 30')).toBeInTheDocument();
    await waitFor(() => expect(badges(option(list, 27665611))).toEqual(['no assets']));
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(badges(option(list, 27665630))).toEqual(['no assets']));
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(badges(option(list, 27665601))).toEqual(['Language-neutral 1', 'de 1', 'en 1']);

    expect(calls.several).toEqual([ids(1, 10), ids(11, 20), ids(21, 30)]);
    expect(calls.single).toEqual([]);
  });

  it('moves the selection with Up, Down, Home, End and the page keys, and turns the page with it', async () => {
    const mock = await startMock();
    const onSelect = vi.fn();
    const list = await renderList(mock, { onSelect });
    await userEvent.click(option(list, 27665601));
    expect(list).toHaveFocus();

    await userEvent.keyboard('{ArrowDown}');
    expect(onSelect).toHaveBeenLastCalledWith(27665602);
    expect(option(list, 27665602)).toHaveAttribute('aria-selected', 'true');
    expect(list).toHaveAttribute('aria-activedescendant', option(list, 27665602).id);

    await userEvent.keyboard('{End}');
    expect(onSelect).toHaveBeenLastCalledWith(27665630);
    expect(screen.getByText('Segments 21\u201330 of 30')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowUp}');
    expect(onSelect).toHaveBeenLastCalledWith(27665629);
    await userEvent.keyboard('{PageUp}');
    expect(onSelect).toHaveBeenLastCalledWith(27665619);
    expect(screen.getByText('Segments 11\u201320 of 30')).toBeInTheDocument();
    await userEvent.keyboard('{Home}');
    expect(onSelect).toHaveBeenLastCalledWith(27665601);
    await userEvent.keyboard('{PageDown}');
    expect(onSelect).toHaveBeenLastCalledWith(27665611);

    // Down from the last row of a page shows the next page with the segment selected.
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    await userEvent.click(option(list, 27665610));
    await userEvent.keyboard('{ArrowDown}');
    expect(onSelect).toHaveBeenLastCalledWith(27665611);
    expect(option(list, 27665611)).toHaveAttribute('aria-selected', 'true');
  });

  it('starts from the page shown after "Next page" when the selection is on another page', async () => {
    const mock = await startMock();
    const onSelect = vi.fn();
    const list = await renderList(mock, { onSelect });
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(list).not.toHaveAttribute('aria-activedescendant');
    list.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(onSelect).toHaveBeenLastCalledWith(27665611);
  });

  it('keeps the texts and says why when the counts cannot be listed, then recovers on "Try again"', async () => {
    const mock = await startMock();
    const calls = recordListCalls(mock);
    mock.faults.set('list:500:*');
    const list = await renderList(mock);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('An unexpected error occurred on the server. Please try again.');
    // A 5xx is transient: asked three times in all, as the panel's own lists are.
    expect(calls.several).toHaveLength(3);
    expect(option(list, 27665601)).toHaveTextContent('Place order');
    expect(badges(option(list, 27665601))).toEqual([]);

    mock.faults.clear();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(badges(option(list, 27665601))).toEqual(['Language-neutral 1', 'de 1', 'en 1']));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the target text below the source, and text as text', async () => {
    const mock = await startMock();
    const segments: SegmentText[] = [
      { segmentId: 27665601, texts: { en: 'Place order', de: 'Zahlungspflichtig bestellen' } },
      { segmentId: 27665602, texts: { en: '<img src=x onerror="alert(1)"> & <b>bold</b>', de: 'In den Warenkorb' } },
    ];
    const list = await renderList(mock, { segments, targetLocale: 'de' });
    expect(option(list, 27665601)).toHaveTextContent('Place order Zahlungspflichtig bestellen');
    expect(option(list, 27665601).querySelector('bdi[lang="de"]')).toHaveTextContent('Zahlungspflichtig bestellen');
    expect(option(list, 27665602).querySelector('bdi[lang="en"]')!.textContent).toBe('<img src=x onerror="alert(1)"> & <b>bold</b>');
    expect(list.querySelector('img, b')).toBeNull();
    expect(screen.getByText('Segments 1\u20132 of 2')).toBeInTheDocument();
  });
});
