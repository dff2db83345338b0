import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listSegmentAssets } from '../../src/api/list-assets';
import { PanelView } from '../../src/embed/panel-view';
import { unsentDeletes } from '../../src/features/gallery/unsent-deletes';
import { MOCK_BASE, renderUi, startMock, type Mock } from './render';

const tileNames = () => [...document.querySelectorAll('.sap-tile-name')].map((n) => n.textContent).sort();
const stored = (mock: Mock, segmentId: number) => [...mock.store.state.assets.values()].filter((a) => a.segmentId === segmentId).map((a) => a.name).sort();

/** The DELETE calls that reached the mock (method, file name or null for "all"). */
function countDeletes(mock: Mock) {
  const seen: (string | null)[] = [];
  mock.server.events.on('request:start', ({ request }) => {
    if (request.method === 'DELETE') seen.push(new URL(request.url).searchParams.get('filename'));
  });
  return seen;
}

async function openPanel(segmentId = 27665601, props: Record<string, unknown> = {}, before?: (mock: Mock) => Promise<void> | void) {
  const mock = await startMock();
  await before?.(mock);
  const deletes = countDeletes(mock);
  const onDeleted = vi.fn();
  renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={segmentId} persistKey={null} onDeleted={onDeleted} {...props} />);
  await waitFor(() => expect(tileNames().length).toBeGreaterThan(0));
  return { mock, deletes, onDeleted };
}

// The 10 s window runs on a fake clock; real time still moves it a little (requests, renders).
const user = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

async function confirmDelete(name: string) {
  await user().click(screen.getByRole('button', { name: `Delete ${name}` }));
  await user().click(within(screen.getByRole('dialog', { name: `Delete ${name}?` })).getByRole('button', { name: 'Delete' }));
}

describe('deleting waits about 10 s for an Undo', { timeout: 20_000 }, () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => vi.useRealTimers());

  it('the tile leaves at once and the counts follow; Undo brings it back and nothing is sent', async () => {
    const { mock, deletes, onDeleted } = await openPanel();
    await confirmDelete('pexels-gons3.jpg');
    expect(tileNames()).toEqual(['checkout-de.png', 'checkout-screen.png']);
    expect(screen.getByText(/Showing 2 of 2/)).toBeInTheDocument();
    const toast = screen.getByText('pexels-gons3.jpg was deleted.').closest('.sap-toast') as HTMLElement;
    await user().click(within(toast).getByRole('button', { name: 'Undo deleting pexels-gons3.jpg' }));
    await waitFor(() => expect(tileNames()).toContain('pexels-gons3.jpg'));
    expect(screen.getByText('Deleting pexels-gons3.jpg was undone.').closest('[aria-live="polite"]')).not.toBeNull();
    await pass(30_000);
    expect(deletes).toEqual([]);
    expect(onDeleted).not.toHaveBeenCalled();
    expect(stored(mock, 27665601)).toContain('pexels-gons3.jpg');
  });

  it('without Undo the call goes out when the window ends, not before; the host hears of it then', async () => {
    const { mock, deletes, onDeleted } = await openPanel();
    await confirmDelete('pexels-gons3.jpg');
    await pass(9000);
    expect(deletes).toEqual([]);
    await pass(1500);
    await waitFor(() => expect(deletes).toEqual(['pexels-gons3.jpg']));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledOnce());
    expect(onDeleted.mock.calls[0]![0].map((a: { name: string }) => a.name)).toEqual(['pexels-gons3.jpg']);
    expect(stored(mock, 27665601)).not.toContain('pexels-gons3.jpg');
    expect(screen.queryByText('pexels-gons3.jpg was deleted.')).toBeNull();
  });

  it('an image goes with its marks file', async () => {
    const { mock, deletes } = await openPanel(27665616, {}, (m) => m.context.seedMany(27665616, 2, null, { markEvery: 1 }).then(() => undefined));
    const [image] = stored(mock, 27665616).filter((n) => !n.endsWith('.marks.json'));
    await confirmDelete(image!);
    await pass(11_000);
    await waitFor(() => expect(deletes.sort()).toEqual([image, `${image}.marks.json`]));
  });

  it('no time passes while the toast is hovered', async () => {
    const { deletes } = await openPanel();
    await confirmDelete('checkout-de.png');
    const toast = screen.getByText('checkout-de.png was deleted.');
    const pointer = user();
    await pointer.hover(toast);
    await pass(30_000);
    expect(deletes).toEqual([]);
    await pointer.unhover(toast);
    await pass(10_500);
    await waitFor(() => expect(deletes).toEqual(['checkout-de.png']));
  });

  it('leaving the page sends what waits at once, noted down until it is known to have gone out', async () => {
    const { deletes } = await openPanel();
    await confirmDelete('checkout-de.png');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(Object.keys(localStorage)).toEqual([`segment-asset-panel:unsent-deletes:${MOCK_BASE}/api|demo`]);
    await waitFor(() => expect(deletes).toEqual(['checkout-de.png']));
    expect(screen.queryByText('checkout-de.png was deleted.')).toBeNull();
    await waitFor(() => expect(localStorage.length).toBe(0));
  });

  it('what an earlier page noted down and may not have delivered goes at the next load, if still the same version', async () => {
    const mock = await startMock();
    const listed = await listSegmentAssets(mock.client, 'pr7214', 27665601);
    const [pexels, german] = ['pexels-gons3.jpg', 'checkout-de.png'].map((name) => listed.find((a) => a.name === name)!);
    const replaced = { ...german!, downloadUrl: german!.downloadUrl.replace(/v=\d+/, 'v=1') };
    unsentDeletes.remember(`${MOCK_BASE}/api|demo`, { id: 'earlier', scope: 'pr7214', segmentId: 27665601, assets: [pexels!, replaced], at: Date.now() });
    const deletes = countDeletes(mock);
    const onDeleted = vi.fn();
    renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={27665603} persistKey={null} onDeleted={onDeleted} />);
    await waitFor(() => expect(deletes).toEqual(['pexels-gons3.jpg']));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledOnce());
    expect(stored(mock, 27665601)).toContain('checkout-de.png');
    expect(localStorage.length).toBe(0);
  });

  it('a failed delete puts the tile back and says why until dismissed', async () => {
    await openPanel(27665601, {}, (mock) => mock.faults.set('delete:403:1'));
    await confirmDelete('checkout-de.png');
    await pass(10_500);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not delete checkout-de.png: The request could not be processed.');
    await waitFor(() => expect(tileNames()).toContain('checkout-de.png'));
    await pass(60_000);
    expect(screen.getByRole('alert')).toBe(alert);
    await user().click(within(alert).getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('delete-all, behind "More"', { timeout: 20_000 }, () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => vi.useRealTimers());

  it('opens by keyboard, says how many files in which languages, and sends one call after the window', async () => {
    const { mock, deletes } = await openPanel();
    const more = screen.getByRole('button', { name: 'More' });
    more.focus();
    await user().keyboard('{ArrowDown}');
    const item = screen.getByRole('menuitem', { name: 'Delete all\u2026' });
    expect(item).toHaveFocus();
    await user().keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(more).toHaveFocus();
    await user().keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'Delete all\u2026' })).toHaveFocus();
    await user().keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Delete all 3 assets of segment 27665601?' });
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1 in Deutsch', '1 in English', '1 language-neutral']);
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    await user().click(within(dialog).getByRole('button', { name: 'Delete all 3' }));
    expect(screen.getByText('No context yet: drop screenshots or videos here.')).toBeInTheDocument();
    await pass(10_500);
    await waitFor(() => expect(deletes).toEqual([null]));
    expect(stored(mock, 27665601)).toEqual([]);
  });

  it('with more than 10 files, the number must be typed first', async () => {
    const { deletes } = await openPanel(27665617, {}, (m) => m.context.seedMany(27665617, 12, null, { files: 'text' }).then(() => undefined));
    await user().click(screen.getByRole('button', { name: 'More' }));
    await user().click(screen.getByRole('menuitem', { name: 'Delete all\u2026' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete all 12 assets of segment 27665617?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete all 12' });
    expect(confirm).toBeDisabled();
    const typed = within(dialog).getByRole('textbox', { name: 'To confirm, type the number of files: 12' });
    await user().type(typed, '11');
    expect(confirm).toBeDisabled();
    await user().clear(typed);
    await user().type(typed, '12{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(tileNames()).toEqual([]);
    expect(deletes).toEqual([]);
  });
});
