import { QueryClientProvider } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoSegments } from '../../mocks/fixtures/segments';
import { ApiClientProvider } from '../../src/api/client-context';
import { PanelView } from '../../src/embed/panel-view';
import { SegmentList } from '../../src/features/segments/segment-list';
import { renderUi, startMock } from './render';

const SEGMENT = 27665605;

describe('the standalone app\u2019s one query cache', () => {
  it('an upload in the panel updates the segment list\u2019s counts, without a poll or a callback', async () => {
    const mock = await startMock();
    const { client, queryClient } = mock;
    renderUi(
      <>
        <PanelView client={client} queryClient={queryClient} scope="pr7214" segmentId={SEGMENT} persistKey={null} />
        <QueryClientProvider client={queryClient}>
          <ApiClientProvider client={client}>
            <SegmentList scope="pr7214" segments={demoSegments} selectedId={SEGMENT} onSelect={() => undefined} />
          </ApiClientProvider>
        </QueryClientProvider>
      </>,
    );
    const list = await screen.findByRole('listbox', { name: 'Segments' });
    const row = () => within(list).getByRole('option', { name: new RegExp(`^${SEGMENT}`) });
    await waitFor(() => expect(row()).toHaveTextContent('no assets'));

    await screen.findByText(/No context yet/);
    await userEvent.upload(screen.getByTestId('file-input'), new File([new Uint8Array(16)], 'cart.png', { type: 'image/png' }));
    await waitFor(() => expect(row()).toHaveTextContent('Language-neutral 1'), { timeout: 5000 });
  });
});
