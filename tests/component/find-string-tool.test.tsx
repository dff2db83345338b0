import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Mark } from '../../src/domain/marks';
import { MarksEditor } from '../../src/features/gallery/marks-editor';
import { FindStringTool } from '../../src/features/gallery/ocr/find-string-tool';
import { I18nProvider } from '../../src/ui/i18n/i18n';
import { ocrPage } from '../unit/ocr-page';

const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const reading = vi.hoisted(() => ({ page: null as unknown }));
// The recognition itself (a worker with WebAssembly) is the e2e suite's; here it answers a page of words.
vi.mock('../../src/features/gallery/ocr/read-text', () => ({
  readText: vi.fn(async (_picture: Blob, _locale: string, options: { onProgress?: (p: unknown) => void }) => {
    options.onProgress?.({ stage: 'reading', progress: 0.5 });
    if (!reading.page) throw new TypeError('Failed to fetch');
    return reading.page;
  }),
}));

function setup() {
  const onSave = vi.fn<(marks: Mark[]) => void>();
  render(
    <I18nProvider language="en">
      <MarksEditor
        src={PIXEL} alt="settings.png" naturalWidth={1000} naturalHeight={500} initial={[]} onSave={onSave} onCancel={() => {}}
        proposer={(tools) => <FindStringTool text="Save changes" locale="en" picture={async () => new Blob(['x'])} onPropose={tools.propose} onAccept={tools.accept} />}
      />
    </I18nProvider>,
  );
  return { user: userEvent.setup(), onSave };
}

describe('"Find the string" in the marks editor', () => {
  it('proposes each place; an accepted one becomes a mark, a rejected one goes; only "Save marks" saves', async () => {
    reading.page = ocrPage(['Save changes', { text: 'Save changes', x: 600, y: 400 }]);
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'Find the string' }));
    expect(await screen.findByText('Found in 2 places. Accept those that are right to add them as marks.')).toBeVisible();
    await waitFor(() => expect(document.querySelectorAll('.sap-marking-proposal')).toHaveLength(2));
    expect(screen.queryAllByRole('button', { name: /^Mark \d+ of/ })).toHaveLength(0);
    expect(screen.getByText('Place 1, 95 % sure')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Accept place 1' }));
    expect(screen.getByRole('button', { name: 'Mark 1 of 1, 2 % from the left, 3 % from the top, 12 % wide, 4 % high' })).toBeVisible();
    expect(screen.getByText(/Place 1 added as mark 1\. Save marks to keep it\./)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Reject place 2' }));
    await waitFor(() => expect(document.querySelectorAll('.sap-marking-proposal')).toHaveLength(0));
    expect(onSave).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Save marks' }));
    expect(onSave).toHaveBeenCalledWith([{ x: expect.closeTo(0.017, 6), y: expect.closeTo(0.034, 6), width: expect.closeTo(0.122, 6), height: expect.closeTo(0.036, 6) }]);
  });

  it('says when the string is not there', async () => {
    reading.page = ocrPage(['Cancel']);
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Find the string' }));
    expect(await screen.findByText(/The string was not found on this image\./)).toBeVisible();
  });

  it('says why it failed and leaves marking by hand as it was', async () => {
    reading.page = null;
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'Find the string' }));
    // jsdom has no Worker: the reason is the browser's.
    expect(await screen.findByRole('alert')).toHaveTextContent('The string could not be looked for: this browser cannot run the text recognition. Marking by hand works as before.');
    await user.click(screen.getByRole('button', { name: 'New mark' }));
    await user.click(screen.getByRole('button', { name: 'Save marks' }));
    expect(onSave).toHaveBeenCalledWith([expect.objectContaining({ width: 0.2, height: 0.08 })]);
  });
});
