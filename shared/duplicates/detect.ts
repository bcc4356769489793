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
/** Blocks larger than this are too common to mean anything (and would cost n² comparisons). */
const MAX_BLOCK = 120;

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
  skills: Set<string>;
  city: string;
}

function prepare(e: Engineer): Prepared {
  const profiles = (e.links ?? []).map(profileKey).filter((k): k is string => k !== null);
  return { e, tokens: nameTokens(e.name), email: emailKey(e.email), profiles, skills: new Set(e.skills.map((s) => fold(s.name))), city: e.city ? fold(e.city).trim() : '' };
}

function blockKeys(p: Prepared): string[] {
  const keys: string[] = [];
  if (p.email) keys.push(`e:${p.email}`);
  for (const k of p.profiles) keys.push(`p:${k}`);
  const t = p.tokens;
  for (let i = 0; i < t.length; i++) {
    for (let j = i + 1; j < t.length; j++) if (t[i]!.length > 1 && t[j]!.length > 1) keys.push(`n:${t[i]}|${t[j]}`);
    // A surname with the first name's initial: "J. García", "Jaun García" (a typo in the first name).
    if (i > 0 && t[i]!.length > 1) keys.push(`i:${t[0]![0]}|${t[i]}`);
  }
  // The first name with a surname's first two letters: a typo in the surname ("Garica").
  if (t.length > 1 && t[0]!.length > 1) for (const s of t.slice(1)) if (s.length > 2) keys.push(`f:${t[0]}|${s.slice(0, 2)}`);
  return keys;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/**
 * A pair's score, or null when nothing ties them; `reasons` only when asked (building sentences for the
 * many pairs that score low would be most of the work on a big bench). Exported for the tests.
 */
export function scorePair(x: Prepared, y: Prepared, withReasons: boolean): { score: number; reasons: string[] } | null {
  const sameEmail = x.email !== null && x.email === y.email;
  const sharedProfile = x.profiles.length && y.profiles.length ? x.profiles.find((k) => y.profiles.includes(k)) : undefined;
  const name: NameMatch | null = compareNames(x.e.name, y.e.name, x.tokens, y.tokens);
  if (!name && !sameEmail && !sharedProfile) return null;
  const sameCity = x.city !== '' && x.city === y.city && x.e.country === y.e.country;
  const skills = jaccard(x.skills, y.skills);
  const ya = x.e.yearsExperience;
  const yb = y.e.yearsExperience;
  const yearsClose = ya !== undefined && yb !== undefined && Math.abs(ya - yb) <= 1.5;
  let score: number;
  if (sameEmail || sharedProfile) score = Math.min(0.99, 0.9 + 0.09 * (name?.score ?? 0));
  else {
    // Skills are the strongest sign after the name: one person's two records list mostly the same skills,
    // while two people of one name and city rarely do.
    const evidence =
      (skills >= 0.4 ? 0.4 * Math.min(1, (skills - 0.2) / 0.5) : 0) +
      (sameCity ? 0.2 : 0) +
      (yearsClose ? 0.1 : 0) +
      (x.e.seniority === y.e.seniority ? 0.05 : 0) +
      (x.e.country === y.e.country ? 0.05 : 0);
    score = Math.min(0.99, name!.score * (0.5 + evidence));
  }
  score = Math.round(score * 1000) / 1000;
  if (!withReasons) return { score, reasons: [] };
  const reasons: string[] = [];
  if (sameEmail) reasons.push('same e-mail');
  if (sharedProfile) reasons.push(sharedProfile.startsWith('linkedin:') ? 'same LinkedIn profile' : 'same GitHub profile');
  if (name) reasons.push(name.how);
  if (sameCity) reasons.push(`both in ${x.e.city}`);
  if (skills >= 0.4) reasons.push(`${Math.round(skills * 100)}% of skills shared`);
  if (yearsClose) reasons.push('similar years of experience');
  return { score, reasons };
}

/** Pairs that are probably the same person, best first (each pair once, `a` < `b` by id). */
export function findDuplicates(engineers: readonly Engineer[], opts: { minScore?: number; skip?: ReadonlySet<string> } = {}): DuplicatePair[] {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const prepared = engineers.filter((e) => !e.privacy?.erasedAt).map(prepare);
  const blocks = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    for (const k of blockKeys(p)) {
      const list = blocks.get(k);
      if (!list) blocks.set(k, [i]);
      else if (list.length <= MAX_BLOCK) list.push(i);
    }
  });
  const seen = new Set<number>();
  const out: DuplicatePair[] = [];
  const n = prepared.length;
  for (const [key, members] of blocks) {
    // Identifier blocks are always compared; name blocks only while they stay small.
    if (members.length < 2 || (members.length > MAX_BLOCK && !key.startsWith('e:') && !key.startsWith('p:'))) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const lo = Math.min(members[i]!, members[j]!);
        const hi = Math.max(members[i]!, members[j]!);
        const pairKey = lo * n + hi;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const x = prepared[lo]!;
        const y = prepared[hi]!;
        if (x.e.id === y.e.id) continue;
        const [a, b] = x.e.id < y.e.id ? [x.e.id, y.e.id] : [y.e.id, x.e.id];
        if (opts.skip?.has(`${a}\u0000${b}`)) continue;
        const s = scorePair(x, y, false);
        if (s && s.score >= minScore) out.push({ a, b, score: s.score, reasons: scorePair(x, y, true)!.reasons });
      }
    }
  }
  return out.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
}
