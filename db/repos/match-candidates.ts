// A cold `match` reads only the engineers who can be listed: anyone without two or more of the role's
// must-have skills fails twice and is neither a match nor a near miss (matching.md), so on a 100k bench
// most of the read, and the memory it takes, can be skipped (issue 20: cold match <= 1.0x a raw read of
// every row, <= 400 MB). A skill counts as held when the profile lists it or a current finalized
// assessment verified it (the effective skills of shared/matching/effective.ts), so the filter never
// drops anyone the full ranking would list; the property test
// (test/unit/matching/prefilter.property.test.ts) holds the two rankings equal.
// Raw prepared statements on purpose (repos/query.ts is the ordinary way): this read is the cold path
// behind the `npm run bench` figure "match: cold / raw read ratio".
import { FEW_HOLDERS } from '../../shared/matching/supply';
import { resolveSkill, skillKey } from '../../shared/taxonomy';
import type { RawDb } from '../connection';
import { NOT_AMENDED } from './bench-reader';

export interface MatchCandidates {
  /** Ids of the engineers who hold all the must-haves but one, at some level. */
  ids: string[];
  /** Engineers not archived: the ranking's `evaluated`. */
  live: number;
}

/**
 * The candidates for a role whose must-haves have these canonical keys; null when filtering cannot
 * help or would change the answer: fewer than two must-haves (everyone may be a near miss), or a
 * must-have held by fewer than FEW_HOLDERS engineers (the answer then lists its related skills, which
 * only the whole bench can count).
 */
export function matchCandidates(raw: RawDb, mustKeys: readonly string[]): MatchCandidates | null {
  const keys = [...new Set(mustKeys)];
  // One bit per must-have below; no real role asks for 30.
  if (keys.length < 2 || keys.length > 30) return null;
  const slot = new Map(keys.map((k, i) => [k, i]));
  // Per engineer, one bit per must-have held; pk -> bits.
  const held = new Map<number, number>();
  const hold = (pk: number, bit: number) => held.set(pk, (held.get(pk) ?? 0) | (1 << bit));
  const ids = raw.prepare('SELECT id, key FROM skills WHERE key IN (SELECT value FROM json_each(?))').all(JSON.stringify(keys)) as { id: number; key: string }[];
  const bitOfSkill = new Map(ids.map((s) => [s.id, slot.get(s.key)!]));
  const profile = raw.prepare('SELECT engineer_pk, skill_id FROM engineer_skills WHERE skill_id IN (SELECT value FROM json_each(?))').raw().iterate(JSON.stringify(ids.map((s) => s.id)));
  for (const [pk, skill] of profile as Iterable<[number, number]>) hold(pk, bitOfSkill.get(skill)!);
  // Verified skills are names as the assessor wrote them: resolved here as effectiveSkills does.
  const keyOfName = new Map<string, number | undefined>();
  const verified = raw.prepare(`SELECT a.engineer_pk, a.verified_skills FROM assessments a WHERE a.status = 'final' AND a.verified_skills IS NOT NULL AND ${NOT_AMENDED}`).raw().iterate();
  for (const [pk, json] of verified as Iterable<[number, string]>) {
    for (const v of JSON.parse(json) as { name: string }[]) {
      let bit = keyOfName.get(v.name);
      if (!keyOfName.has(v.name)) keyOfName.set(v.name, (bit = slot.get(skillKey(resolveSkill(v.name).name))));
      if (bit !== undefined) hold(pk, bit);
    }
  }
  const need = keys.length - 1;
  const holders = new Array<number>(keys.length).fill(0);
  const out: string[] = [];
  let live = 0;
  for (const [pk, id, archived] of raw.prepare('SELECT pk, id, archived FROM engineers').raw().iterate() as Iterable<[number, string, number | null]>) {
    if (archived === 1) continue;
    live++;
    const bits = held.get(pk) ?? 0;
    let n = 0;
    for (let k = 0; k < keys.length; k++) if (bits & (1 << k)) { n++; holders[k]!++; }
    if (n >= need) out.push(id);
  }
  if (holders.some((h) => h < FEW_HOLDERS)) return null;
  return { ids: out, live };
}
