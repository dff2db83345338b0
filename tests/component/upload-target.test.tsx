import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PanelView } from '../../src/embed/panel-view';
import { renderUi, startMock, type Mock } from './render';

function countMediaUploads(mock: Mock) {
  const seen = { uploads: 0 };
  mock.server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === '/api/media/upload') seen.uploads += 1;
  });
  return seen;
}

/** The panel's own file input ("Add files" opens it; picked files go like dropped ones). */
function fileInput(): HTMLInputElement {
  return screen.getByTestId('file-input') as HTMLInputElement;
}

/** "Add files" says why it takes nothing (its description), and the live region says it once. */
async function expectBlocked(reason: string) {
  const add = await screen.findByRole('button', { name: 'Add files' });
  await waitFor(() => expect(add).toHaveAccessibleDescription(reason));
  expect(add).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByTestId('upload-announcer')).toHaveTextContent(reason);
}

const png = (name: string) => new File([new Uint8Array(16)], name, { type: 'image/png' });

describe('bad targets are refused before a byte is sent', () => {
  it('a ?locale= the scope does not have shows all languages, says so, and uploads language-neutral', async () => {
    const mock = await startMock({ seed: false });
    renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={27665602} locale="xx" persistKey={null} />);
    await screen.findByText('The link asks for the language \u201cxx\u201d, which this project does not have: all languages are shown.');
    const language = screen.getByRole('combobox', { name: 'Upload language' }) as HTMLSelectElement;
    expect(language.value).toBe('');
    expect([...language.options].map((o) => o.value)).toEqual(['', 'en', 'de', 'fr', 'ja']);
    await userEvent.upload(fileInput(), [png('shot.png')]);
    await waitFor(() => expect([...mock.store.state.assets.values()].map((a) => [a.name, a.locale])).toEqual([['shot.png', null]]));
  });

  it('a segment that does not exist offers no upload and sends nothing', async () => {
    const mock = await startMock({ seed: false });
    const seen = countMediaUploads(mock);
    renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={27669999} persistKey={null} />);
    await expectBlocked('Segment 27669999 does not exist in pr7214: files cannot be added to it.');
    // Nothing to try again: the gallery says the segment is missing, with no "Try again".
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.upload(fileInput(), [png('shot.png')]);
    // Queueing is synchronous with the pick: no list now means no record, so no request ever.
    expect(screen.queryByRole('list', { name: 'Uploads' })).toBeNull();
    expect(seen.uploads).toBe(0);
  });

  it('a scope without the right to its reference material offers no upload', async () => {
    const mock = await startMock({ seed: false });
    const seen = countMediaUploads(mock);
    renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr9999" segmentId={29990001} persistKey={null} />);
    await expectBlocked('You cannot add files in pr9999: access to its reference material is missing.');
    await userEvent.upload(fileInput(), [png('shot.png')]);
    expect(screen.queryByRole('list', { name: 'Uploads' })).toBeNull();
    expect(seen.uploads).toBe(0);
  });

  it('a scope the user may only see says so, and sends nothing', async () => {
    const mock = await startMock({ seed: false });
    const seen = countMediaUploads(mock);
    renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7301" segmentId={27730101} persistKey={null} />);
    await screen.findByText(/No context yet/);
    await expectBlocked('You cannot add files in pr7301: your rights there let you see its context, not add to it.');
    await userEvent.upload(fileInput(), [png('shot.png')]);
    expect(screen.queryByRole('list', { name: 'Uploads' })).toBeNull();
    expect(seen.uploads).toBe(0);
  });

  it('a network path typed as the folder is refused at the field, and nothing goes until it is corrected', async () => {
    const mock = await startMock({ seed: false });
    const seen = countMediaUploads(mock);
    renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={27665602} persistKey={null} />);
    await screen.findByText(/No context yet/);
    const folder = screen.getByRole('textbox', { name: 'Folder' });
    await userEvent.type(folder, '//host/share');
    expect(folder).toHaveAttribute('aria-invalid', 'true');
    expect(folder).toHaveAccessibleDescription('The folder must be inside the segment\u2019s folder, not a drive or network path.');
    await userEvent.upload(fileInput(), [png('shot.png')]);
    expect(screen.queryByRole('list', { name: 'Uploads' })).toBeNull();
    expect(seen.uploads).toBe(0);
    await userEvent.clear(folder);
    await userEvent.type(folder, 'host/share');
    await userEvent.upload(fileInput(), [png('shot.png')]);
    await waitFor(() => expect([...mock.store.state.assets.values()].map((a) => a.relativePath)).toEqual(['host/share']));
    // The queue goes in order: had the first pick been taken, its bytes would have gone first.
    expect(seen.uploads).toBe(1);
  });

  it('files picked while the target is still being checked wait, then go with the scope\u2019s language', async () => {
    const mock = await startMock({ seed: false });
    mock.faults.set('latency:200');
    const seen = countMediaUploads(mock);
    renderUi(<PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={27665602} locale="de" persistKey={null} />);
    await userEvent.upload(fileInput(), [png('early.png')]);
    expect(screen.queryByRole('list', { name: 'Uploads' })).toBeNull();
    expect(seen.uploads).toBe(0);
    await waitFor(
      () => expect([...mock.store.state.assets.values()].map((a) => [a.name, a.locale])).toEqual([['early.png', 'de']]),
      { timeout: 5000 },
    );
  });
});
