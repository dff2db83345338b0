import { describe, expect, it } from 'vitest';
import { findAllStrings } from '../../src/domain/find-all-strings';
import { ocrPage, wordsOf } from './ocr-page';

const SEGMENTS = [
  { segmentId: 1, text: 'Password' },
  { segmentId: 2, text: 'Forgot your password?' },
  { segmentId: 3, text: 'Sign in' },
  { segmentId: 4, text: 'Keyboard shortcuts' },
  { segmentId: 5, text: '{count} files selected' },
  { segmentId: 6, text: '' },
];

describe('finding every segment a screenshot shows', () => {
  it('proposes each segment whose string is there, each word for one string only, top to bottom', () => {
    const page = ocrPage(['Password', 'secret', 'Forgot your password?', 'Sign in', { text: '3 files selected', x: 500, y: 20 }]);
    const proposals = findAllStrings(page, SEGMENTS);
    expect(proposals.map((p) => [p.segmentId, wordsOf(page, p.occurrence)])).toEqual([
      [1, 'Password'],
      [5, '3 files selected'],
      [2, 'Forgot your password?'],
      [3, 'Sign in'],
    ]);
  });

  it('does not propose a string found only inside other text, nor an absent one', () => {
    const page = ocrPage(['Please sign in again']);
    expect(findAllStrings(page, SEGMENTS)).toEqual([]);
  });

  it('keeps every place of a segment shown twice', () => {
    const page = ocrPage(['Sign in', { text: 'Sign in', x: 600, y: 300 }]);
    expect(findAllStrings(page, SEGMENTS).map((p) => p.segmentId)).toEqual([3, 3]);
  });
});
