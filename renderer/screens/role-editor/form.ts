// The role editor's form model and its conversion to a bench-file Role. Validation is the bench file's
// own roleSchema, so what the editor accepts is exactly what an import would accept.
import { renderText } from '../../../shared/api/errors';
import { problemInWords } from '../../../shared/bench/problem-words';
import { currentLanguage } from '../../../shared/i18n/instance';
import type { z } from 'zod';
import type { Cefr, Requirement, Role, RoleStatus, Seniority, WeightPreset } from '../../../shared/bench/schema';

export interface ReqForm { skill: string; minLevel: number | ''; minYears: number | ''; weight: number | '' }

export interface RoleForm {
  id: string;
  clientId: string;
  title: string;
  description: string;
  status: RoleStatus;
  seniority: Seniority[];
  mustHave: ReqForm[];
  niceToHave: ReqForm[];
  timeZone: string;
  coreStart: string;
  coreEnd: string;
  minOverlapHours: number | '';
  minEnglish: Cefr | '';
  maxBillRate: number | '';
  startDate: string;
  headcount: number | '';
  requireVetted: boolean;
  preset: WeightPreset | '';
}

const num = (v: number | string | undefined): number | '' => (typeof v === 'number' ? v : '');

export function fromRole(role: Role): RoleForm {
  const req = (q: Requirement): ReqForm => ({ skill: q.skill, minLevel: num(q.minLevel), minYears: num(q.minYears), weight: num(q.weight) });
  return {
    id: role.id, clientId: role.clientId, title: role.title, description: role.description ?? '', status: role.status ?? 'open',
    seniority: role.seniority ?? [], mustHave: (role.mustHave ?? []).map(req), niceToHave: (role.niceToHave ?? []).map(req),
    timeZone: role.timeZone ?? '', coreStart: role.coreHours?.start ?? '', coreEnd: role.coreHours?.end ?? '',
    minOverlapHours: num(role.minOverlapHours), minEnglish: role.minEnglish ?? '', maxBillRate: num(role.maxBillRate),
    startDate: role.startDate ?? '', headcount: num(role.headcount), requireVetted: role.requireVetted ?? true, preset: role.preset ?? '',
  };
}

export function emptyForm(id: string, clientId: string): RoleForm {
  return fromRole({ id, clientId, title: '', status: 'open' });
}

/** The form as a Role: empty fields are left out (absent means "no constraint" in the bench file). */
export function toRole(f: RoleForm): Role {
  // Every set field is kept (a file may carry a level on a nice-to-have); the editor shows level and
  // years for must-haves and the weight for nice-to-haves.
  const req = (q: ReqForm): Requirement => ({
    skill: q.skill,
    ...(q.minLevel !== '' ? { minLevel: q.minLevel } : {}),
    ...(q.minYears !== '' ? { minYears: q.minYears } : {}),
    ...(q.weight !== '' ? { weight: q.weight } : {}),
  });
  const role: Role = { id: f.id, clientId: f.clientId, title: f.title.trim(), status: f.status };
  if (f.description.trim()) role.description = f.description;
  if (f.seniority.length) role.seniority = f.seniority;
  if (f.mustHave.length) role.mustHave = f.mustHave.map(req);
  if (f.niceToHave.length) role.niceToHave = f.niceToHave.map(req);
  if (f.timeZone.trim()) role.timeZone = f.timeZone.trim();
  // Core hours are one field in the file: both ends, or neither (then 09:00-17:00 applies).
  if (f.coreStart || f.coreEnd) role.coreHours = { start: f.coreStart, end: f.coreEnd };
  if (f.minOverlapHours !== '') role.minOverlapHours = f.minOverlapHours;
  if (f.minEnglish) role.minEnglish = f.minEnglish;
  if (f.maxBillRate !== '') role.maxBillRate = f.maxBillRate;
  if (f.startDate) role.startDate = f.startDate;
  if (f.headcount !== '') role.headcount = f.headcount;
  role.requireVetted = f.requireVetted;
  if (f.preset) role.preset = f.preset;
  return role;
}

/** zod issues keyed by their path joined with '.', e.g. "mustHave.0.minLevel" or "coreHours.start". */
export function issuesByPath(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const key = i.path.map(String).join('.');
    if (i.code === 'unrecognized_keys') continue;
    out[key] ??= renderText(problemInWords(i), currentLanguage());
  }
  return out;
}

/** A server problem's JSON pointer (/role/mustHave/0/skill) as a form key (mustHave.0.skill). */
export function pointerKey(where: string, prefix = '/role/'): string {
  return (where.startsWith(prefix) ? where.slice(prefix.length) : where.replace(/^\//, '')).split('/').join('.');
}
