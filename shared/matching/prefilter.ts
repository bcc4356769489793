// A cold match's prefilter (issue 20): which engineers of a big bench a ranking may list, told from a few
// columns read straight from the database, so that only those have their whole profiles read and
// prepared (db/repos/match-candidates.ts reads the pool, db/service/handlers/match.ts ranks). A ranking
// lists matches and near misses, who fail one constraint at most; this keeps everyone who surely fails
// at most one. It tests rank.ts's loop's rules on the same columns (prepare.ts fills both), and where the
// pool's columns are not the effective values it errs towards keeping someone, never towards dropping:
// - a must-have counts as met when held at any level (on the profile or verified by an assessment);
//   its level and years are the ranking's to check;
// - English passes when any source gives the level (the profile, any current assessment): the effective
//   level is one of those.
// The ranking then runs over those kept, so its answer is the whole bench's exactly; the property test
// (test/unit/matching/prefilter.property.test.ts) holds the two equal on random benches, roles and what-ifs.
import { SENIORITIES, type Hours } from '../bench/schema';
import type { RoleContext } from './eligibility';
import { dateNumber, type ConstraintColumns } from './prepare';

export interface PoolColumns {
  /** Entries in the columns. */
  n: number;
  /** The constraint columns; `english` holds the best level any source gives, not the effective one. */
  cols: ConstraintColumns;
  /** How many of the role's must-haves each engineer holds at some level. */
  mustHeld: Uint8Array;
  /** One per distinct (zone, working hours), as PreparedBench's. */
  overlapSlots: { key: string; engineer: { timeZone: string; workingHours?: Hours } }[];
}

/** Indexes into the pool of the engineers who fail at most one constraint of `ctx` for all the columns tell. */
export function mayBeListed(pool: PoolColumns, ctx: RoleContext): number[] {
  const slotHours = pool.overlapSlots.map((s) => ctx.overlaps.get(s.engineer, s.key).hours);
  const { requireVetted, seniorities, minEnglishRank } = ctx;
  const start = dateNumber(ctx.startDate);
  const allowed = new Uint8Array(SENIORITIES.length).fill(1);
  if (seniorities) SENIORITIES.forEach((s, k) => (allowed[k] = seniorities.has(s) ? 1 : 0));
  const minOverlap = ctx.role.minOverlapHours;
  const maxBill = ctx.role.maxBillRate;
  const mustCount = ctx.must.length;
  const c = pool.cols;
  const out: number[] = [];
  for (let i = 0; i < pool.n; i++) {
    let f = mustCount - pool.mustHeld[i]!;
    if (f > 1) continue;
    if (requireVetted && !c.vetted[i] && ++f > 1) continue;
    if (!allowed[c.seniority[i]!] && ++f > 1) continue;
    if (minEnglishRank > 0 && c.english[i]! < minEnglishRank && ++f > 1) continue;
    const hours = slotHours[c.slot[i]!] ?? null;
    if (minOverlap !== undefined && hours !== null && hours < minOverlap && ++f > 1) continue;
    if (maxBill !== undefined && !(c.bill[i]! <= maxBill) && ++f > 1) continue;
    // The last check: a failure here is a second one only if there was a first.
    if ((c.neverFree[i] || (c.freeFrom[i]! !== 0 && c.freeFrom[i]! > start)) && f >= 1) continue;
    out.push(i);
  }
  return out;
}
