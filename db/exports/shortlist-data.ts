// From a shortlist id to the content of its packet (shared/export/types.ts): client, role, date and the
// chosen candidates in shortlist order with what a client may read.
//  - Who goes out: the `include` list when given (the export dialog's ticks), else everyone but the
//    declined and the withdrawn (engineers archived off the bench): includedByDefault.
//  - Never, in any packet: pipeline status, cost rate, e-mail, phone, links, city, tags, assessor, red
//    flags, assessment or client notes, rubric scores below "strong".
//  - Anonymised packets are allow-listed (allow-list.ts): letter, country, time zone and overlap,
//    seniority, English, canonical skills with levels and verified marks, the assessment in words,
//    availability, bill rate; and the pitch note only when approved for this client, scrubbed.
//  - Named packets add the name, primary role, years and profile summary (contact details scrubbed);
//    their pitch note too only when approved, scrubbed of contact details and other people's names.
import type { Language } from '../../shared/i18n/languages';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages';
import { ApiError, problem } from '../../shared/api/errors';
import { DEFAULT_CORE_HOURS, type BenchFile, type Engineer, type Requirement, type Role, type ShortlistEntry } from '../../shared/bench/schema';
import { todayLocal } from '../../shared/bench/dates';
import { chronological, effectiveEnglish, effectiveSkills, SKILL_ASSESSMENT_KINDS, type EffectiveSkill } from '../../shared/matching/effective';
import { overlapFor } from '../../shared/matching/overlap';
import { resolveSkill, skillKey } from '../../shared/taxonomy';
import { overlapBand } from '../../shared/export/band';
import { countryName } from '../../shared/export/countries';
import { packetWords, type PacketWords } from '../../shared/export/packet-words';
import { scrubber } from '../../shared/export/scrub';
import type { ExportSkill, ShortlistExport, ShortlistExportEngineer } from '../../shared/export/types';
import type { FirmProfile } from '../../shared/firm/profile';

export interface ShortlistExportOptions {
  anonymize?: boolean;
  /** The date the export speaks for (overlap is computed on it); default today. */
  date?: string;
  /** The client's packet language, if one is set; English otherwise. */
  languageOf?: (clientId: string) => Language | undefined;
  /** The engineers in the packet (shortlist order is kept); default: includedByDefault. */
  include?: readonly string[];
  firm?: FirmProfile;
}

/** How many skills a profile shows beyond the role's own requirements. */
const EXTRA_SKILLS = 8;

/** Declined candidates and those withdrawn from the bench (archived) stay out unless sales tick them. */
export function includedByDefault(entry: ShortlistEntry, engineer: Engineer): boolean {
  return entry.status !== 'declined' && !engineer.archived;
}

/** The pitch note while its approval holds (approved text = current text), else undefined. */
export function approvedNote(entry: ShortlistEntry): string | undefined {
  return entry.note !== undefined && entry.note.trim() !== '' && entry.approvedNote === entry.note ? entry.note : undefined;
}

/** The packet's engineers, in shortlist order: `include` (checked) or the default choice. */
export function packetMembers(bench: BenchFile, shortlistId: string, include?: readonly string[]): { entry: ShortlistEntry; e: Engineer }[] {
  const shortlist = bench.shortlists?.find((s) => s.id === shortlistId);
  if (!shortlist) throw noShortlist(shortlistId);
  const engineersById = new Map((bench.engineers ?? []).map((e) => [e.id, e]));
  const all = (shortlist.entries ?? []).map((entry, i) => {
    const e = engineersById.get(entry.engineerId);
    if (!e) throw ApiError.keyed('not_found', { key: 'errors:export.entryGone', params: { shortlistId, engineerId: entry.engineerId } }, undefined, [problem(`/entries/${i}/engineerId`, { key: 'errors:export.expectOnBench' })]);
    return { entry, e };
  });
  if (include) {
    const on = new Set(all.map((x) => x.entry.engineerId));
    const problems = include.flatMap((id, i) => (on.has(id) ? [] : [problem(`/include/${i}`, { key: 'errors:export.notOnShortlist', params: { id } })]));
    if (problems.length) throw ApiError.keyed('invalid_input', { key: 'errors:export.includeNotOnShortlist', params: { shortlistId } }, undefined, problems);
  }
  const chosen = include ? new Set(include) : undefined;
  return all.filter(({ entry, e }) => (chosen ? chosen.has(entry.engineerId) : includedByDefault(entry, e)));
}

export function buildShortlistExport(bench: BenchFile, shortlistId: string, opts: ShortlistExportOptions = {}): ShortlistExport {
  const picked = packetMembers(bench, shortlistId, opts.include);
  const shortlist = bench.shortlists!.find((s) => s.id === shortlistId)!;
  if (!shortlist) throw noShortlist(shortlistId);
  const role = bench.roles?.find((r) => r.id === shortlist.roleId);
  if (!role) throw ApiError.keyed('not_found', { key: 'errors:export.roleGone', params: { shortlistId, roleId: shortlist.roleId } });
  const client = bench.clients?.find((c) => c.id === role.clientId);
  if (!client) throw ApiError.keyed('not_found', { key: 'errors:export.clientGone', params: { roleId: role.id, clientId: role.clientId } });


  const anonymize = opts.anonymize ?? false;
  const language = opts.languageOf?.(client.id) ?? DEFAULT_LANGUAGE;
  const words = packetWords(language);
  const date = opts.date ?? todayLocal();
  const zone = role.timeZone ?? client.timeZone ?? null;
  const coreHours = role.coreHours ?? DEFAULT_CORE_HOURS;
  const scrub = packetScrubber(bench, role, picked.map((x) => x.e), anonymize, words);

  const engineers: ShortlistExportEngineer[] = picked.map(({ entry, e }, i) => {
    const ordered = chronological(e.assessments);
    const latest = [...ordered].reverse().find((a) => SKILL_ASSESSMENT_KINDS.includes(a.kind));
    const english = effectiveEnglish(e, ordered);
    const overlap = overlapFor(e, { timeZone: zone ?? undefined, coreHours }, date);
    const note = approvedNote(entry);
    const skills = keySkills(e, role, ordered);
    // The allow-list: what every packet carries...
    const safe: ShortlistExportEngineer = {
      position: i + 1,
      name: anonymize ? words.candidate(i) : e.name,
      country: e.country,
      countryName: countryName(e.country, language),
      timeZone: e.timeZone,
      overlap: overlapBand(overlap, e, zone, coreHours, date),
      seniority: e.seniority,
      seniorityWords: words.seniority(e.seniority),
      ...(english.level ? { english: english.level } : {}),
      ...(english.assessedOn ? { englishAssessedOn: english.assessedOn } : {}),
      // Custom skills (not in the taxonomy) may be anything typed, a person's name included.
      skills: anonymize ? skills.filter((s) => resolveSkill(s.name).known) : skills,
      ...(latest?.recommendation ? { recommendation: latest.recommendation } : {}),
      recommendationWords: words.recommendation(latest?.recommendation),
      ...(latest ? { assessedOn: latest.date } : {}),
      strengths: words.strengths(latest?.scores),
      ...(note !== undefined ? { pitchNote: scrub(note) } : {}),
      ...(e.rate?.billPerHour !== undefined ? { billRate: e.rate.billPerHour } : {}),
      currency: e.rate?.currency ?? 'USD',
      ...(e.availability ? { availability: words.availability(e.availability.status) } : {}),
      ...(e.availability?.from ? { availableFrom: e.availability.from } : {}),
    };
    if (anonymize) return safe;
    // ...and what only a named packet adds: the person and the free text written to present them.
    return {
      ...safe,
      engineerId: e.id,
      ...(e.primaryRole ? { primaryRole: e.primaryRole } : {}),
      ...(e.yearsExperience !== undefined ? { yearsExperience: e.yearsExperience } : {}),
      ...(e.summary?.trim() ? { summary: scrub(e.summary) } : {}),
    };
  });

  return {
    shortlistId: shortlist.id,
    ...(anonymize ? {} : { shortlistName: shortlist.name }),
    clientName: client.name,
    ...(client.industry ? { clientIndustry: client.industry } : {}),
    language,
    firm: opts.firm ?? {},
    role: {
      // The client's own role; a name typed into its title is scrubbed all the same.
      title: anonymize ? scrub(role.title) : role.title,
      clientName: client.name,
      seniority: role.seniority ?? [],
      mustHave: (role.mustHave ?? []).map((r) => requirementText(r, words.t)),
      niceToHave: (role.niceToHave ?? []).map((r) => requirementText(r, words.t)),
      ...(zone ? { timeZone: zone } : {}),
      coreHours,
      ...(role.minOverlapHours !== undefined ? { minOverlapHours: role.minOverlapHours } : {}),
      ...(role.minEnglish ? { minEnglish: role.minEnglish } : {}),
      ...(role.maxBillRate !== undefined ? { maxBillRate: role.maxBillRate } : {}),
      ...(role.startDate ? { startDate: role.startDate } : {}),
      ...(role.headcount !== undefined ? { headcount: role.headcount } : {}),
    },
    date,
    anonymized: anonymize,
    engineers,
  };
}

/**
 * The scrub for this packet's free text. Anonymised: every bench engineer's name (the candidates'
 * become their letters), contact details, handles, custom skills. Named: contact details and the names
 * of bench engineers who are not in the packet.
 */
function packetScrubber(bench: BenchFile, role: Role, candidates: readonly Engineer[], anonymize: boolean, words: PacketWords) {
  const inPacket = new Set(candidates.map((e) => e.id));
  const others = (bench.engineers ?? []).filter((e) => !inPacket.has(e.id)).map((e) => e.name);
  const skillNames = [...candidates.flatMap((e) => e.skills.map((s) => s.name)), ...[...(role.mustHave ?? []), ...(role.niceToHave ?? [])].map((r) => r.skill)];
  const known = skillNames.map((s) => resolveSkill(s)).filter((s) => s.known).map((s) => s.name);
  const custom = anonymize ? (bench.engineers ?? []).flatMap((e) => e.skills.map((s) => s.name)).filter((s) => !resolveSkill(s).known) : [];
  return scrubber({
    candidates: anonymize ? candidates.map((e, i) => ({ name: e.name, label: words.candidate(i) })) : [],
    benchNames: others,
    customSkills: custom,
    // A named packet names its own candidates; a canonical skill ("Ruby", "Go") is never taken for a name.
    keep: anonymize ? known : [...known, ...candidates.map((e) => e.name)],
    words: words.scrub,
  });
}

function requirementText(r: Requirement, t: PacketWords['t']): string {
  const skill = resolveSkill(r.skill).name;
  if (r.minLevel && r.minYears) return t('packet:requirement.both', { skill, level: r.minLevel, years: r.minYears });
  if (r.minLevel) return t('packet:requirement.level', { skill, level: r.minLevel });
  if (r.minYears) return t('packet:requirement.years', { skill, years: r.minYears });
  return skill;
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

const noShortlist = (shortlistId: string) =>
  ApiError.keyed('not_found', { key: 'errors:export.noShortlist', params: { id: shortlistId } }, undefined, [problem('/shortlistId', { key: 'errors:export.expectShortlist' })]);
