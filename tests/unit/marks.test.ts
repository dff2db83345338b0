import { describe, expect, it } from 'vitest';
import {
  MAX_MARKABLE_NAME, imageNameOfMarks, isMarksFileName, marksAreStale, marksFileName, readMarksFile, writeMarksFile, type MarksProblem,
} from '../../src/domain/marks';

const image = { name: 'checkout.png', v: '638892287138999983', width: 1400, height: 900 };
const good = { format: 'segment-asset-marks', version: 1, image, marks: [{ x: 0.1, y: 0.2, width: 0.3, height: 0.05, label: 'Place order' }] };
const withMarks = (marks: unknown) => JSON.stringify({ ...good, marks });
const withImage = (change: Record<string, unknown>) => JSON.stringify({ ...good, image: { ...image, ...change } });

describe('the marks file', () => {
  it('reads a good file, and what it writes reads back the same', () => {
    const read = readMarksFile(JSON.stringify(good));
    expect(read).toEqual({ ok: true, file: good });
    const written = writeMarksFile(image, good.marks);
    expect(readMarksFile(written)).toEqual({ ok: true, file: good });
    expect(readMarksFile(new TextEncoder().encode(written))).toEqual({ ok: true, file: good });
  });

  it('keeps the image version as a string: ticks are past 2^53', () => {
    const read = readMarksFile(JSON.stringify(good));
    expect(read.ok && read.file.image.v).toBe('638892287138999983');
  });

  it('reads no marks, marks without labels, and edges exactly at 1', () => {
    expect(readMarksFile(withMarks([])).ok).toBe(true);
    const edge = readMarksFile(withMarks([{ x: 0.7, y: 0.9, width: 0.3, height: 0.1 }, { x: 0, y: 0, width: 1, height: 1 }]));
    expect(edge.ok && edge.file.marks).toEqual([{ x: 0.7, y: 0.9, width: 0.3, height: 0.1 }, { x: 0, y: 0, width: 1, height: 1 }]);
  });

  it('ignores properties it does not know (an additive change stays version 1)', () => {
    const read = readMarksFile(JSON.stringify({ ...good, createdBy: 'x', marks: [{ ...good.marks[0], color: 'red' }] }));
    expect(read.ok && read.file.marks[0]).toEqual(good.marks[0]);
  });

  it('writes rounded fractions, trims labels, drops empty ones, and refuses what it could not read', () => {
    const text = writeMarksFile(image, [{ x: 0.123456789, y: 0.5, width: 0.2, height: 0.1, label: '  ' }, { x: 0, y: 0, width: 0.5, height: 0.5, label: ' OK ' }]);
    const read = readMarksFile(text);
    expect(read.ok && read.file.marks).toEqual([{ x: 0.123457, y: 0.5, width: 0.2, height: 0.1 }, { x: 0, y: 0, width: 0.5, height: 0.5, label: 'OK' }]);
    expect(() => writeMarksFile(image, Array.from({ length: 51 }, () => ({ x: 0, y: 0, width: 0.1, height: 0.1 })))).toThrow(/50 marks/);
  });

  const LONG_LABEL = 'a'.repeat(201);
  const malformed: [string, string | Uint8Array, MarksProblem][] = [
    ['empty', '', 'not-json'],
    ['not JSON', 'marks: yes', 'not-json'],
    ['truncated JSON', JSON.stringify(good).slice(0, 40), 'not-json'],
    ['JSON with a trailing comma', '{"format":"segment-asset-marks",}', 'not-json'],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not-json'],
    ['a JSON array', '[]', 'other-format'],
    ['a JSON string', '"segment-asset-marks"', 'other-format'],
    ['JSON null', 'null', 'other-format'],
    ['no format', JSON.stringify({ ...good, format: undefined }), 'other-format'],
    ['another format', JSON.stringify({ ...good, format: 'crowdin-tags' }), 'other-format'],
    ['format in capitals', JSON.stringify({ ...good, format: 'SEGMENT-ASSET-MARKS' }), 'other-format'],
    ['a newer version', JSON.stringify({ ...good, version: 2 }), 'newer-version'],
    ['version 0', JSON.stringify({ ...good, version: 0 }), 'invalid'],
    ['version as a string', JSON.stringify({ ...good, version: '1' }), 'invalid'],
    ['version 1.5', JSON.stringify({ ...good, version: 1.5 }), 'invalid'],
    ['no image', JSON.stringify({ ...good, image: undefined }), 'invalid'],
    ['image v as a number', withImage({ v: 638892287 }), 'invalid'],
    ['image v not digits', withImage({ v: '6388-92' }), 'invalid'],
    ['image name empty', withImage({ name: '' }), 'invalid'],
    ['image width 0', withImage({ width: 0 }), 'invalid'],
    ['image height negative', withImage({ height: -900 }), 'invalid'],
    ['image width fractional', withImage({ width: 1400.5 }), 'invalid'],
    ['marks not a list', JSON.stringify({ ...good, marks: { 0: good.marks[0] } }), 'invalid'],
    ['no marks', JSON.stringify({ ...good, marks: undefined }), 'invalid'],
    ['51 marks', withMarks(Array.from({ length: 51 }, () => ({ x: 0, y: 0, width: 0.1, height: 0.1 }))), 'invalid'],
    ['a mark that is a number', withMarks([42]), 'invalid'],
    ['a mark with x below 0', withMarks([{ x: -0.1, y: 0, width: 0.1, height: 0.1 }]), 'invalid'],
    ['a mark with y above 1', withMarks([{ x: 0, y: 1.2, width: 0.1, height: 0.1 }]), 'invalid'],
    ['a mark in pixels', withMarks([{ x: 140, y: 360, width: 280, height: 45 }]), 'invalid'],
    ['a mark that reaches past the right edge', withMarks([{ x: 0.9, y: 0, width: 0.2, height: 0.1 }]), 'invalid'],
    ['a mark that reaches past the bottom', withMarks([{ x: 0, y: 0.95, width: 0.1, height: 0.1 }]), 'invalid'],
    ['a mark of width 0', withMarks([{ x: 0.1, y: 0.1, width: 0, height: 0.1 }]), 'invalid'],
    ['a mark with a coordinate as a string', withMarks([{ x: '0.1', y: 0.1, width: 0.1, height: 0.1 }]), 'invalid'],
    ['a mark with a missing height', withMarks([{ x: 0.1, y: 0.1, width: 0.1 }]), 'invalid'],
    ['a mark with NaN written as null', withMarks([{ x: null, y: 0.1, width: 0.1, height: 0.1 }]), 'invalid'],
    ['a label over 200 characters', withMarks([{ x: 0, y: 0, width: 0.1, height: 0.1, label: LONG_LABEL }]), 'invalid'],
    ['a label that is a number', withMarks([{ x: 0, y: 0, width: 0.1, height: 0.1, label: 7 }]), 'invalid'],
    ['a file over 64 KB', JSON.stringify({ ...good, padding: 'x'.repeat(70_000) }), 'too-large'],
  ];

  it(`refuses ${malformed.length} malformed files, each for its reason`, () => {
    expect(malformed.length).toBeGreaterThanOrEqual(30);
    for (const [what, bytes, problem] of malformed) {
      const read = readMarksFile(bytes);
      expect(read.ok, what).toBe(false);
      if (!read.ok) expect(read.problem, what).toBe(problem);
    }
  });

  it('counts a label in characters, not UTF-16 units', () => {
    const emoji = '\u{1F600}'.repeat(200);
    expect(readMarksFile(withMarks([{ x: 0, y: 0, width: 0.1, height: 0.1, label: emoji }])).ok).toBe(true);
  });
});

describe('marks file names', () => {
  it('puts the suffix after the whole image name, up to 244 characters', () => {
    expect(marksFileName('shot.png')).toBe('shot.png.marks.json');
    expect(MAX_MARKABLE_NAME).toBe(244);
    expect(marksFileName(`${'a'.repeat(240)}.png`)).toHaveLength(255);
    expect(marksFileName(`${'a'.repeat(241)}.png`)).toBeNull();
  });

  it('knows a marks file and its image', () => {
    expect(isMarksFileName('shot.png.marks.json')).toBe(true);
    expect(isMarksFileName('shot.png.MARKS.JSON')).toBe(true);
    expect(isMarksFileName('.marks.json')).toBe(false);
    expect(isMarksFileName('marks.json')).toBe(false);
    expect(imageNameOfMarks('shot.png.marks.json')).toBe('shot.png');
  });

  it('says when the image was replaced after it was marked', () => {
    const read = readMarksFile(JSON.stringify(good));
    if (!read.ok) throw new Error('good file');
    expect(marksAreStale(read.file, '638892287138999983')).toBe(false);
    expect(marksAreStale(read.file, '638892287139999999')).toBe(true);
    expect(marksAreStale(read.file, null)).toBe(false);
  });
});
