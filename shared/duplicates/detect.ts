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

export const DEFAULT_MIN_SCORE = 0.8;
/**
 * Blocks larger than this are too common to mean anything (and would cost n² comparisons): two words of a
 * name may be shared by a few dozen people on a big bench; a surname with an initial, or a first name with
 * two letters of a surname (the typo keys), by fewer before they stop telling people apart.
 */
const MAX_BLOCK = 120;
const MAX_FUZZY_BLOCK = 40;
const limitOf = (key: string) => (key.startsWith('i:') || key.startsWith('f:') ? MAX_FUZZY_BLOCK : MAX_BLOCK);

export interface DuplicatePair {
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

interface Prepared {
  e: Engineer;
  tokens: string[];
  email: string | null;
  profiles: string[];
  /** Skill numbers (one per folded skill name on this bench), sorted, for a merge count. */
  skills: Int32Array;
  city: string;
}

function preparer(): (e: Engineer) => Prepared {
  const skillNo = new Map<string, number>();
  return (e) => {
    const profiles = (e.links ?? []).map(profileKey).filter((k): k is string => k !== null);
    const nums = new Set<number>();
    for (const s of e.skills) {
      const k = fold(s.name);
      let no = skillNo.get(k);
      if (no === undefined) skillNo.set(k, (no = skillNo.size));
      nums.add(no);
    }
    return { e, tokens: nameTokens(e.name), email: emailKey(e.email), profiles, skills: Int32Array.from(nums).sort(), city: e.city ? fold(e.city).trim() : '' };
  };
}

function blockKeys(p: Prepared): string[] {
  const keys: string[] = [];
  if (p.email) keys.push(`e:${p.email}`);
  for (const k of p.profiles) keys.push(`p:${k}`);
  // Name keys are per country: one person's records almost always agree on it (those that do not are
  // still paired by an e-mail or a profile), and it splits the blocks of common names tenfold.
  const c = p.e.country;
  const t = p.tokens;
  for (let i = 0; i < t.length; i++) {
    for (let j = i + 1; j < t.length; j++) if (t[i]!.length > 1 && t[j]!.length > 1) keys.push(`n:${c}|${t[i]}|${t[j]}`);
    // A surname with the first name's initial: "J. García", "Jaun García" (a typo in the first name).
    if (i > 0 && t[i]!.length > 1) keys.push(`i:${c}|${t[0]![0]}|${t[i]}`);
  }
  // The first name with a surname's first two letters: a typo in the surname ("Garica").
  if (t.length > 1 && t[0]!.length > 1) for (const s of t.slice(1)) if (s.length > 2) keys.push(`f:${c}|${t[0]}|${s.slice(0, 2)}`);
  return keys;
}

/** Shared skills over all skills of the two, by a merge of two sorted lists. */
function jaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

interface Evidence {
  sameEmail: boolean;
  sharedProfile: string | undefined;
  name: NameMatch | null;
  sameCity: boolean;
  skills: number;
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
    skills: jaccard(x.skills, y.skills),
    yearsClose: ya !== undefined && yb !== undefined && Math.abs(ya - yb) <= 1.5,
  };
}

function scoreOf(ev: Evidence, x: Prepared, y: Prepared): number {
  if (ev.sameEmail || ev.sharedProfile) return Math.round(Math.min(0.99, 0.9 + 0.09 * (ev.name?.score ?? 0)) * 1000) / 1000;
  // Skills are the strongest sign after the name: one person's two records list mostly the same skills,
  // while two people of one name and city rarely do.
  const evidence =
    (ev.skills >= 0.4 ? 0.4 * Math.min(1, (ev.skills - 0.2) / 0.5) : 0) +
    (ev.sameCity ? 0.2 : 0) +
    (ev.yearsClose ? 0.1 : 0) +
    (x.e.seniority === y.e.seniority ? 0.05 : 0) +
    (x.e.country === y.e.country ? 0.05 : 0);
  return Math.round(Math.min(0.99, ev.name!.score * (0.5 + evidence)) * 1000) / 1000;
}

/** A pair's score (0 when nothing ties them). */
export function pairScore(x: Prepared, y: Prepared): number {
  const ev = evidenceOf(x, y);
  return ev ? scoreOf(ev, x, y) : 0;
}

/** A pair's score with its reasons in words (for the pairs worth showing). Exported for the tests. */
export function scorePair(x: Prepared, y: Prepared): { score: number; reasons: string[] } {
  const ev = evidenceOf(x, y);
  if (!ev) return { score: 0, reasons: [] };
  const reasons: string[] = [];
  if (ev.sameEmail) reasons.push('same e-mail');
  if (ev.sharedProfile) reasons.push(ev.sharedProfile.startsWith('linkedin:') ? 'same LinkedIn profile' : 'same GitHub profile');
  if (ev.name) reasons.push(ev.name.how);
  if (ev.sameCity) reasons.push(`both in ${x.e.city}`);
  if (ev.skills >= 0.4) reasons.push(`${Math.round(ev.skills * 100)}% of skills shared`);
  if (ev.yearsClose) reasons.push('similar years of experience');
  return { score: scoreOf(ev, x, y), reasons };
}

/** Pairs that are probably the same person, best first (each pair once, `a` < `b` by id). */
export function findDuplicates(engineers: readonly Engineer[], opts: { minScore?: number; skip?: ReadonlySet<string> } = {}): DuplicatePair[] {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const prepared = engineers.filter((e) => !e.privacy?.erasedAt).map(preparer());
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
        out.push({ a, b: c, score, reasons: scorePair(x, y).reasons });
      }
    }
  }
  return out.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
}
