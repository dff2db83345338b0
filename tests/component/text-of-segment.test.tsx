import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useTextOfSegment } from '../../src/embed/use-text-of-segment';

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
