/** Why a job that was called off before its turn did not run. */
export const CALLED_OFF = 'The thumbnail was no longer wanted.';

/**
 * The worker's line of jobs: `atOnce` run together, the others wait their turn, first come first
 * served. A job called off while it waits (its tile scrolled away) never runs: on two cores one
 * decode of a full-size screenshot takes the core the page is not on, and a fling that starts
 * while a screen of pictures is still being made would otherwise wait for every one of them.
 * A job already running finishes (its thumbnail is kept for the next time).
 */
export function createTurns(atOnce: number) {
  let running = 0;
  const waiting: { id: number; go: () => void; drop: () => void }[] = [];

  async function run<T>(id: number, work: () => Promise<T>): Promise<T> {
    // A finished turn hands its place to the next in line, so none is taken in between. A job
    // called off leaves the line at once (its bytes with it) and never holds a turn.
    if (running < atOnce) running += 1;
    else await new Promise<void>((go, refuse) => waiting.push({ id, go, drop: () => refuse(new Error(CALLED_OFF)) }));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next.go();
      else running -= 1;
    }
  }

  return {
    run,
    /** Calls off a job that still waits; one that runs or ran is left alone. */
    callOff(id: number): void {
      const at = waiting.findIndex((job) => job.id === id);
      if (at >= 0) waiting.splice(at, 1)[0]!.drop();
    },
  };
}
