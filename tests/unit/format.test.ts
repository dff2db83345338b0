import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/ui/format';

describe('formatBytes', () => {
  it('writes sizes in 1024 steps, with the decimal mark of the language and a no-break space', () => {
    expect(formatBytes(0)).toBe('0\u00a0B');
    expect(formatBytes(1000)).toBe('1000\u00a0B');
    expect(formatBytes(1536)).toBe('1.5\u00a0KB');
    expect(formatBytes(1536, 'de')).toBe('1,5\u00a0KB');
    expect(formatBytes(1536, 'fr')).toBe('1,5\u00a0KB');
    expect(formatBytes(150 * 1024 * 1024)).toBe('150\u00a0MB');
    expect(formatBytes(2.25 * 1024 ** 3)).toBe('2.3\u00a0GB');
  });
});
