import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { PanelView } from '../../src/embed/panel-view';
import { renderUi, startMock } from './render';

const SEGMENT = 27665630;
const COUNT = 7;
/** PDFs (no preview to fetch), newest first in the order doc-1 … doc-7. */
const docs = Array.from({ length: COUNT }, (_, i) => ({
  projectId: 7214, documentId: 19641, segmentId: SEGMENT, locale: null, relativePath: '', name: `doc-${i + 1}.pdf`, size: 2048,
  contentType: 'application/pdf', createdDate: `2026-11-2${7 - i}T10:00:00.0000000Z`, modifiedDate: `2026-11-2${7 - i}T10:00:00.0000000Z`,
  downloadUrl: `https://wordbee.mock/api/resources/assets/${SEGMENT}?scope=pr7214&filename=doc-${i + 1}.pdf&v=1`,
}));

async function openGrid(props: Record<string, unknown> = {}) {
  const mock = await startMock();
  mock.server.use(http.get(`*/api/resources/assets/${SEGMENT}/list`, () => HttpResponse.json(docs)));
  renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={SEGMENT} persistKey={null} {...props} />);
  const grid = await screen.findByRole('grid', { name: 'Assets' });
  const columns = Number(grid.getAttribute('aria-colcount'));
  expect(columns).toBeGreaterThan(1);
  return { grid, columns };
}

const cells = () => within(screen.getByRole('grid', { name: 'Assets' })).getAllByRole('gridcell');
const cell = (index: number) => cells()[index]!;
const focusedIndex = () => cells().indexOf(document.activeElement as HTMLElement);

describe('the gallery grid: one tab stop, arrows inside (APG grid)', () => {
  it('is one stop in the tab order; Tab goes on into the focused tile\u2019s buttons, then out', async () => {
    const { grid } = await openGrid();
    const inOrder = [...grid.querySelectorAll<HTMLElement>('[tabindex="0"], button:not([tabindex="-1"])')];
    expect(inOrder[0]).toBe(cell(0));
    // The first tile and its own buttons, nothing of the others.
    expect(inOrder.every((element) => cell(0).contains(element))).toBe(true);
    expect(cells().filter((c) => c.tabIndex === 0)).toHaveLength(1);
    // From the toolbar's name filter, Tab reaches the grid (past what follows the filter in the toolbar) on its first tile.
    screen.getByRole('searchbox', { name: 'Filter by name' }).focus();
    for (let i = 0; i < 4 && !grid.contains(document.activeElement); i += 1) await userEvent.tab();
    expect(cell(0)).toHaveFocus();
    expect(cell(0)).toHaveAccessibleName('doc-1.pdf, PDF file, Language-neutral');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Download doc-1.pdf' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(cell(0)).toHaveFocus();
    for (let i = 0; i < inOrder.length; i += 1) await userEvent.tab();
    expect(grid).not.toContainElement(document.activeElement as HTMLElement);
    // A dozen key presses through the whole panel: room for a busy machine.
  }, 20_000);

  it('arrows, Home and End (Ctrl: the first and the last) move the one tab stop', async () => {
    const { columns } = await openGrid();
    cell(0).focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(focusedIndex()).toBe(0);
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedIndex()).toBe(1);
    expect(cell(1).tabIndex).toBe(0);
    expect(cell(0).tabIndex).toBe(-1);
    expect(within(cell(1)).getByRole('button', { name: 'Download doc-2.pdf' }).tabIndex).toBe(0);
    expect(within(cell(0)).getByRole('button', { name: 'Download doc-1.pdf' }).tabIndex).toBe(-1);
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedIndex()).toBe(Math.min(COUNT - 1, 1 + columns));
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedIndex()).toBe(1);
    await userEvent.keyboard('{End}');
    expect(focusedIndex()).toBe(columns - 1);
    await userEvent.keyboard('{Home}');
    expect(focusedIndex()).toBe(0);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(focusedIndex()).toBe(COUNT - 1);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(focusedIndex()).toBe(0);
  });

  it('Enter opens the lightbox; Delete asks to delete', async () => {
    // jsdom has no ResizeObserver; the lightbox's stage measures itself with one.
    if (typeof ResizeObserver === 'undefined') vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    await openGrid();
    cell(0).focus();
    await userEvent.keyboard('{ArrowRight}{Delete}');
    const ask = await screen.findByRole('dialog', { name: 'Delete doc-2.pdf?' });
    await userEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    cell(2).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'doc-3.pdf' })).toBeInTheDocument();
  });

  it('Delete asks nothing where the user may not delete', async () => {
    await openGrid({ readOnly: true });
    cell(0).focus();
    await userEvent.keyboard('{Delete}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(cell(0)).toHaveFocus();
  });

  it('a tile filtered away hands the tab stop to the one now in its place', async () => {
    await openGrid();
    cell(0).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(focusedIndex()).toBe(2);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter by name' }), '7');
    await waitFor(() => expect(cells()).toHaveLength(1));
    expect(cell(0).tabIndex).toBe(0);
  });
});
