// Random benches and roles for the matching properties (fast-check): a few skills (an alias among
// them), every constraint sometimes set, assessments that verify skills the profile may lack or record
// English.
import fc from 'fast-check';
import type { Engineer, Role } from '../../../shared/bench/schema';
import { AVAILABILITY_STATUSES, CEFR, RECOMMENDATIONS, RED_FLAGS, SENIORITIES, VETTING_STATUSES } from '../../../shared/bench/schema';

export const SKILLS = ['Python', 'PyTorch', 'k8s', 'TensorFlow', 'Go', 'AWS'];
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
export const date = fc.constantFrom('2027-01-10', '2027-01-15', '2027-02-01', '2027-03-01');
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
  // A window of zero length is refused by the bench file (00:00-00:00 is round the clock, not in `clock`).
  workingHours: opt(fc.record({ start: clock, end: clock }).filter((h) => h.start !== h.end)),
  archived: opt(fc.boolean()),
  // Verified names as assessors write them: the canonical name, or an alias in lower case.
  // Of several kinds, some recording English (the effective level is the latest such), some with a recommendation.
  assessments: fc.array(fc.record({
    date,
    kind: fc.constantFrom('technical_interview' as const, 'english' as const, 'system_design' as const),
    english: opt(fc.constantFrom(...CEFR)),
    recommendation: opt(fc.constantFrom(...RECOMMENDATIONS)),
    redFlags: opt(fc.subarray([...RED_FLAGS], { minLength: 1, maxLength: 2 })),
    systemDesign: opt(fc.integer({ min: 1, max: 5 })),
    verified: fc.uniqueArray(fc.record({ name: fc.constantFrom(...SKILLS, 'kubernetes', 'golang', 'python'), level: fc.integer({ min: 1, max: 5 }) }), { selector: (v) => v.name, maxLength: 2 }),
  }), { maxLength: 2 }),
}).map((g) => compact({
  id: `e-${String(i).padStart(3, '0')}`, name: `Engineer ${i}`, country: 'BR', timeZone: g.timeZone, seniority: g.seniority,
  skills: g.skills.map((s) => compact(s)), englishLevel: g.englishLevel, vettingStatus: g.vettingStatus,
  rate: g.bill === undefined ? undefined : { billPerHour: g.bill },
  availability: g.availability ? compact(g.availability) : undefined, workingHours: g.workingHours, archived: g.archived,
  assessments: g.assessments.length ? g.assessments.map((a, k) => compact({
    id: `a-${i}-${k}`, date: a.date, kind: a.kind, assessor: 'A', verifiedSkills: a.verified.length ? a.verified : undefined,
    englishLevel: a.english, recommendation: a.recommendation, redFlags: a.redFlags,
    scores: a.systemDesign === undefined ? undefined : { systemDesign: a.systemDesign },
  })) : undefined,
}) as Engineer);

export const aBench = fc.integer({ min: 1, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => anEngineer(i))));
export const aRequirement = fc.record({ skill: fc.constantFrom(...SKILLS), minLevel: opt(fc.integer({ min: 1, max: 5 })), minYears: opt(fc.integer({ min: 0, max: 6 })) }).map(compact);
export const aRole: fc.Arbitrary<Role> = fc.record({
  mustHave: opt(fc.uniqueArray(aRequirement, { selector: (r) => r.skill, maxLength: 3 })),
  seniority: opt(fc.subarray([...SENIORITIES])),
  minEnglish: opt(fc.constantFrom(...CEFR)),
  minOverlapHours: opt(fc.constantFrom(0, 2, 3.5, 6)),
  maxBillRate: opt(fc.integer({ min: 30, max: 100 })),
  requireVetted: opt(fc.boolean()),
  startDate: opt(date),
  timeZone: opt(fc.constantFrom('America/New_York', 'Europe/London')),
}).map((r) => compact({ id: 'r-1', clientId: 'c-1', title: 'Role', ...r }) as Role);

