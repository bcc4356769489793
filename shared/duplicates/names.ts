// How alike two names are, as people write Latin-American names: the same person appears as "María José
// García López", "Maria Garcia", "M. J. García", "Maria Jose Garcia Lopes" (a typo). Two names are
// compatible when their first names agree (or one is an initial of the other) and at least one surname
// agrees; the score says how much of the longer name is accounted for, and `how` says why in words.
import { fold } from '../text/fold';

export interface NameMatch {
  score: number;
  how: 'same name' | 'same name without accents' | 'a second name or surname missing' | 'an initial' | 'a typo' | 'names partly alike';
}

/** True when `a` and `b` differ by exactly one edit: a substitution, an insertion or deletion, or two adjacent letters swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // A substitution, or a swap of i and i+1.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Damerau-Levenshtein distance up to `max` (returns max + 1 past it); one edit is checked without a table. */
export function editDistance(a: string, b: string, max = 2): number {
  if (a === b) return 0;
  if (oneEditApart(a, b)) return 1;
  if (max < 2 || Math.abs(a.length - b.length) > max) return max + 1;
  const w = b.length + 1;
  let prev2 = new Int32Array(w);
  let prev = new Int32Array(w);
  let cur = new Int32Array(w);
  for (let j = 0; j < w; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < w; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[b.length]!, max + 1);
}

type TokenMatch = 'equal' | 'initial' | 'typo' | null;

/** "Rafael" and "Rafaela", "Júlio" and "Júlia": a name's other gender is another person, not a typo. */
function genderPair(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (l === `${s}a`) return true;
  return s.length === l.length && s.slice(0, -1) === l.slice(0, -1) && /[ao]/.test(s.at(-1)!) && /[ao]/.test(l.at(-1)!);
}

function tokenMatch(a: string, b: string): TokenMatch {
  if (a === b) return 'equal';
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 'initial';
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4 || a.charCodeAt(0) !== b.charCodeAt(0) && shorter < 8) return shorter >= 8 && editDistance(a, b, 2) <= 2 ? 'typo' : null;
  const max = shorter >= 8 ? 2 : 1;
  return editDistance(a, b, max) <= max && !genderPair(a, b) ? 'typo' : null;
}

interface Alignment {
  matches: TokenMatch[];
  /** The first names were matched across positions ("José" for "María José"). */
  shifted: boolean;
  /** Each name has a word the other lacks ("García López" against "García Pérez"): two surnames that disagree. */
  conflict: boolean;
}

/**
 * Matches tokens of `a` to tokens of `b` in order (a dropped token, such as a second surname or a second
 * first name, is allowed on either side). Null when the first names disagree, no surname agrees, or more
 * than one word needs a typo to agree.
 */
function align(a: string[], b: string[]): Alignment | null {
  // First names: the first token of each, or -- exactly, never by a typo -- the first of one against the
  // second of the other ("José" for "María José").
  const firsts: [number, number][] = [[0, 0], [0, 1], [1, 0]];
  for (const [i0, j0] of firsts) {
    if (i0 >= a.length || j0 >= b.length) continue;
    const first = tokenMatch(a[i0]!, b[j0]!);
    const shifted = i0 !== j0;
    if (!first || (shifted && first !== 'equal')) continue;
    const matches: TokenMatch[] = [first];
    const usedB = new Set<number>([j0]);
    let j = j0 + 1;
    let surnames = 0;
    let unmatchedA = 0;
    for (let i = i0 + 1; i < a.length; i++) {
      let found = false;
      for (let k = j; k < b.length; k++) {
        const m = tokenMatch(a[i]!, b[k]!);
        // An initial stands for a first or middle name, never alone for a surname.
        if (m && !(m === 'initial' && i >= 2 && k >= 2)) {
          matches.push(m);
          usedB.add(k);
          if (m !== 'initial') surnames++;
          j = k + 1;
          found = true;
          break;
        }
      }
      if (!found) unmatchedA++;
    }
    if (surnames === 0 || matches.filter((m) => m === 'typo').length > 1) continue;
    let unmatchedB = 0;
    for (let k = j0 + 1; k < b.length; k++) if (!usedB.has(k)) unmatchedB++;
    return { matches, shifted, conflict: unmatchedA > 0 && unmatchedB > 0 };
  }
  return null;
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function compareNames(rawA: string, rawB: string, a: string[], b: string[]): NameMatch | null {
  if (a.length === 0 || b.length === 0) return null;
  if (sameTokens(a, b)) {
    // Written the same but for case and spacing, or only the accents differ.
    const plain = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
    return { score: 1, how: plain(rawA) === plain(rawB) || fold(rawA) === rawA.toLowerCase() && fold(rawB) === rawB.toLowerCase() ? 'same name' : 'same name without accents' };
  }
  const al = align(a, b);
  if (!al) return null;
  const m = al.matches;
  const longer = Math.max(a.length, b.length);
  const covered = m.length / longer;
  // Names matched across positions, or with a surname each that the other lacks, are weaker evidence.
  const doubt = (al.shifted ? 0.85 : 1) * (al.conflict ? 0.6 : 1);
  if (m.includes('typo')) return { score: doubt * 0.88 * (0.6 + 0.4 * covered), how: 'a typo' };
  if (m.includes('initial')) return { score: doubt * 0.85 * (0.6 + 0.4 * covered), how: 'an initial' };
  if (m.length === Math.min(a.length, b.length)) return { score: doubt * 0.92 * (0.7 + 0.3 * covered), how: 'a second name or surname missing' };
  return { score: doubt * 0.6 * covered, how: 'names partly alike' };
}
