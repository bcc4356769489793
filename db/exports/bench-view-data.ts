// Rows of the Bench table's current view: the engineers the UI's query and facets selected, in the
// table's order, with effective English and skill levels (verified marked) as the table shows them.
import { ApiError, problem } from '../../shared/api/errors';
import type { BenchFile, Engineer } from '../../shared/bench/schema';
import { DEFAULT_WORKING_HOURS } from '../../shared/bench/schema';
import { chronological, effectiveEnglish, effectiveSkills, latestAssessment } from '../../shared/matching/effective';
import { BENCH_COLUMNS, type BenchColumnDef, type BenchViewRow } from '../../shared/export/columns';
import { countryName } from '../../shared/export/countries';
import { packetWords } from '../../shared/export/packet-words';

/** The bench view is the firm's own sheet: English, like the bench file. */
const ENGLISH = packetWords('en');

export function benchViewColumns(keys: readonly string[], anonymize: boolean): BenchColumnDef[] {
  const byKey = new Map(BENCH_COLUMNS.map((c) => [c.key, c]));
  const problems = keys.flatMap((k, i) => {
    const col = byKey.get(k);
    if (!col) return [problem(`/columns/${i}`, { key: 'errors:export.unknownColumn', params: { column: k } })];
    if (anonymize && col.internal) return [problem(`/columns/${i}`, { key: 'errors:export.privateColumn', params: { column: k } })];
    return [];
  });
  if (problems.length) throw ApiError.keyed('invalid_input', { key: 'errors:export.columnsRefused' }, undefined, problems);
  return keys.map((k) => byKey.get(k)!);
}

export function benchViewRows(bench: BenchFile, engineerIds: readonly string[]): BenchViewRow[] {
  const byId = new Map((bench.engineers ?? []).map((e) => [e.id, e]));
  const missing = engineerIds.flatMap((id, i) => (byId.has(id) ? [] : [problem(`/engineerIds/${i}`, { key: 'errors:export.noEngineer', params: { id } })]));
  if (missing.length) throw ApiError.keyed('invalid_input', { key: 'errors:export.idsNotOnBench', params: { count: missing.length } }, undefined, missing.slice(0, 20));
  return engineerIds.map((id) => {
    const e = byId.get(id)!;
    let row = rowCache.get(e);
    if (!row) rowCache.set(e, (row = benchViewRow(e)));
    return row;
  });
}

// A snapshot's engineer objects are replaced when the bench changes, so rows cached against them can
// never be stale; the Bench screen exporting view after view reuses them.
const rowCache = new WeakMap<Engineer, BenchViewRow>();

function benchViewRow(e: Engineer): BenchViewRow {
  const ordered = chronological(e.assessments);
  const english = effectiveEnglish(e, ordered);
  const latest = latestAssessment(e, ordered);
  const wh = e.workingHours ?? DEFAULT_WORKING_HOURS;
  const skills = [...effectiveSkills(e, ordered).values()]
    .sort((a, b) => b.level - a.level || b.years - a.years || a.name.localeCompare(b.name))
    .map((s) => ({ name: s.name, level: s.level, verified: s.verifiedOn !== undefined, ...(s.years > 0 ? { years: s.years } : {}) }));
  return {
    id: e.id,
    name: e.name,
    ...(e.email ? { email: e.email } : {}),
    country: e.country,
    countryName: countryName(e.country),
    ...(e.city ? { city: e.city } : {}),
    timeZone: e.timeZone,
    workingHours: `${wh.start}-${wh.end}`,
    seniority: e.seniority,
    ...(english.level ? { english: english.level } : {}),
    ...(e.primaryRole ? { primaryRole: e.primaryRole } : {}),
    ...(e.yearsExperience !== undefined ? { yearsExperience: e.yearsExperience } : {}),
    skills,
    ...(e.availability ? { availability: e.availability.status.replace(/_/g, ' ') } : {}),
    ...(e.availability?.from ? { availableFrom: e.availability.from } : {}),
    ...(e.availability?.hoursPerWeek !== undefined ? { hoursPerWeek: e.availability.hoursPerWeek } : {}),
    ...(e.vettingStatus ? { vettingStatus: e.vettingStatus } : {}),
    ...(e.rate?.billPerHour !== undefined ? { billRate: e.rate.billPerHour } : {}),
    ...(e.rate?.costPerHour !== undefined ? { costRate: e.rate.costPerHour } : {}),
    currency: e.rate?.currency ?? 'USD',
    tags: e.tags ?? [],
    ...(latest ? { recommendation: ENGLISH.recommendation(latest.recommendation), assessedOn: latest.date } : {}),
    archived: e.archived ?? false,
  };
}
