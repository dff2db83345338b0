import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { PanelView as AssetPanel } from '../../src/embed/panel-view';
import { renderUi, startMock, type Mock } from './render';

async function openPanel(segmentId = 27665601, scope = 'pr7214', props: Record<string, unknown> = {}, before?: (mock: Mock) => void) {
  const mock = await startMock();
  before?.(mock);
  renderUi(<AssetPanel client={mock.client} queryClient={mock.queryClient} scope={scope} segmentId={segmentId} persistKey={null} {...props} />);
  return mock;
}

// Under jsdom `import.meta.url` is no file URL: the fixtures are found from the project root.
const fixture = (name: string) => new Uint8Array(readFileSync(resolve('mocks/fixtures', name)));

/**
 * Real bytes for a segment's downloads: under jsdom the mock's stored Blob reaches the response
 * as the text "[object Blob]", and a preview now goes by the bytes.
 */
function serveBytes(mock: Mock, segmentId: number, bytesOf: (name: string, request: Request) => Uint8Array | string) {
  mock.server.use(http.get(`*/api/resources/assets/${segmentId}`, ({ request }) => {
    const body = bytesOf(new URL(request.url).searchParams.get('filename') ?? '', request);
    return new HttpResponse(body, { headers: { 'Content-Type': 'application/octet-stream' } });
  }));
}
const realBytes = (name: string) => fixture(name.endsWith('.jpg') ? 'pexels-gons3.jpg' : 'checkout-screen.png');

const tiles = () => within(screen.getByRole('grid', { name: 'Assets' })).getAllByRole('gridcell');
const names = () => tiles().map((tile) => tile.querySelector('.sap-tile-name')?.textContent);
const language = () => screen.getByRole('combobox', { name: 'Language' });

describe('gallery: language filter and counts', () => {
  it('counts what each choice shows: a language its own and the language-neutral ones', async () => {
    await openPanel();
    await screen.findByRole('grid', { name: 'Assets' });
    await waitFor(() => expect(within(language()).getAllByRole('option')).toHaveLength(6));
    expect(within(language()).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'All languages (3)', 'Language-neutral (1)', 'English \u2014 en (2)', 'Deutsch \u2014 de (2)', 'Fran\u00e7ais \u2014 fr (1)', '\u65e5\u672c\u8a9e \u2014 ja (1)',
    ]);
    expect(screen.getByText('Showing 3 of 3')).toBeInTheDocument();
  });

  it('shows a language with the neutral assets beside it, and the toggle hides them', async () => {
    await openPanel();
    await screen.findByRole('grid', { name: 'Assets' });
    await waitFor(() => expect(within(language()).getAllByRole('option')).toHaveLength(6));
    await userEvent.selectOptions(language(), 'de');
    expect(names().sort()).toEqual(['checkout-de.png', 'checkout-screen.png']);
    expect(within(tiles().find((tile) => tile.textContent?.includes('checkout-screen.png'))!).getByText('Language-neutral')).toHaveClass('sap-badge-neutral');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show language-neutral assets' }));
    expect(names()).toEqual(['checkout-de.png']);
    await userEvent.selectOptions(language(), 'neutral');
    expect(names()).toEqual(['checkout-screen.png']);
    // Neutral-only has nothing to hide: no toggle there.
    expect(screen.queryByRole('checkbox', { name: 'Show language-neutral assets' })).toBeNull();
  });

  it('sorts by newest, name or size and filters by name', async () => {
    await openPanel();
    await screen.findByRole('grid', { name: 'Assets' });
    // Marked images first (the demo marks the checkout screen), then the newest.
    expect(names()).toEqual(['checkout-screen.png', 'checkout-de.png', 'pexels-gons3.jpg']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'size');
    expect(names()).toEqual(['checkout-screen.png', 'pexels-gons3.jpg', 'checkout-de.png']);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter by name' }), 'CHECKOUT');
    expect(names()).toEqual(['checkout-screen.png', 'checkout-de.png']);
    expect(screen.getByText('Showing 2 of 3')).toBeInTheDocument();
  });

  it('follows a controlled language (the URL) and reports changes', async () => {
    const changes: (string | null)[] = [];
    await openPanel(27665601, 'pr7214', { locale: 'en', onLocaleChange: (l: string | null) => changes.push(l) });
    await screen.findByRole('grid', { name: 'Assets' });
    expect(names()).toEqual(['checkout-screen.png', 'pexels-gons3.jpg']);
    expect(screen.getByRole('combobox', { name: 'Upload language' })).toHaveValue('en');
    await userEvent.selectOptions(language(), 'all');
    expect(changes).toEqual([null]);
  });
});

describe('gallery: tiles', () => {
  it('shows each asset with name, language badge, folder, size, date and named actions', async () => {
    // "Copy link" is there when something tells the panel what to copy (see delete-undo and links tests).
    await openPanel(27665601, 'pr7214', { assetLink: () => 'https://editor.example/x' }, (mock) => serveBytes(mock, 27665601, realBytes));
    await screen.findByRole('grid', { name: 'Assets' });
    const german = tiles().find((tile) => tile.querySelector('.sap-tile-name')?.textContent === 'checkout-de.png')!;
    expect(german).toHaveAccessibleName('checkout-de.png, image, Deutsch');
    expect(german).toHaveAttribute('aria-colindex', String(tiles().indexOf(german) + 1));
    expect(german.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '1');
    expect(german).toHaveTextContent('checkout-de.png');
    expect(german).toHaveTextContent('public/views/');
    expect(german).toHaveTextContent('32.6 KB');
    for (const name of ['Open checkout-de.png', 'Download checkout-de.png', 'Copy link to checkout-de.png', 'Delete checkout-de.png']) {
      expect(within(german).getByRole('button', { name })).toBeInTheDocument();
    }
    expect(await within(german).findByRole('img', { name: 'checkout-de.png' })).toHaveAttribute('src', expect.stringMatching(/^blob:/));
  });

  it('does not load a download URL that is not on the API\u2019s origin', async () => {
    const tampered = (name: string, downloadUrl: string) => ({
      projectId: 7214, documentId: 19641, segmentId: 27665630, locale: null, relativePath: '', name, size: 10, contentType: 'image/png',
      createdDate: '2026-11-27T10:00:00.0000000Z', modifiedDate: '2026-11-27T10:00:00.0000000Z', downloadUrl,
    });
    await openPanel(27665630, 'pr7214', {}, (mock) => {
      mock.server.use(http.get('*/api/resources/assets/27665630/list', () => HttpResponse.json([
        tampered('evil.png', 'javascript:alert(1)'),
        tampered('data.png', 'data:text/html,<script>alert(1)</script>'),
        tampered('elsewhere.png', 'https://evil.example/api/resources/assets/27665630?filename=x.png'),
      ])));
    });
    await screen.findByRole('grid', { name: 'Assets' });
    for (const tile of tiles()) {
      expect(tile).toHaveTextContent('No preview: the server gave an address that is not safe to load.');
      expect(within(tile).queryByRole('img')).toBeNull();
    }
    await userEvent.click(screen.getByRole('button', { name: 'Download elsewhere.png' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not download elsewhere.png: The server gave a download address that is not safe to open.',
    );
  });

  it('uses download URLs directly when the host\u2019s cookie authenticates, after a look at their first 64 bytes', async () => {
    const heads: string[] = [];
    await openPanel(27665601, 'pr7214', { previewAuth: 'cookie' }, (mock) => serveBytes(mock, 27665601, (name, request) => {
      // The cookie authenticates: no auth headers. The whole file comes back (a server may ignore Range): it is cut off.
      heads.push(`${name} ${request.headers.get('Range')} ${request.headers.get('X-Auth-Token')}`);
      return realBytes(name);
    }));
    await screen.findByRole('grid', { name: 'Assets' });
    const image = await screen.findByRole('img', { name: 'pexels-gons3.jpg' });
    expect(image.getAttribute('src')).toBe('https://wordbee.mock/api/resources/assets/27665601?locale=en&scope=pr7214&filename=pexels-gons3.jpg&v=638892287138999983');
    await screen.findByRole('img', { name: 'checkout-de.png' });
    // The marks file beside the checkout screen is read whole (it is small), with the cookie too.
    await waitFor(() => expect(heads).toHaveLength(4));
    expect(heads.sort()).toEqual([
      'checkout-de.png bytes=0-63 null', 'checkout-screen.png bytes=0-63 null', 'checkout-screen.png.marks.json null null', 'pexels-gons3.jpg bytes=0-63 null',
    ]);
  });

  it('treats a file name as text, never as HTML', async () => {
    await openPanel(27665630, 'pr7214', {}, (mock) => {
      mock.server.use(http.get('*/api/resources/assets/27665630/list', () => HttpResponse.json([{
        projectId: 7214, documentId: 19641, segmentId: 27665630, locale: null, relativePath: '', name: '<img src=x onerror=alert(1)>.png',
        size: 10, contentType: 'application/x-unknown', createdDate: '2026-11-27T10:00:00.0000000Z',
        modifiedDate: '2026-11-27T10:00:00.0000000Z', downloadUrl: 'https://wordbee.mock/api/resources/assets/27665630?filename=x',
      }])));
    });
    await screen.findByRole('grid', { name: 'Assets' });
    expect(tiles()[0]!.querySelector('.sap-tile-name')!.textContent).toBe('<img src=x onerror=alert(1)>.png');
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});

describe('gallery: previews follow the bytes, not the name nor the Content-Type', () => {
  const HTML = '<!doctype html><script>alert(1)</script>';
  const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(2)</script></svg>';
  const files: Record<string, { contentType: string; bytes: Uint8Array | string }> = {
    'page.png': { contentType: 'image/png', bytes: HTML },
    'page.mp4': { contentType: 'video/mp4', bytes: HTML },
    'evil.png': { contentType: 'image/png', bytes: SVG },
    'flow.png': { contentType: 'image/png', bytes: fixture('add-to-cart-flow.webm') },
    'shot.mp4': { contentType: 'video/mp4', bytes: fixture('checkout-screen.png') },
  };
  const asset = (name: string) => ({
    projectId: 7214, documentId: 19641, segmentId: 27665630, locale: null, relativePath: '', name, size: 64, contentType: files[name]!.contentType,
    createdDate: '2026-11-27T10:00:00.0000000Z', modifiedDate: '2026-11-27T10:00:00.0000000Z',
    downloadUrl: `https://wordbee.mock/api/resources/assets/27665630?scope=pr7214&filename=${name}&v=1`,
  });
  const tile = (name: string) => tiles().find((t) => t.querySelector('.sap-tile-name')?.textContent === name)!;

  async function openHostile(props: Record<string, unknown> = {}) {
    const made: string[] = [];
    const create = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      made.push((blob as Blob).type);
      return create(blob);
    });
    await openPanel(27665630, 'pr7214', props, (mock) => {
      mock.server.use(http.get('*/api/resources/assets/27665630/list', () => HttpResponse.json(Object.keys(files).map(asset))));
      serveBytes(mock, 27665630, (name) => files[name]!.bytes);
    });
    await screen.findByRole('grid', { name: 'Assets' });
    return made;
  }

  it('HTML named .png or .mp4 is a type icon, with no object URL; a .png that is a video plays; an .mp4 that is a PNG is a picture', async () => {
    const made = await openHostile();
    await waitFor(() => expect(tile('flow.png').querySelector('video')).not.toBeNull());
    expect(tile('flow.png').querySelector('video')!.getAttribute('src')).toMatch(/^blob:/);
    // A video tile keeps its controls: the open button moves to a corner.
    expect(within(tile('flow.png')).getByRole('button', { name: 'Open flow.png' })).toHaveClass('sap-tile-open-corner');
    expect(await within(tile('shot.mp4')).findByRole('img', { name: 'shot.mp4' })).toHaveAttribute('src', expect.stringMatching(/^blob:/));
    for (const name of ['page.png', 'page.mp4']) {
      await waitFor(() => expect(tile(name).querySelector('.sap-file-icon')).toHaveTextContent('HTML'));
      expect(tile(name).querySelector('img, video')).toBeNull();
    }
    // No browser to draw it here: the SVG is an icon too, never an object URL of its own type.
    await waitFor(() => expect(tile('evil.png').querySelector('.sap-file-icon')).toHaveTextContent('SVG'));
    expect(made.sort()).toEqual(['image/png', 'video/webm']);
  });

  it('the lightbox shows what the bytes are: no preview for HTML named .mp4', async () => {
    await openHostile();
    await waitFor(() => expect(tile('page.mp4').querySelector('.sap-file-icon')).not.toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Open page.mp4' }));
    const dialog = await screen.findByRole('dialog', { name: 'page.mp4' });
    expect(dialog).toHaveTextContent('No preview for this type of file: download it to open it.');
    expect(dialog.querySelector('img, video')).toBeNull();
  });

  it('with the host\u2019s cookie, a download URL whose bytes are HTML or SVG is never put in the page', async () => {
    await openHostile({ previewAuth: 'cookie' });
    await waitFor(() => expect(tile('flow.png').querySelector('video')).not.toBeNull());
    expect(tile('flow.png').querySelector('video')!.getAttribute('src')).toBe(asset('flow.png').downloadUrl);
    for (const name of ['page.png', 'page.mp4', 'evil.png']) {
      await waitFor(() => expect(tile(name).querySelector('.sap-file-icon')).not.toBeNull());
      expect(tile(name).querySelector('img, video')).toBeNull();
    }
  });
});

describe('gallery: states', () => {
  it('says when a segment has no context yet', async () => {
    await openPanel(27665630);
    expect(await screen.findByText('No context yet: drop screenshots or videos here.')).toBeInTheDocument();
  });

  it('shows the server\u2019s title on a failure and recovers on "Try again"', async () => {
    await openPanel(27665601, 'pr7214', {}, (mock) => mock.faults.set('list:400:1'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The request could not be processed.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('grid', { name: 'Assets' })).toBeInTheDocument();
  });

  it('says it is loading first', async () => {
    await openPanel();
    expect(screen.getByText('Loading the segment\u2019s assets\u2026')).toHaveAttribute('role', 'status');
    await screen.findByRole('grid', { name: 'Assets' });
  });

  it('says which right is missing for a scope without access', async () => {
    await openPanel(29990001, 'pr9999');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You do not have the right to access the reference material of this project.');
    expect(alert).toHaveTextContent('Missing right: access to the reference material of pr9999.');
  });
});

describe('gallery: delete', () => {
  // Deleting (the Undo window, delete-all behind "More", failures): tests/component/delete-undo.test.tsx.

  it('offers no delete in read-only mode', async () => {
    await openPanel(27665601, 'pr7214', { readOnly: true });
    await screen.findByRole('grid', { name: 'Assets' });
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add files' })).toBeNull();
  });
});
