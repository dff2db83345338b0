import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FindStringTool } from '../../src/features/gallery/ocr/find-string-tool';
import { PROPOSE_AFTER_DROP_KEY, ProposeAfterDropSetting } from '../../src/features/gallery/ocr/propose-after-drop';
import { I18nProvider, type UiLanguage } from '../../src/ui/i18n/i18n';
import { ocrPage } from '../unit/ocr-page';

const reading = vi.hoisted(() => ({ error: null as Error | null, calls: 0 }));
vi.mock('../../src/features/gallery/ocr/read-text', () => ({
  readText: vi.fn(async () => {
    reading.calls++;
    if (reading.error) throw reading.error;
    return ocrPage(['Place order']);
  }),
}));

const inLanguage = (language: UiLanguage, children: React.ReactNode) => <I18nProvider language={language}>{children}</I18nProvider>;

beforeEach(() => {
  localStorage.clear();
  reading.error = null;
  reading.calls = 0;
});

describe('"Find my segment\'s string on screenshots I drop"', () => {
  it('is off by default, remembered by the browser once chosen, and every panel of the page follows', async () => {
    const user = userEvent.setup();
    render(inLanguage('en', <><ProposeAfterDropSetting /><ProposeAfterDropSetting /></>));
    const [first, second] = screen.getAllByRole('checkbox', { name: 'Find my segment\u2019s string on screenshots I drop' });
    expect(first).not.toBeChecked();
    expect(first).toHaveAccessibleDescription('After the upload the screenshot opens with the places proposed; nothing is saved until you accept.');
    await user.click(first!);
    expect(first).toBeChecked();
    expect(second).toBeChecked();
    expect(localStorage.getItem(PROPOSE_AFTER_DROP_KEY)).toBe('true');
  });

  it('takes the host\'s default until the person chooses, and is labelled in German and French', async () => {
    const user = userEvent.setup();
    const { unmount } = render(inLanguage('de', <ProposeAfterDropSetting hostDefault />));
    const box = screen.getByRole('checkbox', { name: 'Den Text meines Segments auf abgelegten Screenshots suchen' });
    expect(box).toBeChecked();
    await user.click(box);
    expect(localStorage.getItem(PROPOSE_AFTER_DROP_KEY)).toBe('false');
    unmount();
    render(inLanguage('fr', <ProposeAfterDropSetting hostDefault />));
    expect(screen.getByRole('checkbox', { name: 'Chercher le texte de mon segment sur les captures que je dépose' })).not.toBeChecked();
  });

  it('starts "Find the string" at once for a dropped screenshot: the place is proposed, nothing accepted', async () => {
    const onAccept = vi.fn(() => [1]);
    render(inLanguage('en', <FindStringTool text="Place order" locale="en" picture={async () => new Blob(['x'])} onPropose={() => {}} onAccept={onAccept} autoStart />));
    expect(await screen.findByText('Found in 1 place. Accept it to add it as a mark.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Accept place 1' })).toBeVisible();
    expect(onAccept).not.toHaveBeenCalled();
    expect(reading.calls).toBe(1);
  });

  it('says a picture is too large to read', async () => {
    reading.error = Object.assign(new Error('The picture has 60 megapixels.'), { name: 'PictureTooLargeError' });
    render(inLanguage('en', <FindStringTool text="Place order" locale="en" picture={async () => new Blob(['x'])} onPropose={() => {}} onAccept={() => []} autoStart />));
    expect(await screen.findByRole('alert')).toHaveTextContent('The string could not be looked for: the image is too large to read (more than 50 megapixels). Marking by hand works as before.');
  });
});
