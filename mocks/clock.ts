import { isoToTicks, millisecondsFromTicks, ticksFromMilliseconds, TICKS_PER_MILLISECOND } from '../src/domain/ticks';

/** The mock's time: .NET ticks for dates (7 fractional digits), milliseconds for expiry. */
export interface MockClock {
  ticks(): bigint;
  nowMs(): number;
}

/** Real time with sub-millisecond ticks, strictly increasing so a replaced file always gets a new `v`. */
export function systemClock(): MockClock {
  let last = 0n;
  const start = performance.now();
  const startMs = Date.now();
  return {
    ticks() {
      const elapsed = performance.now() - start;
      let ticks = ticksFromMilliseconds(startMs) + BigInt(Math.round(elapsed * Number(TICKS_PER_MILLISECOND)));
      if (ticks <= last) ticks = last + 1n;
      last = ticks;
      return ticks;
    },
    nowMs: () => Date.now(),
  };
}

export interface ManualClock extends MockClock {
  set(iso: string): void;
  advance(ms: number): void;
}

/** For tests: time stands still until told otherwise, to the tick. */
export function manualClock(startIso: string): ManualClock {
  let current = isoToTicks(startIso);
  return {
    ticks: () => current,
    nowMs: () => millisecondsFromTicks(current),
    set(iso) {
      current = isoToTicks(iso);
    },
    advance(ms) {
      current += BigInt(Math.round(ms * Number(TICKS_PER_MILLISECOND)));
    },
  };
}
