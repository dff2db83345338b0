/**
 * .NET ticks (100 ns steps since 0001-01-01T00:00:00Z) <-> ISO 8601 with 7 fractional digits.
 * The download URL's `v` is the asset's modifiedDate in ticks, so both directions must be exact:
 * JavaScript dates stop at milliseconds, hence BigInt.
 */
export const TICKS_PER_MILLISECOND = 10_000n;
export const TICKS_AT_UNIX_EPOCH = 621_355_968_000_000_000n;

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?Z$/;

export function isoToTicks(iso: string): bigint {
  const match = ISO_UTC.exec(iso);
  if (!match) throw new RangeError(`Not an ISO 8601 UTC date: ${iso}`);
  const [, y, mo, d, h, mi, s, fraction = ''] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid date: ${iso}`);
  return TICKS_AT_UNIX_EPOCH + BigInt(ms) * TICKS_PER_MILLISECOND + BigInt(fraction.padEnd(7, '0'));
}

export function ticksToIso(ticks: bigint): string {
  const sinceEpoch = ticks - TICKS_AT_UNIX_EPOCH;
  let wholeSeconds = sinceEpoch / 10_000_000n;
  let fraction = sinceEpoch % 10_000_000n;
  if (fraction < 0n) {
    fraction += 10_000_000n;
    wholeSeconds -= 1n;
  }
  const seconds = new Date(Number(wholeSeconds) * 1000).toISOString().slice(0, 19);
  return `${seconds}.${fraction.toString().padStart(7, '0')}Z`;
}

export function ticksFromMilliseconds(ms: number): bigint {
  return TICKS_AT_UNIX_EPOCH + BigInt(Math.trunc(ms)) * TICKS_PER_MILLISECOND;
}

export function millisecondsFromTicks(ticks: bigint): number {
  return Number((ticks - TICKS_AT_UNIX_EPOCH) / TICKS_PER_MILLISECOND);
}
