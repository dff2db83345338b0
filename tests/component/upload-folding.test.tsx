import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PanelView } from '../../src/embed/panel-view';
import { renderUi, startMock } from './render';

const file = (name: string, size = 16) => new File([new Uint8Array(size)], name, { type: 'image/png' });

describe('finished uploads', () => {
  it('fold into one line that opens their list; failures stay until dismissed; a deleted asset\'s row leaves', async () => {
    const user = userEvent.setup();
    const mock = await startMock({ seed: false });
    renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={27665602} persistKey={null} />);
    await screen.findByText(/No context yet/);
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input, [file('one.png'), file('CON.png'), file('two.png'), file('three.png')]);

    const show = await screen.findByRole('button', { name: 'Show finished uploads' });
    await waitFor(() => expect(show.closest('p')!.textContent!.replace(/\s+/g, ' ')).toBe('3 of 4 uploaded, 48 B of 64 B · 1 failed · Show'));
    expect(show).toHaveAttribute('aria-expanded', 'false');
    // Only the failure is a row: it stays, with its reason, until dismissed.
    const open = screen.getByRole('list', { name: 'Uploads' });
    expect(within(open).getAllByRole('listitem').map((li) => li.querySelector('.sap-upload-name')?.textContent)).toEqual(['CON.png']);
    expect(screen.queryByRole('list', { name: 'Finished uploads' })).toBeNull();

    await user.click(show);
    const finished = screen.getByRole('list', { name: 'Finished uploads' });
    expect(within(finished).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Hide finished uploads' })).toHaveAttribute('aria-expanded', 'true');

    // The asset is deleted (its Undo still possible): its "Uploaded" row goes at once.
    await user.click(await screen.findByRole('button', { name: 'Delete two.png' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(finished).getAllByRole('listitem')).toHaveLength(2));
    expect(finished).not.toHaveTextContent('two.png');
    expect(show.closest('p')).toHaveTextContent(/^2 of 3 uploaded/);

    await user.click(within(open).getByRole('button', { name: 'Dismiss CON.png' }));
    // The list redraws a few times a second, not on every change.
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Uploads' })).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Clear finished' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /finished uploads$/ })).toBeNull());
  }, 15_000);
});
