// Near-miss groups and their what-ifs, through the real ranking on a demo bench: a group's next step lets
// in its closest engineer and exactly as many of the group as it says, a broader step likewise, the
// saved role never changes, and stepping on from answer to answer lets a whole group in one at a time.
import { describe, expect, it } from 'vitest';
import { generateDemoBench } from '../../../db/seed';
import type { Role } from '../../../shared/bench/schema';
import { applyRelax, changeText, prepareBench, rankRole, type MatchResult, type WhatIfStep } from '../../../shared/matching';
import { client, engineer, role } from './fixtures';

const asOf = '2026-11-25';

describe('near-miss groups', () => {
  const bench = generateDemoBench({ engineers: 600, seed: 5 });
  const data = { engineers: bench.engineers ?? [], clients: bench.clients ?? [] };
  const prepared = prepareBench(data.engineers);

  function checkStep(r: Role, base: MatchResult, code: string, s: WhatIfStep) {
    const after = rankRole(data, applyRelax(r, s.relax), { asOf, prepared });
    const matched = new Set(after.matches.map((m) => m.engineerId));
    const group = base.nearMisses.filter((n) => n.failed[0] === code);
    expect(group.filter((m) => matched.has(m.engineerId)).length, `${code}: ${changeText(s.change, 'en')}`).toBe(s.admits);
    if (s.closest) expect(matched.has(s.closest.engineerId)).toBe(true);
    // No one the saved role admitted is lost by a relaxation.
    for (const m of base.matches) expect(matched.has(m.engineerId)).toBe(true);
  }

  it('each group is one failure code; every step lets in as many of the group as it says', () => {
    let steps = 0;
    for (const r of bench.roles ?? []) {
      const frozen = JSON.stringify(r);
      const base = rankRole(data, r, { asOf, prepared });
      expect(base.groups.reduce((n, g) => n + g.count, 0)).toBe(base.totalNearMisses);
      for (const g of base.groups) {
        expect(base.nearMisses.filter((n) => n.failed[0] === g.code)).toHaveLength(g.count);
        for (const s of [g.next, ...g.more]) {
          if (!s) continue;
          expect(s.admits).toBeGreaterThan(0);
          checkStep(r, base, g.code, s);
          steps++;
        }
        if (!g.next) expect(g.kind === 'availability' || g.kind === 'must_have').toBe(true);
      }
      expect(JSON.stringify(r)).toBe(frozen);
    }
    expect(steps).toBeGreaterThan(10);
  });

  it('steps one engineer at a time: the closest first, then the next', () => {
    const tight = role({ maxBillRate: 60, mustHave: [{ skill: 'Python', minLevel: 3 }] });
    const bills = [61, 64, 64, 70];
    const engineers = bills.map((b, i) => engineer({ id: `e-${i}`, name: `E${i}`, rate: { billPerHour: b } }));
    const d = { engineers, clients: [client] };
    let current = tight;
    const admitted: number[] = [];
    for (let k = 0; k < 3; k++) {
      const g = rankRole(d, current, { asOf }).groups.find((x) => x.code === 'budget')!;
      expect(g.next!.change).toMatchObject({ kind: 'raise_budget', from: current.maxBillRate });
      admitted.push(g.next!.admits);
      current = applyRelax(current, g.next!.relax);
    }
    expect(admitted).toEqual([1, 2, 1]);
    expect(current.maxBillRate).toBe(70);
    expect(rankRole(d, current, { asOf }).matches).toHaveLength(4);
  });

  it('offers "drop the minimum years" when years are the gap, and making the skill a nice-to-have', () => {
    const r = role({ mustHave: [{ skill: 'Python', minLevel: 3, minYears: 6 }] });
    const d = { engineers: [engineer({ id: 'e-1', skills: [{ name: 'Python', level: 4, years: 5 }] }), engineer({ id: 'e-2', skills: [{ name: 'Python', level: 4, years: 2 }] }), engineer({ id: 'e-3', skills: [] })], clients: [client] };
    const g = rankRole(d, r, { asOf }).groups[0]!;
    expect(g.code).toBe('must_have:Python');
    expect(g.next).toMatchObject({ change: { kind: 'lower_years', to: 5, from: 6 }, admits: 1, closest: { engineerId: 'e-1' } });
    expect(g.more.map((s) => [s.change.kind, s.admits])).toEqual([['drop_years', 2], ['skill_to_nice', 3]]);
    expect(changeText(g.more[0]!.change, 'en')).toBe('Drop the minimum years of Python (6 years)');
    expect(rankRole(d, applyRelax(r, g.more[0]!.relax), { asOf }).matches.map((m) => m.engineerId)).toEqual(['e-1', 'e-2']);
  });

  it('marks the engineers a what-if lets in with what the saved role refused', () => {
    const r = role({ maxBillRate: 60 });
    const d = { engineers: [engineer({ id: 'e-1', rate: { billPerHour: 55 } }), engineer({ id: 'e-2', rate: { billPerHour: 64 } })], clients: [client] };
    const res = rankRole(d, r, { asOf, relax: { maxBillRate: 64 } });
    expect(res.matches.find((m) => m.engineerId === 'e-1')!.letIn).toBeUndefined();
    expect(res.matches.find((m) => m.engineerId === 'e-2')!.letIn).toEqual([{ code: 'budget', rate: 64, overBy: 4, cap: 60 }]);
  });
});
