import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MockMenu } from '../../src/app/dev/mock-menu';
import { I18nProvider } from '../../src/ui/i18n/i18n';
import { MOCK_BASE, renderUi, startMock } from './render';

const SEGMENT = 27665605;

describe('the mock menu', () => {
  it('"Add 1,000 assets to this segment" adds 1,000 each time, to the segment open now', async () => {
    const mock = await startMock({ seed: false });
    const onDataChanged = vi.fn();
    renderUi(<MockMenu baseUrl={MOCK_BASE} segmentId={SEGMENT} onDataChanged={onDataChanged} />);
    const add = screen.getByRole('button', { name: 'Add 1,000 assets to this segment' });
    const onSegment = () => [...mock.store.state.assets.values()].filter((a) => a.segmentId === SEGMENT).length;
    await userEvent.click(add);
    await waitFor(() => expect(onDataChanged).toHaveBeenCalledTimes(1));
    expect(onSegment()).toBe(1000);
    await userEvent.click(add);
    await waitFor(() => expect(onDataChanged).toHaveBeenCalledTimes(2));
    expect(onSegment()).toBe(2000);
    expect(mock.store.state.assets.size).toBe(2000);
  });

  it('says the number in the language\u2019s own way, and waits for a segment', () => {
    renderUi(<I18nProvider language="de"><MockMenu baseUrl={MOCK_BASE} segmentId={null} onDataChanged={() => undefined} /></I18nProvider>);
    expect(screen.getByRole('button', { name: '1.000 Kontextdateien zu diesem Segment hinzufügen' })).toBeDisabled();
  });
});
