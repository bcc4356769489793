// The near-miss groups a warm re-ranking takes from groups-cache.ts are the ones a fresh ranking builds:
// for every demo role, under what-ifs, other weights and another date, after a caller changed an answer,
// and after the bench changed (a new prepared bench starts with nothing remembered).
import { describe, expect, it } from 'vitest';
import { generateDemoBench } from '../../../db/seed';
import type { Role } from '../../../shared/bench/schema';
import { PRESETS, prepareBench, rankRole, type RankOptions, type Weights } from '../../../shared/matching';
import { client, engineer, role } from './fixtures';

describe('near-miss groups cache', () => {
  const bench = generateDemoBench({ engineers: 600, seed: 11 });
  const data = { engineers: bench.engineers ?? [], clients: bench.clients ?? [] };
  const prepared = prepareBench(data.engineers);
  // Without `prepared` every ranking prepares its own bench, so nothing can come from the cache.
  const eager = (r: Role, opts: RankOptions) => rankRole(data, r, opts).groups;
  const warm = (r: Role, opts: RankOptions) => rankRole(data, r, { ...opts, prepared }).groups;

  it('a repeated ranking, a what-if, other weights and another date each get their own groups', () => {
    let compared = 0;
    for (const r of bench.roles ?? []) {
      const variants: RankOptions[] = [
        { asOf: '2026-11-25' },
        { asOf: '2026-07-01' },
        { asOf: '2026-11-25', weights: PRESETS['budget first'] },
      ];
      const first = eager(r, variants[0]!);
      for (const g of first) if (g.next) variants.push({ asOf: '2026-11-25', relax: g.next.relax });
      // Twice in a row: the first ranking fills the cache, the second reads it.
      for (const opts of [...variants, ...variants]) {
        expect(warm(r, opts)).toEqual(eager(r, opts));
        compared++;
      }
      expect(first.length).toBeGreaterThan(0);
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('the weights choose between two engineers equally close: each weighting keeps its own step', () => {
    // Both $4/h over budget; the step is sized for the better scored, which the weights decide.
    const d = {
      engineers: [
        engineer({ id: 'e-1', name: 'Skilled', englishLevel: 'B2', rate: { billPerHour: 64 }, skills: [{ name: 'Python', level: 5, years: 9 }, { name: 'PyTorch', level: 5, years: 6 }] }),
        engineer({ id: 'e-2', name: 'Fluent', englishLevel: 'C2', rate: { billPerHour: 64 }, skills: [{ name: 'Python', level: 3, years: 2 }, { name: 'PyTorch', level: 2, years: 1 }] }),
      ],
      clients: [client],
    };
    const only = (k: keyof Weights): Weights => ({ mustHave: 0, niceToHave: 0, assessment: 0, overlap: 0, english: 0, rate: 0, [k]: 1 });
    const r = role({ maxBillRate: 60 });
    const p = prepareBench(d.engineers);
    const closest = (w: Weights) => rankRole(d, r, { asOf: '2026-11-25', weights: w, prepared: p }).groups[0]!.next!.closest!.engineerId;
    expect(closest(only('mustHave'))).toBe('e-1');
    expect(closest(only('english'))).toBe('e-2');
  });

  it('an answer the caller changed does not change the next one', () => {
    const r = bench.roles![0]!;
    const opts = { asOf: '2026-11-25' };
    const before = eager(r, opts);
    const mine = warm(r, opts);
    mine[0]!.count = -1;
    mine.pop();
    expect(warm(r, opts)).toEqual(before);
  });

  it('a changed bench is ranked afresh', () => {
    const r = bench.roles![0]!;
    const opts = { asOf: '2026-11-25' };
    warm(r, opts);
    // Half the engineers archived: the groups shrink, and the new prepared bench must not see the old ones.
    const changed = data.engineers.map((e, i) => (i % 2 ? { ...e, archived: true } : e));
    const after = rankRole({ ...data, engineers: changed }, r, { ...opts, prepared: prepareBench(changed) }).groups;
    expect(after).toEqual(rankRole({ ...data, engineers: changed }, r, opts).groups);
    expect(after).not.toEqual(warm(r, opts));
  });
});
