// Per-engineer facts that do not depend on the role (effective skills, English, latest assessment),
// computed once per bench version, plus a layout the ranking loop can scan fast: skill posting lists
// and one slot per distinct (zone, working hours), so a 100k ranking is mostly array reads.
import type { Engineer, Hours, Seniority } from '../bench/schema';
import { SENIORITIES, VETTING_STATUSES } from '../bench/schema';
import {
  cefrRank, chronological, effectiveEnglish, effectiveSkills, latestAssessment,
  type EffectiveSkill, type LatestAssessment,
} from './effective';
import { assessmentValue } from './assessment-value';
import { overlapKey } from './overlap';

export interface PreparedEngineer {
  engineer: Engineer;
  id: string;
  skills: Map<string, EffectiveSkill>;
  english: { level?: Engineer['englishLevel']; assessedOn?: string };
  englishRank: number;
  latest: LatestAssessment | null;
  /** 0..1, see assessmentValue. */
  assessment: number;
  /** "zone|start|end": engineers sharing it share one overlap computation. */
  overlapKey: string;
  // Flat copies of the constraint inputs, so the hot loop never walks the engineer object.
  vetted: boolean;
  seniority: Seniority;
  /** NaN when unknown. */
  bill: number;
  /** Unavailable, or on assignment with no end date: fails availability whatever the start date. */
  neverFree: boolean;
  /** The availability `from` date, or '' when absent. */
  freeFrom: string;
}

export interface SkillPostings {
  /** Indexes into PreparedBench.engineers of everyone with the skill, with their effective level and years. */
  idx: Int32Array;
  level: Uint8Array;
  years: Float64Array;
}

export interface PreparedBench {
  /** Non-archived engineers sorted by id, so input order never matters. */
  engineers: PreparedEngineer[];
  archived: number;
  /** One per distinct (zone, working hours), with an engineer that has them. */
  overlapSlots: { key: string; engineer: { timeZone: string; workingHours?: Hours } }[];
  postings: Map<string, SkillPostings>;
  /** The constraint inputs as columns (one entry per engineer), so the ranking loop reads contiguous memory. */
  cols: ConstraintColumns;
}

/** The constraint inputs of a layout of engineers, one entry per engineer. */
export interface ConstraintColumns {
  vetted: Uint8Array;
  /** Index in VETTING_STATUSES + 1; 0 when absent. */
  vettingStatus: Uint8Array;
  /** Index in SENIORITIES. */
  seniority: Uint8Array;
  english: Uint8Array;
  /** Index into the layout's overlapSlots. */
  slot: Int32Array;
  bill: Float64Array;
  /** 1: unavailable; 2: on assignment with no end date; 0: may be free by some start date. */
  neverFree: Uint8Array;
  /** The availability `from` date as yyyymmdd, 0 when absent. */
  freeFrom: Int32Array;
}

export function constraintColumns(n: number): ConstraintColumns {
  return {
    vetted: new Uint8Array(n), vettingStatus: new Uint8Array(n), seniority: new Uint8Array(n), english: new Uint8Array(n), slot: new Int32Array(n),
    bill: new Float64Array(n), neverFree: new Uint8Array(n), freeFrom: new Int32Array(n),
  };
}

/** The first `n` entries of each column, as views (no copy). */
export function firstEntries(cols: ConstraintColumns, n: number): ConstraintColumns {
  return {
    vetted: cols.vetted.subarray(0, n), vettingStatus: cols.vettingStatus.subarray(0, n), seniority: cols.seniority.subarray(0, n),
    english: cols.english.subarray(0, n), slot: cols.slot.subarray(0, n), bill: cols.bill.subarray(0, n),
    neverFree: cols.neverFree.subarray(0, n), freeFrom: cols.freeFrom.subarray(0, n),
  };
}

/**
 * Entry i of the columns from the engineer's record and English rank (the slot is the layout's to set):
 * the one conversion, used by the ranking's layout and by a cold match's pool (prefilter.ts).
 */
export function fillConstraintColumns(cols: ConstraintColumns, i: number, e: Engineer, englishRank: number): void {
  const a = e.availability;
  cols.vetted[i] = e.vettingStatus === 'vetted' ? 1 : 0;
  cols.vettingStatus[i] = e.vettingStatus ? VETTING_STATUSES.indexOf(e.vettingStatus) + 1 : 0;
  cols.seniority[i] = SENIORITIES.indexOf(e.seniority);
  cols.english[i] = englishRank;
  cols.bill[i] = e.rate?.billPerHour ?? NaN;
  cols.neverFree[i] = !a ? 0 : a.status === 'unavailable' ? 1 : a.status === 'on_assignment' && !a.from ? 2 : 0;
  cols.freeFrom[i] = a?.from ? dateNumber(a.from) : 0;
}

/** 2027-01-18 -> 20270118, so dates compare as numbers. */
export function dateNumber(date: string): number {
  return Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10));
}

export function prepareEngineer(engineer: Engineer): PreparedEngineer {
  const ordered = chronological(engineer.assessments);
  const english = effectiveEnglish(engineer, ordered);
  const latest = latestAssessment(engineer, ordered);
  const a = engineer.availability;
  return {
    engineer,
    id: engineer.id,
    skills: effectiveSkills(engineer, ordered),
    english,
    englishRank: cefrRank(english.level),
    latest,
    assessment: assessmentValue(latest),
    overlapKey: overlapKey(engineer),
    vetted: engineer.vettingStatus === 'vetted',
    seniority: engineer.seniority,
    bill: engineer.rate?.billPerHour ?? NaN,
    neverFree: !!a && (a.status === 'unavailable' || (a.status === 'on_assignment' && !a.from)),
    freeFrom: a?.from ?? '',
  };
}

/** Prepares a bench once; archived engineers are never evaluated, so they are left out here. */
export function prepareBench(engineers: readonly Engineer[]): PreparedBench {
  const live = engineers.filter((e) => !e.archived);
  return assembleBench(live.map(prepareEngineer), engineers.length - live.length);
}

/**
 * The ranking's layout over engineers already prepared (none archived): a whole bench, or the candidates
 * a cold match read (db/service/handlers/match.ts), whose prepared engineers are reused across what-ifs.
 * Reads the engineers and never changes them, so one may sit in several layouts.
 */
export function assembleBench(engineers: readonly PreparedEngineer[], archived: number): PreparedBench {
  const prepared = [...engineers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const slots = new Map<string, number>();
  const cols = constraintColumns(prepared.length);
  const overlapSlots: PreparedBench['overlapSlots'] = [];
  const lists = new Map<string, { idx: number[]; level: number[]; years: number[] }>();
  prepared.forEach((p, i) => {
    let slot = slots.get(p.overlapKey);
    if (slot === undefined) {
      slot = overlapSlots.length;
      slots.set(p.overlapKey, slot);
      overlapSlots.push({ key: p.overlapKey, engineer: p.engineer });
    }
    cols.slot[i] = slot;
    fillConstraintColumns(cols, i, p.engineer, p.englishRank);
    for (const [key, s] of p.skills) {
      let l = lists.get(key);
      if (!l) lists.set(key, (l = { idx: [], level: [], years: [] }));
      l.idx.push(i);
      l.level.push(s.level);
      l.years.push(s.years);
    }
  });
  const postings = new Map<string, SkillPostings>();
  for (const [key, l] of lists) {
    postings.set(key, { idx: Int32Array.from(l.idx), level: Uint8Array.from(l.level), years: Float64Array.from(l.years) });
  }
  return { engineers: prepared, archived, overlapSlots, postings, cols };
}
