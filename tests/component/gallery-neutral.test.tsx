import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PanelView } from '../../src/embed/panel-view';
import { renderUi, startMock } from './render';

// Segment 27665601 of the demo: checkout-de.png (de), pexels-gons3.jpg (en), checkout-screen.png (language-neutral).
const SEGMENT = 27665601;
const grid = () => screen.getByRole('grid', { name: 'Assets' });
const names = () => within(grid()).getAllByRole('gridcell').map((cell) => cell.querySelector('.sap-tile-name')?.textContent).sort();
const language = () => screen.getByRole('combobox', { name: 'Language' });
const option = (value: string) => within(language()).getAllByRole<HTMLOptionElement>('option').find((o) => o.value === value)!;
const toggle = () => screen.queryByRole('checkbox', { name: 'Show language-neutral assets' });

async function openPanel(props: Record<string, unknown> = {}) {
  const mock = await startMock();
  const view = (more: Record<string, unknown>) => (
    <PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={SEGMENT} persistKey={null} {...props} {...more} />
  );
  const rendered = renderUi(view({}));
  await screen.findByRole('grid', { name: 'Assets' });
  await waitFor(() => expect(within(language()).getAllByRole('option')).toHaveLength(6));
  return { rerender: (more: Record<string, unknown>) => rendered.rerender(view(more)) };
}

describe('language counts say what the filter shows', () => {
  it('every option\u2019s count is the number of tiles it shows', async () => {
    await openPanel();
    for (const value of within(language()).getAllByRole<HTMLOptionElement>('option').map((o) => o.value)) {
      await userEvent.selectOptions(language(), value);
      const count = Number(/\((\d+)\)$/.exec(option(value).textContent!)![1]);
      const shown = screen.queryByRole('grid', { name: 'Assets' }) ? names().length : 0;
      expect(shown, value).toBe(count);
    }
    // Six choices, each a render of the grid: room for a busy machine.
  }, 20_000);

  it('the chosen option counts without the hidden language-neutral assets', async () => {
    await openPanel();
    await userEvent.selectOptions(language(), 'de');
    expect(option('de')).toHaveTextContent('Deutsch \u2014 de (2)');
    await userEvent.click(toggle()!);
    expect(names()).toEqual(['checkout-de.png']);
    expect(option('de')).toHaveTextContent('Deutsch \u2014 de (1)');
    // The others say what choosing them shows: the toggle starts over there.
    expect(option('fr')).toHaveTextContent('Fran\u00e7ais \u2014 fr (1)');
  });
});

describe('"Show language-neutral assets"', () => {
  it('is there only where it can hide something, and says what it hides', async () => {
    await openPanel();
    expect(toggle()).toBeChecked();
    expect(toggle()).toBeEnabled();
    await userEvent.click(toggle()!);
    expect(names()).toEqual(['checkout-de.png', 'pexels-gons3.jpg']);
    expect(option('all')).toHaveTextContent('All languages (2)');
    expect(screen.getByText(/^1 language-neutral asset hidden/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Show language-neutral assets' }));
    expect(names()).toEqual(['checkout-de.png', 'checkout-screen.png', 'pexels-gons3.jpg']);
    expect(toggle()).toBeChecked();
    expect(screen.queryByText(/language-neutral asset hidden/)).toBeNull();
    await userEvent.selectOptions(language(), 'neutral');
    expect(toggle()).toBeNull();
  });

  it('unchecked holds until the language changes: French shows the neutral screenshot, German starts over', async () => {
    await openPanel();
    await userEvent.selectOptions(language(), 'de');
    await userEvent.click(toggle()!);
    expect(names()).toEqual(['checkout-de.png']);
    await userEvent.selectOptions(language(), 'fr');
    expect(names()).toEqual(['checkout-screen.png']);
    expect(toggle()).toBeChecked();
    expect(screen.queryByText('No asset matches this filter.')).toBeNull();
    await userEvent.selectOptions(language(), 'de');
    expect(toggle()).toBeChecked();
    expect(names()).toEqual(['checkout-de.png', 'checkout-screen.png']);
  });

  it('starts over on another segment', async () => {
    const panel = await openPanel({ locale: 'de', onLocaleChange: () => {} });
    await userEvent.click(toggle()!);
    expect(names()).toEqual(['checkout-de.png']);
    // 27665602 has a language-neutral asset and a French one: under German, the neutral one shows.
    panel.rerender({ segmentId: 27665602 });
    await waitFor(() => expect(names()).toEqual(['add-to-cart-flow.webm']));
    expect(toggle()).toBeChecked();
    panel.rerender({ segmentId: SEGMENT });
    await waitFor(() => expect(names()).toEqual(['checkout-de.png', 'checkout-screen.png']));
    expect(toggle()).toBeChecked();
  });

  it('says in German and French what it hides, in their grammar', async () => {
    for (const [lang, text] of [['de', /^1 sprachunabhängige Datei ausgeblendet/], ['fr', /^1 fichier indépendant de la langue masqué/]] as const) {
      const mock = await startMock();
      const { unmount } = renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={SEGMENT} persistKey={null} language={lang} locale="de" />);
      await userEvent.click(await screen.findByRole('checkbox'));
      expect(screen.getByText(text)).toBeVisible();
      unmount();
      mock.stop();
    }
  });
});
