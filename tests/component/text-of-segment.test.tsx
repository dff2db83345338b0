import { renderHook, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PanelView } from '../../src/embed/panel-view';
import { useTextOfSegment } from '../../src/embed/use-text-of-segment';
import { renderUi, startMock } from './render';

describe("the host's segmentText holds for its segment only", () => {
  it('a segment change without new text shows none; the next text is taken with its segment', () => {
    const first = { source: 'Place order', target: 'Zahlungspflichtig bestellen' };
    const next = { source: 'Add to cart' };
    const { result, rerender } = renderHook(({ text, segmentId }) => useTextOfSegment(text, segmentId), {
      initialProps: { text: first as typeof first | typeof next | null, segmentId: 27665601 },
    });
    expect(result.current).toBe(first);
    // The iframe host: set-segment first…
    rerender({ text: first, segmentId: 27665602 });
    expect(result.current).toBeNull();
    // …then set-segment-text.
    rerender({ text: next, segmentId: 27665602 });
    expect(result.current).toBe(next);
    // A React host that gives both at once.
    rerender({ text: first, segmentId: 27665601 });
    expect(result.current).toBe(first);
  });
});

describe('the header says what the segment reads', () => {
  it("shows an embedding host's segmentText when no segment source gives the texts", async () => {
    const mock = await startMock();
    renderUi(
      <PanelView
        client={mock.client} queryClient={mock.queryClient} scope="pr7214" segmentId={27665601} persistKey={null}
        segmentText={{ source: 'Place order', target: 'Zahlungspflichtig bestellen', targetLocale: 'de' }}
      />,
    );
    const header = await screen.findByRole('heading', { name: 'Segment 27665601' });
    const texts = header.closest('header')!;
    expect(texts).toHaveTextContent('Place order');
    expect(texts).toHaveTextContent('deZahlungspflichtig bestellen');
  });
});
