// Every hard constraint of matching.md with its failure code, its numbers and its gap sentence.
import { describe, expect, it } from 'vitest';
import type { Engineer, Role } from '../../../shared/bench/schema';
import { gapText, rankRole } from '../../../shared/matching';
import { client, engineer, role } from './fixtures';

const asOf = '2027-01-15';
function outcome(e: Engineer, r: Role = role()) {
  const res = rankRole({ engineers: [e], clients: [client] }, r, { asOf });
  if (res.matches.length) return { status: 'match' as const, failed: [] as string[], gaps: [] as string[] };
  const n = res.nearMisses[0];
  if (n) return { status: 'near' as const, failed: n.failed, gaps: [gapText(n.failure, 'en')] };
  return { status: 'none' as const, failed: [], gaps: [] };
}

describe('eligibility', () => {
  it('the baseline engineer matches', () => {
    expect(outcome(engineer()).status).toBe('match');
  });

  it('archived engineers are never evaluated', () => {
    const res = rankRole({ engineers: [engineer({ archived: true }), engineer({ id: 'e-2' })], clients: [client] }, role(), { asOf });
    expect(res.evaluated).toBe(1);
    expect(res.matches.map((m) => m.engineerId)).toEqual(['e-2']);
  });

  it('vetting: required by default, with the status in the gap; requireVetted false lifts it', () => {
    expect(outcome(engineer({ vettingStatus: 'screening' }))).toEqual({ status: 'near', failed: ['vetting'], gaps: ['not vetted (screening)'] });
    expect(outcome(engineer({ vettingStatus: undefined })).failed).toEqual(['vetting']);
    expect(outcome(engineer({ vettingStatus: 'screening' }), role({ requireVetted: false })).status).toBe('match');
  });

  it('seniority: only when the role lists some', () => {
    expect(outcome(engineer({ seniority: 'mid' }), role({ seniority: ['senior', 'lead'] }))).toEqual({ status: 'near', failed: ['seniority'], gaps: ['mid, needs senior or lead'] });
    expect(outcome(engineer({ seniority: 'mid' }), role({ seniority: [] })).status).toBe('match');
  });

  it('must_have: missing, level below minLevel, years below minYears; one code per skill, canonical name', () => {
    const r = role({ mustHave: [{ skill: 'k8s', minLevel: 3 }] });
    expect(outcome(engineer({ skills: [{ name: 'Kubernetes', level: 2 }] }), r)).toEqual({ status: 'near', failed: ['must_have:Kubernetes'], gaps: ['Kubernetes 2, needs 3'] });
    expect(outcome(engineer({ skills: [] }), r)).toEqual({ status: 'near', failed: ['must_have:Kubernetes'], gaps: ['Kubernetes missing'] });
    expect(outcome(engineer({ skills: [{ name: 'K8S', level: 3 }] }), r).status).toBe('match');
    const years = role({ mustHave: [{ skill: 'Node', minYears: 3 }] });
    expect(outcome(engineer({ skills: [{ name: 'Node.js', level: 4, years: 2 }] }), years)).toEqual({ status: 'near', failed: ['must_have:Node.js'], gaps: ['Node.js 2 years, needs 3'] });
    expect(outcome(engineer({ skills: [{ name: 'Node.js', level: 4 }] }), years).failed).toEqual(['must_have:Node.js']); // missing years count as 0
    expect(outcome(engineer({ skills: [] })).status).toBe('none'); // two must-haves missing: two failures
  });

  it('must_have: the level verified by the most recent assessment overrides the profile', () => {
    const r = role({ mustHave: [{ skill: 'Python', minLevel: 4 }] });
    const verified = (level: number, date: string, id: string) => ({ id, date, kind: 'technical_interview' as const, assessor: 'A', verifiedSkills: [{ name: 'python', level }] });
    expect(outcome(engineer({ assessments: [verified(3, '2026-05-01', 'a1')] }), r).failed).toEqual(['must_have:Python']);
    expect(outcome(engineer({ skills: [{ name: 'Python', level: 2 }], assessments: [verified(3, '2026-01-01', 'a1'), verified(5, '2026-05-01', 'a0')] }), r).status).toBe('match');
    // Same date: the later id wins.
    expect(outcome(engineer({ assessments: [verified(5, '2026-05-01', 'a2'), verified(2, '2026-05-01', 'a10')] }), r).failed).toEqual(['must_have:Python']);
  });

  it('must_have: a related skill never satisfies it', () => {
    const r = role({ mustHave: [{ skill: 'PyTorch' }] });
    expect(outcome(engineer({ skills: [{ name: 'TensorFlow', level: 5 }] }), r).failed).toEqual(['must_have:PyTorch']);
  });

  it('english: lower or unknown fails; the latest assessed level wins over the profile', () => {
    const r = role({ minEnglish: 'B2' });
    expect(outcome(engineer({ englishLevel: 'B1' }), r)).toEqual({ status: 'near', failed: ['english'], gaps: ['English B1, needs B2'] });
    expect(outcome(engineer({ englishLevel: undefined }), r).gaps).toEqual(['English unknown, needs B2']);
    const assessed = engineer({ englishLevel: 'C2', assessments: [{ date: '2026-03-01', kind: 'english', assessor: 'A', englishLevel: 'B1' }] });
    expect(outcome(assessed, r).failed).toEqual(['english']);
    expect(outcome(engineer({ englishLevel: 'B2' }), r).status).toBe('match');
  });

  it('overlap: below minOverlapHours fails with the shortfall; unknown overlap is not applied', () => {
    // Berlin 09-18 against New York 09-17 in January: 3 h.
    const e = engineer({ timeZone: 'Europe/Berlin' });
    expect(outcome(e, role({ minOverlapHours: 4.5 }))).toEqual({ status: 'near', failed: ['overlap'], gaps: ['1.5 h short of overlap (3 of 4.5 h)'] });
    expect(outcome(e, role({ minOverlapHours: 3 })).status).toBe('match');
    const noZone = rankRole({ engineers: [e], clients: [{ id: 'c-1', name: 'No zone' }] }, role({ minOverlapHours: 8 }), { asOf });
    expect(noZone.overlapKnown).toBe(false);
    expect(noZone.matches[0]?.overlapHours).toBeNull();
  });

  it("overlap: the role's own zone beats the client's", () => {
    const e = engineer({ timeZone: 'Europe/Berlin' });
    expect(outcome(e, role({ minOverlapHours: 8, timeZone: 'Europe/Paris' })).status).toBe('match');
  });

  it('budget: above maxBillRate or unknown fails', () => {
    expect(outcome(engineer({ rate: { billPerHour: 96 } }), role({ maxBillRate: 90 }))).toEqual({ status: 'near', failed: ['budget'], gaps: ['$6/h over budget'] });
    expect(outcome(engineer({ rate: undefined }), role({ maxBillRate: 90 })).gaps).toEqual(['no bill rate on file']);
    expect(outcome(engineer({ rate: { billPerHour: 90 } }), role({ maxBillRate: 90 })).status).toBe('match');
  });

  it('availability by the start date (default: the as-of date)', () => {
    const r = role({ startDate: '2027-01-18' });
    expect(outcome(engineer({ availability: { status: 'unavailable' } }), r).failed).toEqual(['availability']);
    expect(outcome(engineer({ availability: { status: 'available', from: '2027-02-01' } }), r)).toEqual({ status: 'near', failed: ['availability'], gaps: ['free Feb 1, 2027, starts Jan 18, 2027'] });
    expect(outcome(engineer({ availability: { status: 'interviewing', from: '2027-01-18' } }), r).status).toBe('match');
    expect(outcome(engineer({ availability: { status: 'on_assignment' } }), r).failed).toEqual(['availability']);
    expect(outcome(engineer({ availability: { status: 'on_assignment', from: '2027-01-10' } }), r).status).toBe('match');
    expect(outcome(engineer({ availability: { status: 'available', from: '2027-01-16' } })).failed).toEqual(['availability']); // start = asOf 2027-01-15
  });

  it('a failure carries its numbers, from which the sentence is rendered', () => {
    const near = (e: Engineer, r: Role) => rankRole({ engineers: [e], clients: [client] }, r, { asOf }).nearMisses[0]!.failure;
    expect(near(engineer({ rate: { billPerHour: 96 } }), role({ maxBillRate: 90 }))).toEqual({ code: 'budget', rate: 96, overBy: 6, cap: 90 });
    const both = near(engineer({ skills: [{ name: 'Go', level: 2, years: 1 }] }), role({ mustHave: [{ skill: 'golang', minLevel: 3, minYears: 4 }] }));
    expect(both).toEqual({ code: 'must_have', skill: 'Go', have: 2, need: 3, years: 1, needYears: 4 });
    expect(gapText(both, 'en')).toBe('Go 2, needs 3 (and 4 years, has 1)');
    expect(near(engineer({ timeZone: 'Europe/Berlin' }), role({ minOverlapHours: 4.5 }))).toEqual({ code: 'overlap', hours: 3, need: 4.5, shortBy: 1.5 });
    expect(near(engineer({ englishLevel: undefined }), role({ minEnglish: 'B2' }))).toEqual({ code: 'english', have: null, need: 'B2' });
  });

  it('exactly one failure is a near miss; two or more are not listed', () => {
    const two = engineer({ vettingStatus: 'sourced', rate: { billPerHour: 200 } });
    expect(outcome(two, role({ maxBillRate: 90 })).status).toBe('none');
  });

  it('what-if: relax overrides role fields without touching the role', () => {
    const r = role({ maxBillRate: 90 });
    const e = engineer({ rate: { billPerHour: 96 } });
    const relaxed = rankRole({ engineers: [e], clients: [client] }, r, { asOf, relax: { maxBillRate: 100 } });
    expect(relaxed.matches).toHaveLength(1);
    expect(r.maxBillRate).toBe(90);
  });
});
