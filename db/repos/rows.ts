// Conversions between bench-file records and table rows, shared by the bulk writer, the snapshot reader
// and the single-record repositories so every path stores and returns exactly the same shape.
import { RUBRIC_KEYS, WEIGHT_PRESETS, type Assessment, type Client, type Engineer, type Role, type Shortlist, type ShortlistEntry, type Skill } from '../../shared/bench/schema';
import type { AssessmentRow, ClientRow, EngineerRow, EngineerSkillRow, RoleRequirementRow, RoleRow, ShortlistEntryRow, ShortlistRow } from '../database';
import { fold } from '../../shared/text/fold';

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));
const bool = (v: boolean | undefined): number | null => (v === undefined ? null : v ? 1 : 0);

/** Engineer columns in the order ENGINEER_COLUMNS lists them (positional binding is the fast path). */
export const ENGINEER_COLUMNS = [
  'id', 'name', 'name_key', 'email', 'country', 'city', 'time_zone', 'work_start', 'work_end', 'english_level', 'seniority',
  'years_experience', 'primary_role', 'summary', 'has_rate', 'cost_per_hour', 'bill_per_hour', 'currency',
  'availability_status', 'available_from', 'hours_per_week', 'vetting_status', 'tags', 'links', 'has_assessments', 'archived', 'privacy', 'sourced_date',
] as const;

export function engineerValues(e: Engineer): unknown[] {
  return [
    e.id, e.name, fold(e.name), orNull(e.email), e.country, orNull(e.city), e.timeZone,
    e.workingHours?.start ?? null, e.workingHours?.end ?? null, orNull(e.englishLevel), e.seniority,
    orNull(e.yearsExperience), orNull(e.primaryRole), orNull(e.summary), e.rate ? 1 : 0,
    e.rate?.costPerHour ?? null, e.rate?.billPerHour ?? null, e.rate?.currency ?? null,
    e.availability?.status ?? null, e.availability?.from ?? null, e.availability?.hoursPerWeek ?? null,
    orNull(e.vettingStatus), json(e.tags), json(e.links), e.assessments ? 1 : 0, bool(e.archived), json(e.privacy), orNull(e.sourcedDate),
  ];
}

export const ASSESSMENT_COLUMNS = [
  'id', 'date', 'kind', 'assessor', 'scores', 'verified_skills', 'english_level', 'red_flags', 'recommendation', 'recommended_seniority', 'notes', 'amend_reason',
] as const;

/** Scores in the rubric's own order, whatever order they arrived in, so every laptop stores and exports the same text. */
function rubricOrder(scores: Assessment['scores']): Assessment['scores'] {
  if (!scores) return scores;
  const out: NonNullable<Assessment['scores']> = {};
  for (const k of RUBRIC_KEYS) if (scores[k] !== undefined) out[k] = scores[k];
  return out;
}

export function assessmentValues(a: Assessment): unknown[] {
  return [
    orNull(a.id), a.date, a.kind, a.assessor, json(rubricOrder(a.scores)), json(a.verifiedSkills), orNull(a.englishLevel),
    json(a.redFlags), orNull(a.recommendation), orNull(a.recommendedSeniority), orNull(a.notes), orNull(a.amendReason),
  ];
}

export const CLIENT_COLUMNS = ['id', 'name', 'time_zone', 'industry', 'notes'] as const;
export function clientValues(c: Client): unknown[] {
  return [c.id, c.name, orNull(c.timeZone), orNull(c.industry), orNull(c.notes)];
}

/** Role columns except client_pk, which the writer resolves. */
export const ROLE_COLUMNS = [
  'id', 'title', 'description', 'seniority', 'has_must_have', 'has_nice_to_have', 'time_zone', 'core_start', 'core_end',
  'min_overlap_hours', 'min_english', 'max_bill_rate', 'start_date', 'headcount', 'require_vetted', 'status', 'weights',
] as const;
// roles.weights holds the role's weight preset as {"preset": name} (a JSON object, so per-role weights
// can join it without a migration); NULL means balanced.
export function roleValues(r: Role): unknown[] {
  return [
    r.id, r.title, orNull(r.description), json(r.seniority), r.mustHave ? 1 : 0, r.niceToHave ? 1 : 0, orNull(r.timeZone),
    r.coreHours?.start ?? null, r.coreHours?.end ?? null, orNull(r.minOverlapHours), orNull(r.minEnglish),
    orNull(r.maxBillRate), orNull(r.startDate), orNull(r.headcount), bool(r.requireVetted), orNull(r.status),
    r.preset ? JSON.stringify({ preset: r.preset }) : null,
  ];
}

function presetOf(weights: string | null): Role['preset'] {
  if (weights === null) return undefined;
  try {
    const p = (JSON.parse(weights) as { preset?: unknown }).preset;
    return (WEIGHT_PRESETS as readonly unknown[]).includes(p) ? (p as Role['preset']) : undefined;
  } catch {
    return undefined; // written by no version of BenchMatch: read as balanced rather than refuse the role
  }
}

// ---- rows back to records: NULL means absent, so the exported record has exactly the imported keys.

export function toSkill(s: Pick<EngineerSkillRow, 'name' | 'level' | 'years' | 'last_used'>): Skill {
  const out: Skill = { name: s.name, level: s.level };
  if (s.years !== null) out.years = s.years;
  if (s.last_used !== null) out.lastUsed = s.last_used;
  return out;
}

export function toEngineer(r: EngineerRow, skills: Skill[], assessments: Assessment[]): Engineer {
  const e: Engineer = { id: r.id, name: r.name, country: r.country, timeZone: r.time_zone, seniority: r.seniority as Engineer['seniority'], skills };
  if (r.email !== null) e.email = r.email;
  if (r.city !== null) e.city = r.city;
  if (r.work_start !== null && r.work_end !== null) e.workingHours = { start: r.work_start, end: r.work_end };
  if (r.english_level !== null) e.englishLevel = r.english_level as Engineer['englishLevel'];
  if (r.years_experience !== null) e.yearsExperience = r.years_experience;
  if (r.primary_role !== null) e.primaryRole = r.primary_role;
  if (r.summary !== null) e.summary = r.summary;
  if (r.has_rate) {
    const rate: NonNullable<Engineer['rate']> = {};
    if (r.cost_per_hour !== null) rate.costPerHour = r.cost_per_hour;
    if (r.bill_per_hour !== null) rate.billPerHour = r.bill_per_hour;
    if (r.currency !== null) rate.currency = r.currency;
    e.rate = rate;
  }
  if (r.availability_status !== null) {
    const a: NonNullable<Engineer['availability']> = { status: r.availability_status as NonNullable<Engineer['availability']>['status'] };
    if (r.available_from !== null) a.from = r.available_from;
    if (r.hours_per_week !== null) a.hoursPerWeek = r.hours_per_week;
    e.availability = a;
  }
  if (r.vetting_status !== null) e.vettingStatus = r.vetting_status as Engineer['vettingStatus'];
  if (r.tags !== null) e.tags = JSON.parse(r.tags) as string[];
  if (r.links !== null) e.links = JSON.parse(r.links) as string[];
  if (r.has_assessments || assessments.length > 0) e.assessments = assessments;
  if (r.archived !== null) e.archived = r.archived === 1;
  if (r.privacy !== null) e.privacy = JSON.parse(r.privacy) as NonNullable<Engineer['privacy']>;
  if (r.sourced_date !== null) e.sourcedDate = r.sourced_date;
  return e;
}

export function toAssessment(r: AssessmentRow): Assessment {
  const a: Assessment = { date: r.date, kind: r.kind as Assessment['kind'], assessor: r.assessor };
  if (r.id !== null) a.id = r.id;
  if (r.scores !== null) a.scores = JSON.parse(r.scores) as Assessment['scores'];
  if (r.verified_skills !== null) a.verifiedSkills = JSON.parse(r.verified_skills) as Assessment['verifiedSkills'];
  if (r.english_level !== null) a.englishLevel = r.english_level as Assessment['englishLevel'];
  if (r.red_flags !== null) a.redFlags = JSON.parse(r.red_flags) as Assessment['redFlags'];
  if (r.recommendation !== null) a.recommendation = r.recommendation as Assessment['recommendation'];
  if (r.recommended_seniority !== null) a.recommendedSeniority = r.recommended_seniority as Assessment['recommendedSeniority'];
  if (r.notes !== null) a.notes = r.notes;
  if (r.amend_reason !== null) a.amendReason = r.amend_reason;
  return a;
}

export function toClient(r: ClientRow): Client {
  const c: Client = { id: r.id, name: r.name };
  if (r.time_zone !== null) c.timeZone = r.time_zone;
  if (r.industry !== null) c.industry = r.industry;
  if (r.notes !== null) c.notes = r.notes;
  return c;
}

export function toRole(r: RoleRow & { client_id: string }, reqs: RoleRequirementRow[]): Role {
  const role: Role = { id: r.id, clientId: r.client_id, title: r.title };
  if (r.description !== null) role.description = r.description;
  if (r.seniority !== null) role.seniority = JSON.parse(r.seniority) as Role['seniority'];
  const req = (q: RoleRequirementRow) => {
    const o: NonNullable<Role['mustHave']>[number] = { skill: q.skill };
    if (q.min_level !== null) o.minLevel = q.min_level;
    if (q.min_years !== null) o.minYears = q.min_years;
    if (q.weight !== null) o.weight = q.weight;
    return o;
  };
  const must = reqs.filter((q) => q.kind === 'must').map(req);
  const nice = reqs.filter((q) => q.kind === 'nice').map(req);
  if (r.has_must_have || must.length) role.mustHave = must;
  if (r.has_nice_to_have || nice.length) role.niceToHave = nice;
  if (r.time_zone !== null) role.timeZone = r.time_zone;
  if (r.core_start !== null && r.core_end !== null) role.coreHours = { start: r.core_start, end: r.core_end };
  if (r.min_overlap_hours !== null) role.minOverlapHours = r.min_overlap_hours;
  if (r.min_english !== null) role.minEnglish = r.min_english as Role['minEnglish'];
  if (r.max_bill_rate !== null) role.maxBillRate = r.max_bill_rate;
  if (r.start_date !== null) role.startDate = r.start_date;
  if (r.headcount !== null) role.headcount = r.headcount;
  if (r.require_vetted !== null) role.requireVetted = r.require_vetted === 1;
  if (r.status !== null) role.status = r.status as Role['status'];
  const preset = presetOf(r.weights);
  if (preset) role.preset = preset;
  return role;
}

export function toShortlist(r: ShortlistRow & { role_id: string }, entries: (ShortlistEntryRow & { engineer_id: string })[]): Shortlist {
  const s: Shortlist = { id: r.id, roleId: r.role_id, name: r.name };
  if (r.has_entries || entries.length) {
    s.entries = entries.map((x) => {
      const o: ShortlistEntry = { engineerId: x.engineer_id };
      if (x.note !== null) o.note = x.note;
      if (x.status !== null) o.status = x.status as ShortlistEntry['status'];
      if (x.approved_note !== null) o.approvedNote = x.approved_note;
      return o;
    });
  }
  return s;
}
