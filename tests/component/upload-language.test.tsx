import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PanelView } from '../../src/embed/panel-view';
import { renderUi, startMock } from './render';

describe('the panel in German', () => {
  it('says why a file is refused in German, and the rest of the drop still arrives', async () => {
    const mock = await startMock({ seed: false });
    renderUi(
      <PanelView client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={27665602} language="de" persistKey={null} maxFileSize={2048} />,
    );
    await screen.findByText(/Noch kein Kontext/);
    expect(screen.getByRole('button', { name: 'Dateien hinzufügen' })).toBeInTheDocument();
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    await userEvent.upload(input, [
      new File([new Uint8Array(16)], 'CON.png', { type: 'image/png' }),
      new File([new Uint8Array(3072)], 'gross.png', { type: 'image/png' }),
      new File([new Uint8Array(16)], 'kasse.png', { type: 'image/png' }),
    ]);
    const uploads = screen.getByRole('list', { name: 'Uploads' });
    const alerts = await within(uploads).findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      'Fehlgeschlagen: \u201eCON\u201c ist ein reservierter Name und kann in keinem Dateinamen verwendet werden.',
      'Fehlgeschlagen: gross.png ist 3\u00a0KB gro\u00df, mehr als die 2\u00a0KB, die eine Datei haben darf.',
    ]);
    await waitFor(() => expect([...mock.store.state.assets.values()].map((a) => a.name)).toEqual(['kasse.png']));
  });
});
