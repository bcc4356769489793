// A cold `match` reads only what it may list, and of that only what the ranking reads (issue 20: cold
// match <= 1.0x a raw read of every row, <= 400 MB). A ranking lists matches and near misses, who fail
// one constraint at most (matching.md), and on a 100k bench that is a small part of it (the benchmark
// role of `npm run bench`: 15k of 94k). Two reads:
// - the pool (matchPool): everyone not archived who holds all the role's must-haves but one (anyone
//   else fails twice), as the constraint columns shared/matching/prefilter.ts tests; a skill counts as
//   held when the profile lists it or a current finalized assessment verified it (the effective skills of
//   shared/matching/effective.ts);
// - the records (rankingRecords) of those the prefilter keeps for the role as ranked
//   (db/service/handlers/match.ts): their engineer row's fields the ranking reads, the skills it looks up
//   (must-haves, nice-to-haves and their related skills) and their assessments' fields it reads.
// Unread columns come back as placeholders and go through the one row-to-record conversion (rows.ts), so
// every value the ranking reads is the full read's; the property test
// (test/unit/matching/prefilter.property.test.ts) holds the cold answer equal to the warm one.
// Raw prepared statements on purpose (repos/query.ts is the ordinary way): these reads are the cold path
// behind the `npm run bench` figure "match: cold / raw read ratio".
import type { Cefr, Engineer } from '../../shared/bench/schema';
import { cefrRank } from '../../shared/matching/effective';
import { overlapKey } from '../../shared/matching/overlap';
import { constraintColumns, fillConstraintColumns, firstEntries } from '../../shared/matching/prepare';
import type { PoolColumns } from '../../shared/matching/prefilter';
import { FEW_HOLDERS } from '../../shared/matching/supply';
import { resolveSkill, skillKey } from '../../shared/taxonomy';
import type { RawDb } from '../connection';
import { NOT_AMENDED } from './bench-reader';
import { ASSESSMENT_READ_COLUMNS, assessmentRowFromValues, ENGINEER_READ_COLUMNS, engineerRowFromValues } from './row-values';
import { toAssessment, toEngineer, toSkill } from './rows';

export interface MatchPool extends PoolColumns {
  /** Each pool engineer's row key, at its index in the columns. */
  pks: Int32Array;
  /** Engineers not archived: the ranking's `evaluated`. */
  live: number;
}

/** The columns read for everyone (constraints); the kept engineers' id, name and the rest come with their records. */
const POOL_COLUMNS = new Set<string>([
  'pk', 'time_zone', 'work_start', 'work_end', 'english_level', 'seniority', 'has_rate', 'bill_per_hour',
  'availability_status', 'available_from', 'vetting_status', 'archived',
]);
/** The engineer columns the ranking reads: the constraints, the id, the name and the zone. */
const RANKING_COLUMNS = new Set<string>([...POOL_COLUMNS, 'id', 'name']);
/** The assessment columns the ranking reads (effective skills and English, the latest assessment's value and words). */
const RANKING_ASSESSMENT_COLUMNS = new Set<string>([
  'pk', 'id', 'engineer_pk', 'position', 'date', 'kind', 'scores', 'verified_skills', 'english_level', 'red_flags', 'recommendation', 'status',
]);
// NOT NULL text columns get '' rather than NULL, so a row keeps its declared types.
const NOT_NULL_TEXT = new Set<string>(['id', 'name', 'name_key', 'country', 'created_at', 'updated_at', 'assessor', 'created_by']);
const narrow = (columns: readonly string[], read: Set<string>, table: string) =>
  columns.map((c) => (read.has(c) ? `${table}.${c}` : NOT_NULL_TEXT.has(c) ? "''" : 'NULL')).join(', ');
const POOL_SELECT = narrow(ENGINEER_READ_COLUMNS, POOL_COLUMNS, 'e');
const RANKING_SELECT = narrow(ENGINEER_READ_COLUMNS, RANKING_COLUMNS, 'e');
const RANKING_ASSESSMENT_SELECT = narrow(ASSESSMENT_READ_COLUMNS, RANKING_ASSESSMENT_COLUMNS, 'a');
const PK_AT = ENGINEER_READ_COLUMNS.indexOf('pk');
const ARCHIVED_AT = ENGINEER_READ_COLUMNS.indexOf('archived');

/**
 * The pool for a role whose must-haves have these canonical keys (distinct); null when only the whole
 * bench gives the answer: a must-have held by fewer than FEW_HOLDERS engineers (the answer then lists
 * its related skills, which only the whole bench can count).
 */
export function matchPool(raw: RawDb, mustKeys: readonly string[]): MatchPool | null {
  const keys = [...new Set(mustKeys)];
  // One bit per must-have below; no real role asks for 30.
  if (keys.length > 30) return null;
  const slot = new Map(keys.map((k, i) => [k, i]));
  // Per engineer row key: one bit per must-have held, and the best English an assessment recorded.
  const size = ((raw.prepare('SELECT max(pk) FROM engineers').pluck().get() as number | null) ?? 0) + 1;
  const held = new Int32Array(size);
  const assessedEnglish = new Uint8Array(size);
  const skillIds = raw.prepare('SELECT id, key FROM skills WHERE key IN (SELECT value FROM json_each(?))').all(JSON.stringify(keys)) as { id: number; key: string }[];
  const bitOfSkill = new Map(skillIds.map((s) => [s.id, 1 << slot.get(s.key)!]));
  // Held at any level: the index on (skill_id, level) answers this without reading the rows.
  const profile = raw.prepare('SELECT engineer_pk, skill_id FROM engineer_skills WHERE skill_id IN (SELECT value FROM json_each(?))').raw().iterate(JSON.stringify(skillIds.map((s) => s.id)));
  for (const [pk, skill] of profile as Iterable<[number, number]>) held[pk]! |= bitOfSkill.get(skill)!;
  // Verified skills are names as the assessor wrote them: resolved here as effectiveSkills does. The same
  // list text recurs across a bench (about one in ten is new on the demo bench), so each is read once.
  const bitsOfList = new Map<string, number>();
  const bitsOf = (json: string) => {
    let bits = bitsOfList.get(json);
    if (bits === undefined) {
      bits = 0;
      for (const v of JSON.parse(json) as { name: string }[]) {
        const bit = slot.get(skillKey(resolveSkill(v.name).name));
        if (bit !== undefined) bits |= 1 << bit;
      }
      bitsOfList.set(json, bits);
    }
    return bits;
  };
  const assessments = raw.prepare(`SELECT a.engineer_pk, a.english_level, a.verified_skills FROM assessments a WHERE a.status = 'final' AND (a.verified_skills IS NOT NULL OR a.english_level IS NOT NULL) AND ${NOT_AMENDED}`).raw().iterate();
  for (const [pk, english, json] of assessments as Iterable<[number, Cefr | null, string | null]>) {
    if (json !== null) held[pk]! |= bitsOf(json);
    // The effective English is this or the profile's (effectiveEnglish), so the prefilter may use the best.
    if (english !== null) assessedEnglish[pk] = Math.max(assessedEnglish[pk]!, cefrRank(english));
  }

  const need = keys.length - 1;
  const holders = new Array<number>(keys.length).fill(0);
  // Filled as the rows arrive (no more members than row keys), so each record is dropped at once.
  const all = constraintColumns(size);
  const mustHeld = new Uint8Array(size);
  const pks = new Int32Array(size);
  const slots = new Map<string, number>();
  const overlapSlots: PoolColumns['overlapSlots'] = [];
  let n = 0;
  let live = 0;
  for (const values of raw.prepare(`SELECT ${POOL_SELECT} FROM engineers e`).raw().iterate() as Iterable<unknown[]>) {
    if (values[ARCHIVED_AT] === 1) continue;
    live++;
    const pk = values[PK_AT] as number;
    const bits = held[pk]!;
    let count = 0;
    for (let k = 0; k < keys.length; k++) if (bits & (1 << k)) { count++; holders[k]!++; }
    if (count < need) continue;
    const e = toEngineer(engineerRowFromValues(values), [], []);
    fillConstraintColumns(all, n, e, Math.max(cefrRank(e.englishLevel), assessedEnglish[pk]!));
    const key = overlapKey(e);
    let s = slots.get(key);
    if (s === undefined) {
      slots.set(key, (s = overlapSlots.length));
      overlapSlots.push({ key, engineer: { timeZone: e.timeZone, ...(e.workingHours ? { workingHours: e.workingHours } : {}) } });
    }
    all.slot[n] = s;
    mustHeld[n] = count;
    pks[n] = pk;
    n++;
  }
  if (holders.some((h) => h < FEW_HOLDERS)) return null;
  return { n, cols: firstEntries(all, n), mustHeld: mustHeld.subarray(0, n), overlapSlots, pks: pks.subarray(0, n), live };
}

/**
 * The pool engineers at `indexes` as the ranking reads them: their row's fields it reads, the profile's
 * skills among `skillKeys` (it looks up no other) and their current finalized assessments with the
 * fields it reads, each list in the full read's order (readEngineers); by row key.
 */
export function rankingRecords(raw: RawDb, pool: MatchPool, indexes: readonly number[], skillKeys: readonly string[]): Map<number, Engineer> {
  const pks = JSON.stringify(indexes.map((i) => pool.pks[i]!).sort((a, b) => a - b));
  const skills = new Map<number, Engineer['skills']>();
  const skillRows = raw.prepare('SELECT s.engineer_pk, s.name, s.level, s.years, s.last_used FROM engineer_skills s WHERE s.engineer_pk IN (SELECT value FROM json_each(?)) AND s.skill_id IN (SELECT id FROM skills WHERE key IN (SELECT value FROM json_each(?))) ORDER BY s.engineer_pk, s.position')
    .raw().iterate(pks, JSON.stringify(skillKeys));
  for (const [pk, name, level, years, lastUsed] of skillRows as Iterable<[number, string, number, number | null, number | null]>) {
    const skill = toSkill({ name, level, years, last_used: lastUsed });
    const list = skills.get(pk);
    if (list) list.push(skill);
    else skills.set(pk, [skill]);
  }
  const assessments = new Map<number, NonNullable<Engineer['assessments']>>();
  const assessmentRows = raw.prepare(`SELECT ${RANKING_ASSESSMENT_SELECT} FROM assessments a WHERE a.engineer_pk IN (SELECT value FROM json_each(?)) AND a.status = 'final' AND ${NOT_AMENDED} ORDER BY a.engineer_pk, a.position, a.id, a.date, a.kind, a.assessor, a.pk`)
    .raw().iterate(pks);
  for (const values of assessmentRows as Iterable<unknown[]>) {
    const row = assessmentRowFromValues(values);
    const list = assessments.get(row.engineer_pk);
    if (list) list.push(toAssessment(row));
    else assessments.set(row.engineer_pk, [toAssessment(row)]);
  }
  const out = new Map<number, Engineer>();
  for (const values of raw.prepare(`SELECT ${RANKING_SELECT} FROM engineers e WHERE e.pk IN (SELECT value FROM json_each(?))`).raw().iterate(pks) as Iterable<unknown[]>) {
    const row = engineerRowFromValues(values);
    out.set(row.pk, toEngineer(row, skills.get(row.pk) ?? [], assessments.get(row.pk) ?? []));
  }
  return out;
}
