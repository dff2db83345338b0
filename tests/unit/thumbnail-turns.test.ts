import { describe, expect, it } from 'vitest';
import { CALLED_OFF, createTurns } from '../../src/features/gallery/thumbnails/thumbnail-turns';

/** A job the test finishes by hand, recording when it started. */
function job(started: number[], id: number) {
  let finish!: (value: number) => void;
  const done = new Promise<number>((resolve) => {
    finish = resolve;
  });
  return { work: () => { started.push(id); return done; }, finish: () => finish(id) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the thumbnail worker\'s line of jobs', () => {
  it('runs as many at once as it may, the others in the order they came', async () => {
    const turns = createTurns(1);
    const started: number[] = [];
    const jobs = [1, 2, 3].map((id) => job(started, id));
    const results = jobs.map((j, i) => turns.run(i + 1, j.work));
    await settle();
    expect(started).toEqual([1]);
    jobs[0]!.finish();
    await settle();
    expect(started).toEqual([1, 2]);
    jobs[1]!.finish();
    jobs[2]!.finish();
    expect(await Promise.all(results)).toEqual([1, 2, 3]);
  });

  it('never runs a job called off while it waits, and hands its turn to the next', async () => {
    const turns = createTurns(1);
    const started: number[] = [];
    const [first, second, third] = [1, 2, 3].map((id) => job(started, id));
    const one = turns.run(1, first!.work);
    const two = turns.run(2, second!.work);
    const three = turns.run(3, third!.work);
    turns.callOff(2);
    // Out of the line at once, before the first is done.
    await expect(two).rejects.toThrow(CALLED_OFF);
    first!.finish();
    await settle();
    expect(started).toEqual([1, 3]);
    third!.finish();
    expect(await one).toBe(1);
    expect(await three).toBe(3);
  });

  it('lets a running job finish (its thumbnail is kept), and forgets calls for jobs it does not hold', async () => {
    const turns = createTurns(1);
    const started: number[] = [];
    const running = job(started, 1);
    const result = turns.run(1, running.work);
    turns.callOff(1);
    turns.callOff(99);
    running.finish();
    expect(await result).toBe(1);
    // Id 1 again (a later job): not called off by the earlier call.
    const again = job(started, 1);
    const next = turns.run(1, again.work);
    again.finish();
    expect(await next).toBe(1);
  });

  it('runs up to `atOnce` together', async () => {
    const turns = createTurns(2);
    const started: number[] = [];
    const jobs = [1, 2, 3].map((id) => job(started, id));
    jobs.forEach((j, i) => void turns.run(i + 1, j.work));
    await settle();
    expect(started).toEqual([1, 2]);
    jobs[1]!.finish();
    await settle();
    expect(started).toEqual([1, 2, 3]);
  });
});
