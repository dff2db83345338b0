import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { assetKey } from '../../src/domain/asset';
import { PanelView } from '../../src/embed/panel-view';
import { renderUi, startMock, type Mock } from './render';

const SEGMENT = 27665603;

/** The scope spells British English `en-GB`; two assets on the server say `en-gb` (no neutral ones). */
function britishAssets(mock: Mock) {
  const project = mock.store.state.world.projects.find((p) => p.projectId === 7214)!;
  project.locales.push({ loc: 'en-GB', name: 'English (UK)', issrc: false, istrg: true, canEdit: true, loc_rtl: false });
  for (const name of ['basket.png', 'receipt.png']) {
    mock.store.putStored(assetKey({ segmentId: SEGMENT, locale: 'en-gb', relativePath: '', name }), {
      projectId: 7214, documentId: 19641, segmentId: SEGMENT, locale: 'en-gb', relativePath: '', name,
      contentType: 'image/png', createdTicks: '638892287138999983', modifiedTicks: '638892287138999983', blob: new Blob([]),
    });
  }
}

describe('language counts compare codes as the filter does', () => {
  it('en-GB counts the assets stored as en-gb, which it shows', async () => {
    const mock = await startMock({ seed: false });
    britishAssets(mock);
    renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={SEGMENT} persistKey={null} />);
    const language = await screen.findByRole('combobox', { name: 'Language' }, { timeout: 10_000 });
    const british = await waitFor(() => within(language).getByRole('option', { name: /English \(UK\)/ }));
    // The filter shows both assets under en-GB; its count says so, and no second en-gb option appears.
    await userEvent.selectOptions(language, british);
    const gallery = await screen.findByLabelText('Assets', {}, { timeout: 10_000 });
    await waitFor(() => expect(gallery).toHaveTextContent(/basket[\s\S]*receipt|receipt[\s\S]*basket/));
    expect(british.textContent).toMatch(/\b2\b/);
    expect(within(language).queryAllByRole('option', { name: /en-gb/i })).toHaveLength(1);
  });
});
