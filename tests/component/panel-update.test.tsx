import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished } from 'vitest';
import { requestToken } from '../../src/api/auth';
import { mountAssetPanel, type AssetPanelHandle } from '../../src/embed/mount';
import { MOCK_BASE, startMock, type Mock } from './render';

const png = (name: string, size = 16) => new File([new Uint8Array(size)], name, { type: 'image/png' });

async function mountPanel(): Promise<AssetPanelHandle> {
  const token = await requestToken({ baseUrl: MOCK_BASE, accountId: 'demo', apiKey: 'demo-key' });
  const element = document.createElement('div');
  document.body.append(element);
  let panel!: AssetPanelHandle;
  act(() => {
    panel = mountAssetPanel(element, { apiBaseUrl: MOCK_BASE, accountId: 'demo', token, scope: 'pr7214', segmentId: 27665602, styles: 'none' });
  });
  onTestFinished(() => {
    act(() => panel.destroy());
    element.remove();
  });
  await screen.findByText(/No context yet/, {}, { timeout: 10_000 });
  return panel;
}

function fileInput(): HTMLInputElement {
  // The picker behind "Add files" (the whole panel takes drops).
  return screen.getByTestId('file-input') as HTMLInputElement;
}

/** The most media uploads the mock had in flight at once. */
function watchConcurrentUploads(mock: Mock) {
  const open = new Set<string>();
  const seen = { max: 0, total: 0 };
  const isUpload = (request: Request) => new URL(request.url).pathname === '/api/media/upload';
  mock.server.events.on('request:start', ({ request, requestId }) => {
    if (!isUpload(request)) return;
    open.add(requestId);
    seen.total += 1;
    seen.max = Math.max(seen.max, open.size);
  });
  mock.server.events.on('response:mocked', ({ request, requestId }) => {
    if (isUpload(request)) open.delete(requestId);
  });
  return seen;
}

describe('panel.update() after mounting', () => {
  it('a new maxFileSize refuses a file over it, before a byte is sent', async () => {
    const mock = await startMock({ seed: false });
    const panel = await mountPanel();
    const seen = watchConcurrentUploads(mock);
    act(() => panel.update({ maxFileSize: 10 }));
    await userEvent.upload(fileInput(), [png('big.png', 16)]);
    const item = within(await screen.findByRole('list', { name: 'Uploads' })).getByRole('listitem');
    await waitFor(() => expect(within(item).getByRole('alert')).toHaveTextContent('more than the 10 B a file may have'));
    expect(seen.total).toBe(0);
  });

  it('a new concurrency holds the uploads running at once to it', async () => {
    const mock = await startMock({ seed: false });
    const panel = await mountPanel();
    const seen = watchConcurrentUploads(mock);
    act(() => panel.update({ concurrency: 1 }));
    mock.faults.set('latency:150');
    await userEvent.upload(fileInput(), [png('a.png'), png('b.png'), png('c.png')]);
    await waitFor(() => expect(mock.store.state.assets.size).toBe(3), { timeout: 10_000 });
    expect(seen.total).toBe(3);
    expect(seen.max).toBe(1);
  });
});
