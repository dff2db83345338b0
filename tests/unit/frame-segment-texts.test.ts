import { describe, expect, it } from 'vitest';
import { envelope, parseHostMessage } from '../../src/embed/iframe/protocol';

const parse = (message: Record<string, unknown>) => parseHostMessage({ ...envelope({ type: 'hello' }), ...message });

describe('segment texts through the iframe protocol', () => {
  it('takes the shown segment\'s texts, or null for none', () => {
    expect(parse({ type: 'set-segment-text', segmentText: { source: 'Place order', target: 'Bestellen', targetLocale: 'de' } }))
      .toEqual({ type: 'set-segment-text', segmentText: { source: 'Place order', target: 'Bestellen', targetLocale: 'de' } });
    expect(parse({ type: 'set-segment-text', segmentText: { source: 'Place order' } }))
      .toEqual({ type: 'set-segment-text', segmentText: { source: 'Place order', target: null, targetLocale: null } });
    expect(parse({ type: 'set-segment-text', segmentText: null })).toEqual({ type: 'set-segment-text', segmentText: null });
  });

  it('refuses texts of the wrong shape or size', () => {
    expect(parse({ type: 'set-segment-text', segmentText: { target: 'x' } })).toBeNull();
    expect(parse({ type: 'set-segment-text', segmentText: { source: 3 } })).toBeNull();
    expect(parse({ type: 'set-segment-text', segmentText: { source: 'x'.repeat(20_001) } })).toBeNull();
    expect(parse({ type: 'set-segment-text' })).toBeNull();
  });

  it('takes a document\'s segments, all well-formed or none', () => {
    const segments = [{ segmentId: 1, texts: { en: 'Save', de: 'Speichern' } }, { segmentId: 2, texts: {} }];
    expect(parse({ type: 'set-segments', segments })).toEqual({ type: 'set-segments', segments });
    expect(parse({ type: 'set-segments', segments: [...segments, { segmentId: -1, texts: {} }] })).toBeNull();
    expect(parse({ type: 'set-segments', segments: [{ segmentId: 1, texts: { en: 5 } }] })).toBeNull();
    expect(parse({ type: 'set-segments', segments: 'all' })).toBeNull();
    expect(parse({ type: 'set-segments', segments: Array.from({ length: 20_001 }, (_, i) => ({ segmentId: i + 1, texts: {} })) })).toBeNull();
  });
});
