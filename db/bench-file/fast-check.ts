// A fast, conservative pre-check for engineer records on the bulk import path. zod costs tens of
// microseconds per engineer; at 100k engineers that dominates the import. This check accepts only
// records the zod schema (shared/bench/schema.ts) also accepts -- anything it is unsure of goes to zod,
// which stays the one source of error messages. test/unit/db/fast-check.test.ts holds it to that.
import {
  ASSESSMENT_KINDS, AVAILABILITY_STATUSES, CEFR, LEGAL_BASES, RECOMMENDATIONS, RED_FLAGS, RUBRIC_KEYS, SENIORITIES, VETTING_STATUSES,
} from '../../shared/bench/schema';
import { isValidDate } from '../../shared/bench/dates';
import { isUsableTimeZone } from '../../shared/bench/zones';

type Obj = Record<string, unknown>;
const set = (xs: readonly string[]) => new Set<unknown>(xs);
const cefr = set(CEFR);
const seniority = set(SENIORITIES);
const kinds = set(ASSESSMENT_KINDS);
const availability = set(AVAILABILITY_STATUSES);
const vetting = set(VETTING_STATUSES);
const recommendations = set(RECOMMENDATIONS);
const redFlags = set(RED_FLAGS);
const rubric = set(RUBRIC_KEYS);

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const COUNTRY = /^[A-Z]{2}$/;
const CURRENCY = /^[A-Z]{3}$/;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, min: number, max: number): boolean => typeof v === 'string' && v.length >= min && v.length <= max;
const num = (v: unknown, min: number, max: number): boolean => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const int = (v: unknown, min: number, max: number): boolean => num(v, min, max) && Number.isInteger(v);
const id = (v: unknown): boolean => str(v, 1, 64) && ID.test(v as string);
// A bench holds a few hundred distinct dates across 100k+ records: remember the valid ones.
const validDates = new Set<string>();
const date = (v: unknown): boolean => {
  if (typeof v !== 'string') return false;
  if (validDates.has(v)) return true;
  if (!DATE.test(v) || !isValidDate(v)) return false;
  if (validDates.size < 100_000) validDates.add(v);
  return true;
};
// A refused zone goes on to zod, which says why (timeZoneSchema).
const zone = (v: unknown): boolean => str(v, 1, Infinity) && isUsableTimeZone(v as string);
const opt = (v: unknown, ok: (x: unknown) => boolean): boolean => v === undefined || ok(v);
const arrayOf = (v: unknown, ok: (x: unknown) => boolean): boolean => {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!ok(x)) return false;
  return true;
};
/** Every own key is allowed (strict objects refuse unknown keys). */
const keysIn = (o: Obj, allowed: Set<string>): boolean => {
  for (const k in o) if (!allowed.has(k) || !Object.prototype.hasOwnProperty.call(o, k)) return false;
  return Object.getPrototypeOf(o) === Object.prototype;
};

const HOURS = new Set(['start', 'end']);
// As hoursSchema: equal ends only as 00:00-00:00 (round the clock).
const hours = (v: unknown) =>
  isObj(v) && keysIn(v, HOURS) && typeof v.start === 'string' && CLOCK.test(v.start) && typeof v.end === 'string' && CLOCK.test(v.end) && (v.start !== v.end || v.start === '00:00');
const SKILL = new Set(['name', 'level', 'years', 'lastUsed']);
const skill = (v: unknown) => isObj(v) && keysIn(v, SKILL) && str(v.name, 1, 80) && int(v.level, 1, 5) && opt(v.years, (x) => num(x, 0, 60)) && opt(v.lastUsed, (x) => int(x, 1970, 2100));
const RATE = new Set(['costPerHour', 'billPerHour', 'currency']);
const rate = (v: unknown) => isObj(v) && keysIn(v, RATE) && opt(v.costPerHour, (x) => num(x, 0, Infinity)) && opt(v.billPerHour, (x) => num(x, 0, Infinity)) && opt(v.currency, (x) => typeof x === 'string' && CURRENCY.test(x));
const AVAIL = new Set(['status', 'from', 'hoursPerWeek']);
const avail = (v: unknown) => isObj(v) && keysIn(v, AVAIL) && availability.has(v.status) && opt(v.from, date) && opt(v.hoursPerWeek, (x) => num(x, 0, 80));
const VERIFIED = new Set(['name', 'level']);
const verified = (v: unknown) => isObj(v) && keysIn(v, VERIFIED) && str(v.name, 1, Infinity) && int(v.level, 1, 5);
const scores = (v: unknown) => {
  if (!isObj(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!rubric.has(k) || !int(v[k], 1, 5)) return false;
  return true;
};
const ASSESSMENT = new Set(['id', 'date', 'kind', 'assessor', 'scores', 'verifiedSkills', 'englishLevel', 'redFlags', 'recommendation', 'recommendedSeniority', 'notes', 'amendReason']);
const assessment = (v: unknown) =>
  isObj(v) && keysIn(v, ASSESSMENT) && opt(v.id, id) && date(v.date) && kinds.has(v.kind) && str(v.assessor, 1, 120) &&
  opt(v.scores, scores) && opt(v.verifiedSkills, (x) => arrayOf(x, verified)) && opt(v.englishLevel, (x) => cefr.has(x)) &&
  opt(v.redFlags, (x) => arrayOf(x, (f) => redFlags.has(f))) && opt(v.recommendation, (x) => recommendations.has(x)) &&
  opt(v.recommendedSeniority, (x) => seniority.has(x)) && opt(v.notes, (x) => str(x, 0, 20000)) && opt(v.amendReason, (x) => str(x, 0, 2000));
// As privacySchema (issue 15): most engineers of a real bench carry it.
const PRIVACY = new Set(['basis', 'consentDate', 'source', 'purpose', 'retainUntil', 'erasedAt']);
const legalBases = set(LEGAL_BASES);
const privacy = (v: unknown) =>
  isObj(v) && keysIn(v, PRIVACY) && legalBases.has(v.basis) && opt(v.consentDate, date) && opt(v.source, (x) => str(x, 0, 200)) &&
  opt(v.purpose, (x) => str(x, 0, 500)) && opt(v.retainUntil, date) && opt(v.erasedAt, date);
const ENGINEER = new Set([
  'id', 'name', 'email', 'country', 'city', 'timeZone', 'workingHours', 'englishLevel', 'seniority', 'yearsExperience', 'primaryRole',
  'summary', 'skills', 'rate', 'availability', 'vettingStatus', 'tags', 'links', 'assessments', 'archived', 'sourcedDate', 'privacy',
]);

/**
 * True only when the assessment is certainly valid (assessmentSchema); false means "ask zod". A team join
 * receives finalized assessments as records of their own (shared/team/fields.ts): 1.4 an engineer.
 */
export function surelyValidAssessment(v: unknown): boolean {
  return assessment(v);
}

/** True only when `v` is certainly a valid bench id (idSchema). */
export const surelyValidId = (v: unknown): boolean => id(v);

/** True only when the engineer record is certainly valid; false means "ask zod". */
export function surelyValidEngineer(v: unknown): boolean {
  return isObj(v) && keysIn(v, ENGINEER) && id(v.id) && str(v.name, 1, 200) && opt(v.email, (x) => str(x, 0, 254)) &&
    typeof v.country === 'string' && COUNTRY.test(v.country) && opt(v.city, (x) => str(x, 0, 120)) && zone(v.timeZone) &&
    opt(v.workingHours, hours) && opt(v.englishLevel, (x) => cefr.has(x)) && seniority.has(v.seniority) &&
    opt(v.yearsExperience, (x) => num(x, 0, 60)) && opt(v.primaryRole, (x) => str(x, 0, 80)) && opt(v.summary, (x) => str(x, 0, 5000)) &&
    arrayOf(v.skills, skill) && opt(v.rate, rate) && opt(v.availability, avail) && opt(v.vettingStatus, (x) => vetting.has(x)) &&
    opt(v.tags, (x) => arrayOf(x, (t) => str(t, 1, 60))) && opt(v.links, (x) => arrayOf(x, (l) => str(l, 0, 500))) &&
    opt(v.assessments, (x) => arrayOf(x, assessment)) && opt(v.archived, (x) => typeof x === 'boolean') && opt(v.sourcedDate, date) &&
    opt(v.privacy, privacy);
}
