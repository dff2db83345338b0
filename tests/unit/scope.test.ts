import { describe, expect, it } from 'vitest';
import { describeScope, formatScope, normalizeScopeCode, parseScope, parseSegmentId } from '../../src/domain/scope';

describe('scope codes', () => {
  it('maps the three kinds to scope objects and back', () => {
    expect(parseScope('pr7214')).toEqual({ type: 'Project', projectid: 7214 });
    expect(parseScope('jbs9926')).toEqual({ type: 'Job', jobid: 9926, jobcdyt: false });
    expect(parseScope('jbc9927')).toEqual({ type: 'Job', jobid: 9927, jobcdyt: true });
    for (const code of ['pr7214', 'jbs9926', 'jbc9927']) expect(formatScope(parseScope(code)!)).toBe(code);
  });

  it('tolerates case and spaces, refuses anything else', () => {
    expect(normalizeScopeCode(' PR7214 ')).toBe('pr7214');
    for (const bad of ['', 'pr', 'pr0', 'pr-1', 'p7214', 'pr7214x', 'jb7214', 'pr01', 'pr99999999999', '7214']) {
      expect(parseScope(bad), bad).toBeNull();
    }
  });

  it('describes a scope in words', () => {
    expect(describeScope(parseScope('pr7214')!)).toBe('project 7214');
    expect(describeScope(parseScope('jbc9927')!)).toBe('Codyt job 9927');
  });

  it('reads segment IDs', () => {
    expect(parseSegmentId('27665601')).toBe(27665601);
    expect(parseSegmentId(27665601)).toBe(27665601);
    for (const bad of ['', '0', '-1', '1.5', 'abc', '027665601', '99999999999']) expect(parseSegmentId(bad), bad).toBeNull();
  });
});
