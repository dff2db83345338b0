import { describe, expect, it } from 'vitest';
import { roundOrder } from '../../scripts/bench/upload';

describe('the order of the upload bench runs', () => {
  const kinds = ['raw1', 'raw6', 'raw4TwoSteps', 'raw6TwoSteps', 'panel4', 'panel6'];
  const rounds = Array.from({ length: 6 }, (_, round) => roundOrder(kinds, round));

  it('runs every kind once a round, and puts each in several places', () => {
    for (const order of rounds) expect([...order].sort()).toEqual([...kinds].sort());
    for (const kind of kinds) expect(new Set(rounds.map((order) => order.indexOf(kind))).size).toBeGreaterThanOrEqual(3);
  });

  it('lets no kind always follow the same other kind', () => {
    for (const kind of kinds) {
      const before = new Set(rounds.map((order) => order[order.indexOf(kind) - 1]).filter(Boolean));
      expect(before.size).toBeGreaterThanOrEqual(2);
    }
  });
});
