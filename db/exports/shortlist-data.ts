// From a shortlist id to the content of its export (shared/export/types.ts): client, role, date and the
// engineers in shortlist order with what a client may read. What stays out, on purpose:
//  - cost rate, e-mail, phone, links (the fields are never copied; e-mails, phone numbers and links
//    typed into a pitch note or summary are replaced in every export), city, tags;
//  - internal notes: assessment notes, red flags, client notes, rubric scores below "strong";
//  - when anonymised: names (engineers become "Candidate A", "Candidate B"... by position), bench ids,
//    and any name, e-mail, link or phone number typed into the pitch note or the profile summary.
// The profile summary is kept: it is written to present the engineer, unlike assessment notes.
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import { ApiError } from '../../shared/api/errors';
import { DEFAULT_CORE_HOURS, type BenchFile, type Engineer, type Requirement, type Role } from '../../shared/bench/schema';
import { todayLocal } from '../../shared/bench/dates';
import { chronological, effectiveEnglish, effectiveSkills, SKILL_ASSESSMENT_KINDS, type EffectiveSkill } from '../../shared/matching/effective';
import { overlapFor } from '../../shared/matching/overlap';
import { resolveSkill, skillKey } from '../../shared/taxonomy';
import { candidateLabel, redactPersonal } from '../../shared/export/anonymize';
import { overlapBand } from '../../shared/export/band';
import { countryName } from '../../shared/export/countries';
import { recommendationInWords, strengthsInWords } from '../../shared/export/strengths';
import type { ExportSkill, ShortlistExport, ShortlistExportEngineer } from '../../shared/export/types';

export interface ShortlistExportOptions {
  anonymize?: boolean;
  /** The date the export speaks for (overlap is computed on it); default today. */
  date?: string;
  /** The client's packet language, if one is set; English otherwise. */
  languageOf?: (clientId: string) => Language | undefined;
}

/** How many skills a profile shows beyond the role's own requirements. */
const EXTRA_SKILLS = 8;

export function buildShortlistExport(bench: BenchFile, shortlistId: string, opts: ShortlistExportOptions = {}): ShortlistExport {
  const shortlist = bench.shortlists?.find((s) => s.id === shortlistId);
  if (!shortlist) throw new ApiError('not_found', `No shortlist with id ${shortlistId}.`, [{ where: '/shortlistId', message: 'the id of an existing shortlist' }]);
  const role = bench.roles?.find((r) => r.id === shortlist.roleId);
  if (!role) throw new ApiError('not_found', `Shortlist ${shortlistId} points to role ${shortlist.roleId}, which does not exist.`);
  const client = bench.clients?.find((c) => c.id === role.clientId);
  if (!client) throw new ApiError('not_found', `Role ${role.id} points to client ${role.clientId}, which does not exist.`);

  const engineersById = new Map((bench.engineers ?? []).map((e) => [e.id, e]));
  const entries = shortlist.entries ?? [];
  const engineers = entries.map((entry, i) => {
    const e = engineersById.get(entry.engineerId);
    if (!e) throw new ApiError('not_found', `Shortlist ${shortlistId} lists engineer ${entry.engineerId}, who is not on the bench.`, [{ where: `/entries/${i}/engineerId`, message: 'an engineer on the bench' }]);
    return e;
  });

  const anonymize = opts.anonymize ?? false;
  const date = opts.date ?? todayLocal();
  const zone = role.timeZone ?? client.timeZone ?? null;
  const coreHours = role.coreHours ?? DEFAULT_CORE_HOURS;
  // Every shortlisted name maps to its own label, so a note that mentions another candidate points
  // to that candidate's letter, never to their name. The engineer being written comes first.
  const people = engineers.map((e, i) => ({ name: e.name, label: candidateLabel(i) }));
  const scrub = (text: string | undefined, i: number): string | undefined => {
    if (text === undefined || text.trim() === '') return undefined;
    // Contact details never leave in any export; names only go when anonymising.
    return redactPersonal(text, anonymize ? [people[i]!, ...people.filter((_, j) => j !== i)] : []);
  };

  const out: ShortlistExportEngineer[] = engineers.map((e, i) => {
    const entry = entries[i]!;
    const ordered = chronological(e.assessments);
    const latest = [...ordered].reverse().find((a) => SKILL_ASSESSMENT_KINDS.includes(a.kind));
    const english = effectiveEnglish(e, ordered);
    const overlap = overlapFor(e, { timeZone: zone ?? undefined, coreHours }, date);
    return {
      position: i + 1,
      ...(anonymize ? {} : { engineerId: e.id }),
      name: anonymize ? candidateLabel(i) : e.name,
      country: e.country,
      countryName: countryName(e.country),
      timeZone: e.timeZone,
      overlap: overlapBand(overlap, e, zone, coreHours, date),
      seniority: e.seniority,
      ...(e.primaryRole ? { primaryRole: e.primaryRole } : {}),
      ...(e.yearsExperience !== undefined ? { yearsExperience: e.yearsExperience } : {}),
      ...(english.level ? { english: english.level } : {}),
      ...(english.assessedOn ? { englishAssessedOn: english.assessedOn } : {}),
      skills: keySkills(e, role, ordered),
      ...(latest?.recommendation ? { recommendation: latest.recommendation } : {}),
      recommendationWords: recommendationInWords(latest?.recommendation),
      ...(latest ? { assessedOn: latest.date } : {}),
      strengths: strengthsInWords(latest?.scores),
      ...optional('summary', scrub(e.summary, i)),
      ...optional('pitchNote', scrub(entry.note, i)),
      status: entry.status ?? 'proposed',
      ...(e.rate?.billPerHour !== undefined ? { billRate: e.rate.billPerHour } : {}),
      currency: e.rate?.currency ?? 'USD',
      ...(e.availability ? { availability: e.availability.status.replace(/_/g, ' ') } : {}),
      ...(e.availability?.from ? { availableFrom: e.availability.from } : {}),
    };
  });

  return {
    shortlistId: shortlist.id,
    shortlistName: anonymize ? redactPersonal(shortlist.name, people) : shortlist.name,
    clientName: client.name,
    ...(client.industry ? { clientIndustry: client.industry } : {}),
    language: opts.languageOf?.(client.id) ?? DEFAULT_LANGUAGE,
    role: {
      title: role.title,
      clientName: client.name,
      seniority: role.seniority ?? [],
      mustHave: (role.mustHave ?? []).map(requirementText),
      niceToHave: (role.niceToHave ?? []).map(requirementText),
      ...(zone ? { timeZone: zone } : {}),
      coreHours,
      ...(role.minOverlapHours !== undefined ? { minOverlapHours: role.minOverlapHours } : {}),
      ...(role.minEnglish ? { minEnglish: role.minEnglish } : {}),
      ...(role.maxBillRate !== undefined ? { maxBillRate: role.maxBillRate } : {}),
      ...(role.startDate ? { startDate: role.startDate } : {}),
      ...(role.headcount !== undefined ? { headcount: role.headcount } : {}),
      ...(role.status ? { status: role.status.replace(/_/g, ' ') } : {}),
    },
    date,
    anonymized: anonymize,
    engineers: out,
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function requirementText(r: Requirement): string {
  const name = resolveSkill(r.skill).name;
  const parts = [r.minLevel ? `level ${r.minLevel}+` : '', r.minYears ? `${r.minYears}+ years` : ''].filter(Boolean);
  return parts.length ? `${name} (${parts.join(', ')})` : name;
}

/** The role's must-haves and nice-to-haves the engineer has (in the role's order), then their strongest others. */
function keySkills(e: Engineer, role: Role, ordered: ReturnType<typeof chronological>): ExportSkill[] {
  const eff = effectiveSkills(e, ordered);
  const picked = new Map<string, EffectiveSkill>();
  for (const r of [...(role.mustHave ?? []), ...(role.niceToHave ?? [])]) {
    const key = skillKey(r.skill);
    const s = eff.get(key);
    if (s && !picked.has(key)) picked.set(key, s);
  }
  const others = [...eff.entries()]
    .filter(([k]) => !picked.has(k))
    .sort(([, a], [, b]) => b.level - a.level || b.years - a.years || a.name.localeCompare(b.name))
    .slice(0, EXTRA_SKILLS);
  return [...picked.values(), ...others.map(([, s]) => s)].map((s) => ({
    name: s.name,
    level: s.level,
    verified: s.verifiedOn !== undefined,
    ...(s.years > 0 ? { years: s.years } : {}),
  }));
}
