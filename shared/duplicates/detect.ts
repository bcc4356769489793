// Finding the same person twice without comparing every pair: records are put in blocks by what a
// duplicate would share (a normalized e-mail, a LinkedIn or GitHub profile, two words of the name, or a
// surname with a first initial, which catches typos and initials), and only records sharing a block are
// scored. Blocks too common to mean anything (a surname and initial that hundreds share) are passed over;
// the stronger keys still bring real duplicates together. A pair's score weighs the name (names.ts)
// against what else agrees (city, skills, years, seniority, country) or an identifier they share; two
// namesakes with nothing else in common stay below the default threshold.
import type { Engineer } from '../bench/schema';
import { fold } from '../text/fold';
import { emailKey, nameTokens, profileKey } from './identity';
import { compareNames, type NameMatch } from './names';
import { reasonInWords, type DuplicateReason } from './reasons';

export const DEFAULT_MIN_SCORE = 0.8;
/**
 * Blocks larger than this are too common to mean anything (and would cost n² comparisons): two words of a
 * name may be shared by a few dozen people on a big bench; a surname with an initial, or a first name with
 * two letters of a surname (the typo keys), by fewer before they stop telling people apart.
 */
const MAX_BLOCK = 120;
const MAX_FUZZY_BLOCK = 40;
export const limitOf = (key: string) => (key.startsWith('i:') || key.startsWith('f:') ? MAX_FUZZY_BLOCK : MAX_BLOCK);

export interface DuplicatePair {
  a: string;
  b: string;
  score: number;
  reasons: string[];
  /** The same reasons as data, for the screens to say in the reader's language. */
  why: DuplicateReason[];
}

export interface Prepared {
  e: Engineer;
  tokens: string[];
  email: string | null;
  profiles: string[];
  /** Skill numbers (one per folded skill name on this bench), sorted, for a merge count. */
  skills: Int32Array;
  /** The level of each skill in `skills`, in the same order. */
  levels: Int8Array;
  city: string;
  /**
   * How many records on this bench share this name's most telling pair of words (in its country); set
   * once the whole bench is counted. "Matheus Silva" is carried by dozens, "Sergio Urrutia Galarza" by one.
   */
  commonness: number;
}

export function preparer(): (e: Engineer) => Prepared {
  const skillNo = new Map<string, number>();
  return (e) => {
    const profiles = (e.links ?? []).map(profileKey).filter((k): k is string => k !== null);
    const levelOf = new Map<number, number>();
    for (const s of e.skills) {
      const k = fold(s.name);
      let no = skillNo.get(k);
      if (no === undefined) skillNo.set(k, (no = skillNo.size));
      levelOf.set(no, Math.max(levelOf.get(no) ?? 0, s.level));
    }
    const skills = Int32Array.from(levelOf.keys()).sort();
    const levels = Int8Array.from(skills, (no) => levelOf.get(no)!);
    return { e, tokens: nameTokens(e.name), email: emailKey(e.email), profiles, skills, levels, city: e.city ? fold(e.city).trim() : '', commonness: 1 };
  };
}

/** Keys of two words of the name, per country (the blocks, and what a name's commonness is counted on). */
export function nameKeys(p: Prepared): string[] {
  const keys: string[] = [];
  const t = p.tokens;
  for (let i = 0; i < t.length; i++) for (let j = i + 1; j < t.length; j++) if (t[i]!.length > 1 && t[j]!.length > 1) keys.push(`n:${p.e.country}|${t[i]}|${t[j]}`);
  return keys;
}

export function blockKeys(p: Prepared): string[] {
  const keys: string[] = [];
  if (p.email) keys.push(`e:${p.email}`);
  for (const k of p.profiles) keys.push(`p:${k}`);
  // Name keys are per country: one person's records almost always agree on it (those that do not are
  // still paired by an e-mail or a profile), and it splits the blocks of common names tenfold.
  const c = p.e.country;
  const t = p.tokens;
  keys.push(...nameKeys(p));
  for (let i = 0; i < t.length; i++) {
    // A surname with the first name's initial: "J. García", "Jaun García" (a typo in the first name).
    if (i > 0 && t[i]!.length > 1) keys.push(`i:${c}|${t[0]![0]}|${t[i]}`);
  }
  // The first name with a surname's first two letters: a typo in the surname ("Garica").
  if (t.length > 1 && t[0]!.length > 1) for (const s of t.slice(1)) if (s.length > 2) keys.push(`f:${c}|${t[0]}|${s.slice(0, 2)}`);
  return keys;
}

/**
 * Shared skills over all skills of the two (by a merge of two sorted lists), each shared skill counted by
 * how well its levels agree: one person's two records give a skill the same level or one apart, while two
 * engineers of one specialty list the same skills at levels of their own.
 */
function skillAgreement(x: Prepared, y: Prepared): { shared: number; agreement: number } {
  const a = x.skills;
  const b = y.skills;
  if (a.length === 0 || b.length === 0) return { shared: 0, agreement: 0 };
  let i = 0;
  let j = 0;
  let both = 0;
  let agree = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      const gap = Math.abs(x.levels[i]! - y.levels[j]!);
      agree += gap === 0 ? 1 : gap === 1 ? 0.5 : 0;
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const all = a.length + b.length - both;
  return { shared: both / all, agreement: agree / all };
}

interface Evidence {
  sameEmail: boolean;
  sharedProfile: string | undefined;
  name: NameMatch | null;
  sameCity: boolean;
  skills: { shared: number; agreement: number };
  yearsClose: boolean;
}

function evidenceOf(x: Prepared, y: Prepared): Evidence | null {
  const sameEmail = x.email !== null && x.email === y.email;
  const sharedProfile = x.profiles.length && y.profiles.length ? x.profiles.find((k) => y.profiles.includes(k)) : undefined;
  const name = compareNames(x.e.name, y.e.name, x.tokens, y.tokens);
  if (!name && !sameEmail && !sharedProfile) return null;
  const ya = x.e.yearsExperience;
  const yb = y.e.yearsExperience;
  return {
    sameEmail, sharedProfile, name,
    sameCity: x.city !== '' && x.city === y.city && x.e.country === y.e.country,
    skills: skillAgreement(x, y),
    yearsClose: ya !== undefined && yb !== undefined && Math.abs(ya - yb) <= 1.5,
  };
}

function scoreOf(ev: Evidence, x: Prepared, y: Prepared): number {
  if (ev.sameEmail || ev.sharedProfile) return Math.round(Math.min(0.99, 0.9 + 0.09 * (ev.name?.score ?? 0)) * 1000) / 1000;
  // Skills are the strongest sign after the name: one person's two records list mostly the same skills at
  // the same levels, while two people of one name and city rarely do.
  const evidence =
    0.45 * Math.min(1, Math.max(0, (ev.skills.agreement - 0.2) / 0.45)) +
    (ev.sameCity ? 0.2 : 0) +
    (ev.yearsClose ? 0.1 : 0) +
    (x.e.seniority === y.e.seniority ? 0.1 : 0) +
    (x.e.country === y.e.country ? 0.05 : 0);
  // A name many on the bench carry says less: agreeing on "Matheus Silva" where thirty people have it is
  // weak, so the rest must agree more. The commoner of the two names decides (the shorter one, usually).
  const common = Math.max(x.commonness, y.commonness);
  const doubt = common <= 2 ? 0 : Math.min(0.35, 0.07 * Math.log2(common - 1));
  return Math.round(Math.max(0, Math.min(0.99, ev.name!.score * (0.5 + evidence - doubt))) * 1000) / 1000;
}

/** A pair's score (0 when nothing ties them). */
export function pairScore(x: Prepared, y: Prepared): number {
  const ev = evidenceOf(x, y);
  return ev ? scoreOf(ev, x, y) : 0;
}

/** A pair's score with its reasons in words (for the pairs worth showing). Exported for the tests. */
export function scorePair(x: Prepared, y: Prepared): { score: number; reasons: string[]; why: DuplicateReason[] } {
  const ev = evidenceOf(x, y);
  if (!ev) return { score: 0, reasons: [], why: [] };
  const why: DuplicateReason[] = [];
  if (ev.sameEmail) why.push({ code: 'same_email' });
  if (ev.sharedProfile) why.push({ code: ev.sharedProfile.startsWith('linkedin:') ? 'same_linkedin' : 'same_github' });
  if (ev.name) why.push({ code: 'name', how: ev.name.how });
  if (ev.sameCity) why.push({ code: 'same_city', city: x.e.city! });
  if (ev.skills.shared >= 0.4) why.push({ code: 'skills_shared', percent: Math.round(ev.skills.shared * 100) });
  if (ev.yearsClose) why.push({ code: 'similar_years' });
  return { score: scoreOf(ev, x, y), reasons: why.map(reasonInWords), why };
}

/**
 * Sets each record's `commonness` and returns the counts per name key: a one-word name tells nothing, so
 * it counts as shared by everyone.
 */
export function countCommonness(prepared: Prepared[]): Map<string, number> {
  const counts = new Map<string, number>();
  const keysOf = prepared.map((p) => [...new Set(nameKeys(p))]);
  for (const keys of keysOf) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  prepared.forEach((p, i) => {
    const keys = keysOf[i]!;
    p.commonness = keys.length ? Math.min(...keys.map((k) => counts.get(k)!)) : prepared.length;
  });
  return counts;
}

/** Pairs that are probably the same person, best first (each pair once, `a` < `b` by id). */
export function findDuplicates(engineers: readonly Engineer[], opts: { minScore?: number; skip?: ReadonlySet<string> } = {}): DuplicatePair[] {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const prepared = engineers.filter((e) => !e.privacy?.erasedAt).map(preparer());
  countCommonness(prepared);
  const n = prepared.length;
  // Blocks by number; each record keeps the numbers of its blocks.
  const blockOf = new Map<string, number>();
  const members: number[][] = [];
  const usable: boolean[] = [];
  const blocksOf: number[][] = prepared.map((p, i) => {
    const mine: number[] = [];
    for (const k of blockKeys(p)) {
      let b = blockOf.get(k);
      if (b === undefined) {
        b = members.length;
        blockOf.set(k, b);
        members.push([]);
        // Identifier blocks are always compared; name blocks only while they stay small.
        usable.push(true);
      }
      const list = members[b]!;
      if (k.startsWith('e:') || k.startsWith('p:') || list.length <= limitOf(k)) list.push(i);
      else usable[b] = false;
      mine.push(b);
    }
    return mine;
  });
  // Each pair is scored once: `seenBy[j] === i` marks j as already compared with i (no set of pairs).
  const seenBy = new Int32Array(n).fill(-1);
  const out: DuplicatePair[] = [];
  for (let i = 0; i < n; i++) {
    const x = prepared[i]!;
    for (const b of blocksOf[i]!) {
      if (!usable[b]) continue;
      for (const j of members[b]!) {
        if (j <= i || seenBy[j] === i) continue;
        seenBy[j] = i;
        const y = prepared[j]!;
        // Millions of pairs on a big bench: nothing is allocated for a pair until it scores high enough.
        const score = pairScore(x, y);
        if (score < minScore || x.e.id === y.e.id) continue;
        const a = x.e.id < y.e.id ? x.e.id : y.e.id;
        const c = a === x.e.id ? y.e.id : x.e.id;
        if (opts.skip?.has(`${a}\u0000${c}`)) continue;
        const { reasons, why } = scorePair(x, y);
        out.push({ a, b: c, score, reasons, why });
      }
    }
  }
  return out.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
}
