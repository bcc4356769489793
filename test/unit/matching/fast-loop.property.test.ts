// The ranking loop (rank.ts) reads flat columns and skill posting lists for speed; checkEligibility
// (eligibility.ts) is the rule as matching.md writes it. On random benches and roles they must agree:
// a match fails nothing, a near miss fails exactly the one constraint the reference names (with the same
// numbers), and anyone the reference finds failing at most once is listed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Engineer, Role } from '../../../shared/bench/schema';
import { AVAILABILITY_STATUSES, CEFR, SENIORITIES, VETTING_STATUSES } from '../../../shared/bench/schema';
import { checkEligibility, failureCode, prepareBench, rankRole, roleContext, type Failure } from '../../../shared/matching';
import { client } from './fixtures';

const SKILLS = ['Python', 'PyTorch', 'k8s', 'TensorFlow', 'Go', 'AWS'];
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const date = fc.constantFrom('2027-01-10', '2027-01-15', '2027-02-01', '2027-03-01');
const clock = fc.constantFrom('06:00', '09:00', '12:00', '18:00', '22:00');
const zone = fc.constantFrom('America/Sao_Paulo', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata');
const compact = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const anEngineer = (i: number): fc.Arbitrary<Engineer> => fc.record({
  skills: fc.uniqueArray(fc.record({ name: fc.constantFrom(...SKILLS), level: fc.integer({ min: 1, max: 5 }), years: opt(fc.integer({ min: 0, max: 8 })) }), { selector: (s) => s.name, maxLength: 4 }),
  seniority: fc.constantFrom(...SENIORITIES),
  englishLevel: opt(fc.constantFrom(...CEFR)),
  vettingStatus: opt(fc.constantFrom(...VETTING_STATUSES)),
  bill: opt(fc.integer({ min: 30, max: 100 })),
  availability: opt(fc.record({ status: fc.constantFrom(...AVAILABILITY_STATUSES), from: opt(date) })),
  timeZone: zone,
  workingHours: opt(fc.record({ start: clock, end: clock })),
  archived: opt(fc.boolean()),
}).map((g) => compact({
  id: `e-${String(i).padStart(3, '0')}`, name: `Engineer ${i}`, country: 'BR', timeZone: g.timeZone, seniority: g.seniority,
  skills: g.skills.map((s) => compact(s)), englishLevel: g.englishLevel, vettingStatus: g.vettingStatus,
  rate: g.bill === undefined ? undefined : { billPerHour: g.bill },
  availability: g.availability ? compact(g.availability) : undefined, workingHours: g.workingHours, archived: g.archived,
}) as Engineer);

const aBench = fc.integer({ min: 1, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => anEngineer(i))));
const req = fc.record({ skill: fc.constantFrom(...SKILLS), minLevel: opt(fc.integer({ min: 1, max: 5 })), minYears: opt(fc.integer({ min: 0, max: 6 })) }).map(compact);
const aRole: fc.Arbitrary<Role> = fc.record({
  mustHave: opt(fc.uniqueArray(req, { selector: (r) => r.skill, maxLength: 3 })),
  seniority: opt(fc.subarray([...SENIORITIES])),
  minEnglish: opt(fc.constantFrom(...CEFR)),
  minOverlapHours: opt(fc.constantFrom(0, 2, 3.5, 6)),
  maxBillRate: opt(fc.integer({ min: 30, max: 100 })),
  requireVetted: opt(fc.boolean()),
  startDate: opt(date),
  timeZone: opt(fc.constantFrom('America/New_York', 'Europe/London')),
}).map((r) => compact({ id: 'r-1', clientId: 'c-1', title: 'Role', ...r }) as Role);

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
