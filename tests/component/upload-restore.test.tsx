import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelView as AssetPanel } from '../../src/embed/panel-view';
import { createUploadPersistence } from '../../src/features/upload/core/persistence';
import { addRecords, createUploadStore } from '../../src/features/upload/core/store';
import type { UploadRecord } from '../../src/features/upload/core/types';
import { MOCK_BASE, renderUi, startMock } from './render';

const target = { scope: 'pr7214', segmentId: 27665620, locale: 'ja', relativePath: 'videos' };

/** What a previous visit left in IndexedDB: a video too large to keep (5,000 bytes over a 1,000-byte limit). */
async function leaveUploadsBehind(namespace: string) {
  const store = createUploadStore(4);
  const persistence = createUploadPersistence({ namespace, owner: `${MOCK_BASE}/api|demo`, maxStoredFileSize: 1000, keepFileAfterMs: 0 });
  persistence.mirror(store);
  const base = { type: 'video/mp4', target, status: 'queued' as const, sent: 0, fileToken: null, attempts: 0, retryAt: null, error: null, asset: null };
  const records: UploadRecord[] = [
    { ...base, id: 'big', name: 'walkthrough.mp4', size: 5000, file: new Blob([new Uint8Array(5000)]), createdAt: 1 },
  ];
  addRecords(store, records);
  await persistence.flush();
}

describe('uploads restored after a reload', () => {
  it('brings back a file too large to keep as "choose this file again", saying its size and the limit, with its name and target', async () => {
    await leaveUploadsBehind('restore-test');
    const mock = await startMock();
    mock.faults.set('latency:5000');
    renderUi(<AssetPanel client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={27665601} persistKey="restore-test" maxStoredFileSize={1000} />);
    const uploads = await screen.findByRole('list', { name: 'Uploads' });
    const item = within(uploads).getByRole('listitem');
    expect(item).toHaveTextContent('walkthrough.mp4');
    expect(item).toHaveTextContent('ja');
    expect(item).toHaveTextContent('Folder videos');
    expect(item).toHaveTextContent('#27665620');
    expect(within(item).getByRole('alert')).toHaveTextContent('Failed: Choose this file again: at 4.9 KB it is larger than the 1,000 B kept across a reload.');
    const choose = within(item).getByRole('button', { name: 'Choose walkthrough.mp4 again' });
    const input = item.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.click(choose);
    await userEvent.upload(input, new File([new Uint8Array(5000)], 'walkthrough.mp4', { type: 'video/mp4' }));
    // The uploads list redraws a few times a second, not on every change.
    await waitFor(() => expect(within(item).queryByRole('alert')).toBeNull());
    expect(within(item).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
    expect(within(item).getByRole('button', { name: 'Cancel walkthrough.mp4' })).toBeInTheDocument();
  });

  it('a panel taken off the page closes its connection to IndexedDB (a host that mounts and removes panels keeps none open)', async () => {
    const open = vi.spyOn(indexedDB, 'open');
    const close = vi.spyOn(IDBDatabase.prototype, 'close');
    const mock = await startMock();
    const { unmount } = renderUi(<AssetPanel client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={27665601} persistKey="unmount-test" />);
    await waitFor(() => expect(open).toHaveBeenCalledTimes(1));
    const request = open.mock.results[0]!.value as IDBOpenDBRequest;
    await waitFor(() => expect(request.readyState).toBe('done'));
    // Its own connection (an earlier test's panel may still be closing its own).
    const connection = request.result;
    expect(close.mock.contexts).not.toContain(connection);
    unmount();
    await waitFor(() => expect(close.mock.contexts).toContain(connection));
    expect(open).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });
});
