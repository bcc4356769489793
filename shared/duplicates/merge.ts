// What a merge of two records of one person keeps: per field, the value a person chose, or by default the
// more complete value (a name with both surnames, a rate with both figures) and, when both are as complete,
// the value of the record edited last. Lists are joined: skills by canonical skill (a level an assessment
// verified wins over a self-reported one), tags and links without repeats. Assessments are not fields:
// the service moves them whole to the kept record.
import type { Engineer, Skill } from '../bench/schema';
import { fold } from '../text/fold';
import { skillKey } from '../taxonomy';
import { nameTokens } from './identity';

/** The fields a person chooses between, in the order the merge screen shows them. */
export const MERGE_FIELDS = [
  'name', 'email', 'country', 'city', 'timeZone', 'workingHours', 'englishLevel', 'seniority', 'yearsExperience',
  'primaryRole', 'summary', 'rate', 'availability', 'vettingStatus', 'privacy', 'archived',
] as const satisfies readonly (keyof Engineer)[];
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeSide = 'keep' | 'other';
export type MergeChoices = Partial<Record<MergeField, MergeSide>>;

export interface MergeInput {
  keep: Engineer;
  other: Engineer;
  /** When each record was last changed (ISO), for "the more recent value". */
  keepUpdatedAt: string;
  otherUpdatedAt: string;
}

/** How complete a value is: more words of a name, more parts of an object, a longer text. */
function completeness(field: MergeField, v: unknown): number {
  if (v === undefined || v === null || v === '') return 0;
  if (field === 'name' && typeof v === 'string') {
    // "María José García López" over "Maria Garcia": more words, then the accents kept.
    return nameTokens(v).length * 2 + (fold(v) !== v.toLowerCase() ? 1 : 0);
  }
  if (typeof v === 'object') return Object.values(v as object).filter((x) => x !== undefined).length;
  if (field === 'summary' && typeof v === 'string') return v.length;
  return 1;
}

/** The side each field takes when nobody chose. */
export function defaultChoices(input: MergeInput): Record<MergeField, MergeSide> {
  const recent: MergeSide = input.otherUpdatedAt > input.keepUpdatedAt ? 'other' : 'keep';
  const out = {} as Record<MergeField, MergeSide>;
  for (const f of MERGE_FIELDS) {
    const k = completeness(f, input.keep[f]);
    const o = completeness(f, input.other[f]);
    out[f] = k === o ? (JSON.stringify(input.keep[f]) === JSON.stringify(input.other[f]) ? 'keep' : recent) : k > o ? 'keep' : 'other';
  }
  return out;
}

/** The latest verified level per skill key, from both records' assessments (by assessment date). */
function verifiedLevels(...people: Engineer[]): Map<string, number> {
  const dated: { date: string; key: string; level: number }[] = [];
  for (const p of people) for (const a of p.assessments ?? []) for (const s of a.verifiedSkills ?? []) dated.push({ date: a.date, key: skillKey(s.name), level: s.level });
  dated.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return new Map(dated.map((d) => [d.key, d.level]));
}

function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

/** Skills of both, once each; for a skill both list, the verified level, else the more recent record's. */
export function unionSkills(input: MergeInput): Skill[] {
  const verified = verifiedLevels(input.keep, input.other);
  const otherFirst = input.otherUpdatedAt > input.keepUpdatedAt;
  const out: Skill[] = [];
  const at = new Map<string, number>();
  for (const s of [...input.keep.skills, ...input.other.skills]) {
    const key = skillKey(s.name);
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.length);
      out.push({ ...s, ...(verified.has(key) ? { level: verified.get(key)! } : {}) });
      continue;
    }
    const mine = out[i]!;
    const level = verified.get(key) ?? (otherFirst ? s.level : mine.level);
    const years = maxOf(mine.years, s.years);
    const lastUsed = maxOf(mine.lastUsed, s.lastUsed);
    out[i] = { name: mine.name, level, ...(years !== undefined ? { years } : {}), ...(lastUsed !== undefined ? { lastUsed } : {}) };
  }
  return out;
}

function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined {
  if (!a && !b) return undefined;
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

/** The kept record after the merge (without assessments: those move as they are). */
export function mergedEngineer(input: MergeInput, choices: MergeChoices = {}): Engineer {
  const sides = { ...defaultChoices(input), ...choices };
  const { assessments: _a, ...base } = input.keep;
  const out: Record<string, unknown> = { ...base };
  for (const f of MERGE_FIELDS) {
    const v = (sides[f] === 'keep' ? input.keep : input.other)[f];
    if (v === undefined) delete out[f];
    else out[f] = v;
  }
  out.skills = unionSkills(input);
  const tags = union(input.keep.tags, input.other.tags);
  const links = union(input.keep.links, input.other.links);
  if (tags) out.tags = tags;
  if (links) out.links = links;
  return out as Engineer;
}
