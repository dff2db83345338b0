import { describe, expect, it } from 'vitest';
import { READING_SHARES, readingProgress } from '../../src/features/gallery/ocr/ocr-protocol';

describe('the progress of one read, over its three readings', () => {
  it('fills the bar once: from 0 to 1 across the readings, never going back', () => {
    const steps = [0, 0.1, 0.5, 0.9, 1];
    const seen = (Object.keys(READING_SHARES) as (keyof typeof READING_SHARES)[])
      .flatMap((reading) => steps.map((own) => readingProgress(reading, own)));
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBeCloseTo(1);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
  });

  it('keeps a reading inside its share, whatever the engine reports', () => {
    expect(readingProgress('contrast', -1)).toBe(0.45);
    expect(readingProgress('contrast', 2)).toBeCloseTo(0.9);
  });
});
