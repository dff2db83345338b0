import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PanelView } from '../../src/embed/panel-view';
import { renderUi, startMock } from './render';

const tileNames = () => [...document.querySelectorAll('.sap-tile-name')].map((n) => n.textContent);

describe('a question about one segment does not outlive it', () => {
  it('a delete dialog left open closes when the host moves to another segment: a confirm cannot reach its files', async () => {
    const mock = await startMock();
    const panel = (segmentId: number) => <PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={segmentId} persistKey={null} />;
    const { rerender } = renderUi(panel(27665601));
    await waitFor(() => expect(tileNames()).toContain('pexels-gons3.jpg'));
    await userEvent.click(screen.getByRole('button', { name: 'Delete pexels-gons3.jpg' }));
    expect(screen.getByRole('dialog', { name: 'Delete pexels-gons3.jpg?' })).toBeInTheDocument();
    rerender(panel(27665602));
    await waitFor(() => expect(tileNames()).toContain('add-to-cart-flow.webm'));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Back on the first segment, nothing pops open again either.
    rerender(panel(27665601));
    await waitFor(() => expect(tileNames()).toContain('pexels-gons3.jpg'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
