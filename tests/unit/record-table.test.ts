import { describe, expect, it } from 'vitest';
import { RecordTable } from '../../src/features/upload/core/record-table';
import type { UploadRecord } from '../../src/features/upload/core/types';

const record = (id: string, sent = 0) => ({ id, sent }) as UploadRecord;
const ids = (table: RecordTable) => table.values().map((r) => `${r.id}:${r.sent}`);

describe('the table of upload records', () => {
  it('finds, replaces, appends and removes, each change a new table and the old one as it was', () => {
    const first = RecordTable.of([record('a'), record('b')]);
    const second = first.with(record('b', 5));
    expect(ids(first)).toEqual(['a:0', 'b:0']);
    expect(ids(second)).toEqual(['a:0', 'b:5']);
    expect(second.get('b')!.sent).toBe(5);
    const third = second.added([record('c')]);
    expect(ids(third)).toEqual(['a:0', 'b:5', 'c:0']);
    expect(second.has('c')).toBe(false);
    expect(first.get('c')).toBeUndefined();
    const fourth = third.without(new Set(['a']));
    expect(ids(fourth)).toEqual(['b:5', 'c:0']);
    expect(fourth.get('a')).toBeUndefined();
    expect(fourth.get('c')!.sent).toBe(0);
    expect(third.get('a')).toBeDefined();
  });

  it('keeps two tables grown from the same one apart (each its own positions)', () => {
    const base = RecordTable.of([record('a')]);
    const left = base.added([record('x')]);
    const right = base.added([record('y')]);
    expect(ids(left)).toEqual(['a:0', 'x:0']);
    expect(ids(right)).toEqual(['a:0', 'y:0']);
    expect(left.has('y')).toBe(false);
    expect(right.has('x')).toBe(false);
    expect(right.get('y')!.id).toBe('y');
    // A table changed after its sibling grew still grows right.
    const changed = base.with(record('a', 1)).added([record('z')]);
    expect(ids(changed)).toEqual(['a:1', 'z:0']);
    expect(left.get('x')!.id).toBe('x');
  });

  it('leaves a table as it is when there is nothing to change', () => {
    const table = RecordTable.of([record('a')]);
    expect(table.with(record('nope'))).toBe(table);
    expect(table.without(new Set(['nope']))).toBe(table);
    expect(table.added([])).toBe(table);
    expect(ids(table.added([record('a', 3)]))).toEqual(['a:3']);
  });
});
