import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelView } from '../../src/embed/panel-view';
import { renderUi, startMock, type Mock } from './render';

afterEach(() => {
  vi.restoreAllMocks();
});

const png = (name: string, bytes = 4) => new File([new Uint8Array(bytes)], name, { type: 'image/png' });

/** Files dropped once the panel tried to open its uploads database (its code loads on first use). */
async function dropOn(mock: Mock, props: { persistKey: string; maxStoredFileSize?: number; concurrency?: number }, files: File[], open: ReturnType<typeof vi.spyOn>) {
  renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={27665602} {...props} />);
  await screen.findByText(/No context yet/, {}, { timeout: 10_000 });
  await waitFor(() => expect(open).toHaveBeenCalled(), { timeout: 10_000 });
  await userEvent.upload(screen.getByTestId('file-input') as HTMLInputElement, files);
}

describe('uploads a reload would lose are said on screen', () => {
  it('a browser that refuses IndexedDB: the panel says so while the uploads go, once to screen readers, and not once they are done', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const mock = await startMock({ seed: false });
    // Each request takes a second: the first file is in progress for 2 s at least, the count stays 2 that long.
    mock.faults.set('latency:1000');
    // One at a time: the count goes 2, 1, 0, and the sentence is not said again for each.
    await dropOn(mock, { persistKey: 'refused', concurrency: 1 }, [png('one.png'), png('two.png')], open);
    const shown = 'A reload now would lose 2 uploads: this browser does not let the panel keep uploads across a reload. Stay on this page until they are done.';
    expect(await screen.findByTestId('uploads-not-kept')).toHaveTextContent(shown);
    await waitFor(() => expect(screen.getByTestId('upload-announcer')).toHaveTextContent(/A reload now would lose \d uploads?: this browser does not let/));
    await waitFor(() => expect(screen.getByText(/2 of 2 uploaded/)).toBeInTheDocument(), { timeout: 20_000 });
    await waitFor(() => expect(screen.queryByTestId('uploads-not-kept')).toBeNull());
    expect(screen.getByTestId('upload-announcer').textContent!.split('A reload now would lose')).toHaveLength(2);
  });

  it('a file too large to keep: counted alone, with the limit', async () => {
    const open = vi.spyOn(indexedDB, 'open');
    const mock = await startMock({ seed: false });
    mock.faults.set('latency:400');
    await dropOn(mock, { persistKey: 'too-large', maxStoredFileSize: 1000 }, [png('big.png', 5000), png('small.png')], open);
    expect(await screen.findByTestId('uploads-not-kept')).toHaveTextContent(
      'A reload now would lose 1 upload: files over 1,000 B are not kept across a reload. Stay on this page until it is done.',
    );
  });
});
