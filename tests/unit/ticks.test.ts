import { describe, expect, it } from 'vitest';
import { isoToTicks, millisecondsFromTicks, ticksFromMilliseconds, ticksToIso } from '../../src/domain/ticks';

describe('.NET ticks', () => {
  it('reads the documented example exactly', () => {
    expect(isoToTicks('2025-07-27T15:58:33.8999983Z')).toBe(638892287138999983n);
    expect(ticksToIso(638892287138999983n)).toBe('2025-07-27T15:58:33.8999983Z');
  });

  it('always writes 7 fractional digits', () => {
    expect(ticksToIso(isoToTicks('2026-01-01T00:00:00Z'))).toBe('2026-01-01T00:00:00.0000000Z');
    expect(ticksToIso(isoToTicks('2026-01-01T00:00:00.5Z'))).toBe('2026-01-01T00:00:00.5000000Z');
    expect(ticksToIso(isoToTicks('2026-01-01T00:00:00.0000001Z'))).toBe('2026-01-01T00:00:00.0000001Z');
  });

  it('knows the Unix epoch and the start of the calendar', () => {
    expect(isoToTicks('1970-01-01T00:00:00Z')).toBe(621355968000000000n);
    expect(ticksToIso(621355968000000000n)).toBe('1970-01-01T00:00:00.0000000Z');
    expect(ticksToIso(0n)).toBe('0001-01-01T00:00:00.0000000Z');
  });

  it('converts from and to milliseconds', () => {
    const ms = Date.UTC(2025, 6, 27, 15, 58, 33, 899);
    expect(ticksToIso(ticksFromMilliseconds(ms))).toBe('2025-07-27T15:58:33.8990000Z');
    expect(millisecondsFromTicks(638892287138999983n)).toBe(ms);
  });

  it('refuses what is not an ISO UTC date', () => {
    expect(() => isoToTicks('2025-07-27 15:58:33')).toThrow(RangeError);
    expect(() => isoToTicks('2025-07-27T15:58:33.12345678Z')).toThrow(RangeError);
    expect(() => isoToTicks('2025-07-27T15:58:33+02:00')).toThrow(RangeError);
  });
});
