// Typo tolerance over the small vocabulary (distinct tokens of names, skills and aliases, cities, tags,
// roles, summaries), never over the records themselves. A symmetric-delete index (every string with up
// to `maxEdits` letters deleted, pointing back at the vocabulary entries) finds candidates in a few map
// lookups per keystroke, where scanning the vocabulary with Fuse.js would cost a pass over all of it;
// each candidate is then confirmed with a bounded optimal-string-alignment distance (a transposition such
// as "pyhton" -> "python" counts as one edit).

/** Edits forgiven for a typed term: none under 4 letters, one for 4-7, two from 8 (matching.md). */
export function allowedEdits(term: string): number {
  const n = [...term].length;
  return n >= 8 ? 2 : n >= 4 ? 1 : 0;
}

/** Optimal-string-alignment distance, or `max + 1` as soon as it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  let cur = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb]!;
}

function deletes(s: string, depth: number, out: Set<string>): void {
  if (depth === 0 || s.length <= 1) return;
  for (let i = 0; i < s.length; i++) {
    const d = s.slice(0, i) + s.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletes(d, depth - 1, out);
    }
  }
}

/** Symmetric-delete index over a list of strings; `lookup` returns the indexes within `max` edits.
 *  The deletes map (a few hundred thousand keys for the bench vocabulary) is built at the first lookup:
 *  only a typo needs it, so building the search index does not pay for it up front. */
export class DeleteIndex {
  private built: Map<string, number[]> | null = null;

  constructor(private readonly words: readonly string[], private readonly maxEdits: number, private readonly minLength = 4) {}

  private get map(): Map<string, number[]> {
    if (this.built) return this.built;
    const map = new Map<string, number[]>();
    const { maxEdits, minLength } = this;
    this.words.forEach((w, i) => {
      if (w.length < minLength - maxEdits) return;
      const ds = new Set<string>([w]);
      // Words of 6+ letters can sit two edits from a typed term of 8+ letters, so they keep deeper deletes.
      deletes(w, w.length >= 6 ? maxEdits : Math.min(1, maxEdits), ds);
      for (const d of ds) {
        const list = map.get(d);
        if (list) list.push(i);
        else map.set(d, [i]);
      }
    });
    this.built = map;
    return map;
  }

  lookup(term: string, max: number): { index: number; distance: number }[] {
    if (max <= 0) return [];
    const seen = new Set<number>();
    const out: { index: number; distance: number }[] = [];
    const probes = new Set<string>([term]);
    deletes(term, max, probes);
    const map = this.map;
    for (const p of probes) {
      const list = map.get(p);
      if (!list) continue;
      for (const i of list) {
        if (seen.has(i)) continue;
        seen.add(i);
        const d = boundedDistance(term, this.words[i]!, max);
        if (d <= max) out.push({ index: i, distance: d });
      }
    }
    return out;
  }
}
