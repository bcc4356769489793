// The Match screen's what-if: for every near-miss group of every role of a demo bench, the relax it
// proposes, run through the real ranking, moves every engineer of that group into the matches (except
// those no role change can admit, which the action names), and never changes the saved role.
import { describe, expect, it } from 'vitest';
import { generateDemoBench } from '../../../db/seed';
import { prepareBench, rankRole, type Relax } from '../../../shared/matching';
import { groupNearMisses } from '../../../renderer/screens/match/relax';

describe('near-miss what-ifs', () => {
  const bench = generateDemoBench({ engineers: 600, seed: 5 });
  const data = { engineers: bench.engineers ?? [], clients: bench.clients ?? [] };
  const asOf = '2026-11-25';
  const prepared = prepareBench(data.engineers);

  it('each group is one failure code, and its what-if lets the group in', () => {
    let checked = 0;
    for (const role of bench.roles ?? []) {
      const frozen = JSON.stringify(role);
      const base = rankRole(data, role, { asOf, prepared });
      for (const g of groupNearMisses(base.nearMisses, role)) {
        for (const m of g.misses) expect(m.failed).toEqual([g.code]);
        if (!g.relax) {
          expect(g.code).toBe('availability');
          continue;
        }
        const after = rankRole(data, role, { asOf, prepared, relax: g.relax as Relax });
        const matched = new Set(after.matches.map((m) => m.engineerId));
        const admitted = g.misses.filter((m) => matched.has(m.engineerId));
        if (g.code === 'availability') {
          // Unavailable engineers stay out; every one with a free date is admitted.
          expect(admitted.length).toBe(g.misses.filter((m) => m.gaps[0]!.startsWith('free ')).length);
        } else {
          expect(admitted.map((m) => m.engineerId)).toEqual(g.misses.map((m) => m.engineerId));
        }
        checked++;
      }
      expect(JSON.stringify(role)).toBe(frozen);
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('says the budget what-if in the account manager\'s words', () => {
    for (const role of bench.roles ?? []) {
      const g = groupNearMisses(rankRole(data, role, { asOf, prepared }).nearMisses, role).find((x) => x.code === 'budget');
      if (!g || g.relax?.maxBillRate == null) continue;
      expect(g.action).toMatch(/^Raise the budget to \$[\d.]+\/h \(\+\$[\d.]+\/h\)$/);
      expect(g.relax.maxBillRate).toBeGreaterThan(role.maxBillRate!);
      return;
    }
    throw new Error('no budget near miss in the demo bench');
  });
});
