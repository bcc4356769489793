// The ranking loop (rank.ts) reads flat columns and skill posting lists for speed; checkEligibility
// (eligibility.ts) is the rule as matching.md writes it. On random benches and roles they must agree:
// a match fails nothing, a near miss fails exactly the one constraint the reference names (with the same
// numbers), and anyone the reference finds failing at most once is listed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, failureCode, prepareBench, rankRole, roleContext, type Failure } from '../../../shared/matching';
import { aBench, aRole, date } from './arbitraries';
import { client } from './fixtures';

describe('the fast ranking loop agrees with checkEligibility', () => {
  it('on random benches and roles', () => {
    fc.assert(fc.property(aBench, aRole, date, (engineers, role, asOf) => {
      const clients = [{ ...client, timeZone: undefined }]; // the role's own zone, or none: overlap unknown too
      const res = rankRole({ engineers, clients }, role, { asOf, prepared: prepareBench(engineers) });
      const ctx = roleContext(role, clients, asOf);
      const prepared = prepareBench(engineers);
      const expectedMatches: string[] = [];
      const expectedNear = new Map<string, Failure>();
      for (const p of prepared.engineers) {
        const failures = checkEligibility(p, ctx, ctx.overlaps.get(p.engineer, p.overlapKey).hours);
        if (failures.length === 0) expectedMatches.push(p.id);
        else if (failures.length === 1) expectedNear.set(p.id, failures[0]!);
      }
      expect(res.matches.map((m) => m.engineerId).sort()).toEqual(expectedMatches.sort());
      // The near miss's failure, numbers and all, and its code.
      expect(new Map(res.nearMisses.map((n) => [n.engineerId, n.failure]))).toEqual(expectedNear);
      for (const n of res.nearMisses) expect(n.failed).toEqual([failureCode(expectedNear.get(n.engineerId)!)]);
      expect(res.evaluated).toBe(engineers.filter((e) => !e.archived).length);
    }), { numRuns: 300 });
  });
});
