import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AssetPanel } from '../../src/embed/asset-panel';
import { renderUi, startMock } from './render';

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

describe('the segment\u2019s assets', () => {
  it('lists each asset with its language, folder, size and type', async () => {
    const mock = await startMock();
    stop = mock.stop;
    renderUi(<AssetPanel client={mock.client} scope="pr7214" segmentId={27665601} />);
    expect(screen.getByText('Loading the segment\u2019s assets\u2026')).toHaveAttribute('role', 'status');
    const list = await screen.findByRole('list', { name: 'Assets' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const german = items.find((item) => item.textContent?.includes('checkout-de.png'))!;
    expect(german).toHaveTextContent('de');
    expect(german).toHaveTextContent('Folder public/views');
    expect(german).toHaveTextContent('32.6 KB');
    expect(items.find((item) => item.textContent?.includes('checkout-screen.png'))).toHaveTextContent('All languages');
  });

  it('says when a segment has no context yet', async () => {
    const mock = await startMock();
    stop = mock.stop;
    renderUi(<AssetPanel client={mock.client} scope="pr7214" segmentId={27665630} />);
    expect(await screen.findByText('No context yet: drop screenshots or videos here.')).toBeInTheDocument();
  });

  it('shows the server\u2019s title on a failure and recovers on "Try again"', async () => {
    const mock = await startMock();
    stop = mock.stop;
    mock.faults.set('list:404:1');
    renderUi(<AssetPanel client={mock.client} scope="pr7214" segmentId={27665601} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The request could not be processed.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Assets' })).toBeInTheDocument();
  });

  it('says which right is missing for a scope without access', async () => {
    const mock = await startMock();
    stop = mock.stop;
    renderUi(<AssetPanel client={mock.client} scope="pr9999" segmentId={29990001} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have the right to access the reference material of this project.');
  });
});
