import 'fake-indexeddb/auto';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { requestToken } from '../../src/api/auth';
import { defineSegmentAssetPanel } from '../../src/embed/custom-element';
import { mountAssetPanel, type AssetPanelHandle } from '../../src/embed/mount';
import { PanelView } from '../../src/embed/panel-view';
import { MOCK_BASE, renderUi, startMock } from './render';

/** The uploads database the panel keeps unfinished uploads in (see core/upload-db.ts). */
const UPLOADS_DB = 'segment-asset-panel';
const opened: string[] = [];
const realOpen = indexedDB.open.bind(indexedDB);

beforeEach(() => {
  opened.length = 0;
  indexedDB.open = (name: string, version?: number) => {
    opened.push(name);
    return realOpen(name, version);
  };
});
afterEach(() => {
  indexedDB.open = realOpen;
});

const token = () => requestToken({ baseUrl: MOCK_BASE, accountId: 'demo', apiKey: 'demo-key' });
const hostOptions = { apiBaseUrl: MOCK_BASE, accountId: 'demo', scope: 'pr7214', segmentId: 27665602 };

describe('persistKey: off when absent or empty, through every entry point', () => {
  it('the panel itself (as the standalone app uses it) keeps nothing without a key', async () => {
    const mock = await startMock({ seed: false });
    renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={27665602} />);
    await screen.findByText(/No context yet/, {}, { timeout: 10_000 });
    expect(opened).not.toContain(UPLOADS_DB);
  });

  it('mountAssetPanel with an empty key keeps nothing; with a key it keeps', async () => {
    await startMock({ seed: false });
    const fresh = await token();
    const mount = (persistKey: string) => {
      const element = document.body.appendChild(document.createElement('div'));
      let panel!: AssetPanelHandle;
      act(() => {
        panel = mountAssetPanel(element, { ...hostOptions, token: fresh, persistKey, styles: 'none' });
      });
      onTestFinished(() => {
        act(() => panel.destroy());
        element.remove();
      });
      return waitFor(() => expect(element).toHaveTextContent('No context yet'), { timeout: 10_000 });
    };
    await mount('');
    expect(opened).not.toContain(UPLOADS_DB);
    // The same check sees a panel that does keep its uploads.
    await mount('kept');
    await waitFor(() => expect(opened).toContain(UPLOADS_DB));
  });

  it('the custom element with persist-key="" keeps nothing', async () => {
    await startMock({ seed: false });
    defineSegmentAssetPanel('test-asset-panel');
    const element = document.createElement('test-asset-panel') as HTMLElement & { token: string | null };
    for (const [name, value] of Object.entries({ 'api-base-url': MOCK_BASE, 'account-id': 'demo', scope: 'pr7214', 'segment-id': '27665602', 'persist-key': '' })) {
      element.setAttribute(name, value);
    }
    const fresh = await token();
    act(() => {
      document.body.append(element);
      element.token = fresh;
    });
    onTestFinished(() => act(() => element.remove()));
    await waitFor(() => expect(element.shadowRoot!.textContent).toContain('No context yet'), { timeout: 10_000 });
    expect(opened).not.toContain(UPLOADS_DB);
  });
});
