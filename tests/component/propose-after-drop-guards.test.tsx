import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelView } from '../../src/embed/panel-view';
import { createUploadPersistence } from '../../src/features/upload/core/persistence';
import { addRecords, createUploadStore } from '../../src/features/upload/core/store';
import type { UploadRecord } from '../../src/features/upload/core/types';
import { ocrPage } from '../unit/ocr-page';
import { MOCK_BASE, renderUi, startMock, type Mock } from './render';

// "Find the string" starts in the lightbox that opens; no recognition engine under jsdom.
vi.mock('../../src/features/gallery/ocr/read-text', () => ({ readText: vi.fn(async () => ocrPage(['Place order'])) }));

const SCOPE = 'pr7214';
const SEGMENT = 27665602;
// Under jsdom `import.meta.url` is no file URL: the fixture is found from the project root.
const png = (name: string) => new File([readFileSync(resolve('mocks/fixtures/checkout-screen.png'))], name, { type: 'image/png' });

function openPanel(mock: Mock, props: { persistKey: string | null; concurrency?: number; onUploaded?: (asset: { name: string }) => void }) {
  renderUi(
    <PanelView
      client={mock.client} queryClient={mock.queryClient} scope={SCOPE} segmentId={SEGMENT}
      segmentText={{ source: 'Place order' }} proposeAfterDrop {...props}
    />,
  );
}

async function drop(files: File[]) {
  await userEvent.upload(screen.getByTestId('file-input') as HTMLInputElement, files);
}

/** The lightbox that opened by itself, whatever it shows. */
const openedLightbox = () => screen.findByRole('dialog');

beforeEach(() => localStorage.clear());

describe('"Find my segment\'s string on screenshots I drop" opens only what was just dropped', () => {
  it('not an image whose upload resumed after a reload (made before the panel): the next drop opens', async () => {
    const mock = await startMock({ seed: false });
    // A previous visit's upload of a screenshot to this segment: its bytes reached the server, the
    // reload came before the attach. (Under jsdom a Blob does not come back from fake-indexeddb, so
    // the record resumes by its file token: it only attaches.)
    const file = png('before-reload.png');
    const { token } = mock.store.receiveMedia({ accountId: 'demo', name: file.name, contentType: file.type, blob: file, maxsize: null });
    const namespace = 'propose-after-reload';
    const store = createUploadStore(4);
    const persistence = createUploadPersistence({ namespace, owner: `${MOCK_BASE}/api|demo` });
    persistence.mirror(store);
    const left: UploadRecord = {
      id: 'before', name: file.name, size: file.size, type: file.type, file: null,
      target: { scope: SCOPE, segmentId: SEGMENT, locale: null, relativePath: '' },
      status: 'queued', sent: file.size, fileToken: token, attempts: 0, retryAt: null, error: null, asset: null, createdAt: Date.now() - 60_000,
    };
    addRecords(store, [left]);
    await persistence.flush();

    openPanel(mock, { persistKey: namespace });
    // The resumed upload arrives and is listed, not opened: the lightbox that opens is the next drop's.
    await screen.findByRole('button', { name: 'Open before-reload.png' });
    expect([...mock.store.state.assets.values()].map((a) => a.name)).toEqual(['before-reload.png']);

    await drop([png('just-dropped.png')]);
    expect(await openedLightbox()).toHaveAccessibleName('just-dropped.png');
  });

  it('of several images of one drop, the first to arrive: later ones do not replace it', async () => {
    const mock = await startMock({ seed: false });
    // Both attaches (two uploads at once) are held until both are asked, then answered together: the
    // second arrives before the gallery lists the first (a resolver that returns nothing hands on to the mock's).
    let asked = 0;
    let answer!: () => void;
    const both = new Promise<void>((resolve) => (answer = resolve));
    mock.server.use(http.post(`${MOCK_BASE}/api/resources/assets/:segmentId`, async () => {
      if (++asked === 2) answer();
      await both;
    }));
    const arrived: string[] = [];
    openPanel(mock, { persistKey: null, concurrency: 2, onUploaded: (asset) => arrived.push(asset.name) });
    await screen.findByText(/No context yet/);

    await drop([png('one.png'), png('two.png')]);
    const lightbox = await openedLightbox();
    await waitFor(() => expect(arrived).toHaveLength(2));
    expect(lightbox).toHaveAccessibleName(arrived[0]!);
    expect(within(screen.getByRole('grid', { name: 'Assets' })).getAllByRole('gridcell')).toHaveLength(2);
  });
});
