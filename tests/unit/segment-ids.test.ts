import { describe, expect, it } from 'vitest';
import { parseSegmentIds } from '../../src/features/gallery/use-for-segments';

describe('segment IDs typed as a list', () => {
  it('takes commas, semicolons, spaces and line breaks, once each', () => {
    expect(parseSegmentIds('27665602, 27665603;27665604\n27665602  ')).toEqual({ ids: [27665602, 27665603, 27665604] });
    expect(parseSegmentIds('')).toEqual({ ids: [] });
  });

  it('names the first word that is not a segment ID', () => {
    expect(parseSegmentIds('27665602, 2766560x, -3')).toEqual({ bad: '2766560x' });
    expect(parseSegmentIds('0')).toEqual({ bad: '0' });
  });
});
