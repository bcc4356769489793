// Which records already on the bench a new one (an imported row, a CV's draft) is likely to be: the same
// blocks and the same pair score as `findDuplicates`, for one record against an index of the bench built
// once. The import offers each match as an update of that person; the CV import can call `likelyMatches`.
import type { Engineer } from '../bench/schema';
import type { DuplicateReason } from './reasons';
import { blockKeys, countCommonness, DEFAULT_MIN_SCORE, limitOf, nameKeys, pairScore, preparer, scorePair, type Prepared } from './detect';

export interface PersonMatch {
  /** The existing record's id and name. */
  id: string;
  name: string;
  score: number;
  /** Why, in words ("same LinkedIn profile", "a second name or surname missing", "both in Recife"). */
  reasons: string[];
  why: DuplicateReason[];
}

/** A record that is not on the bench yet: its id is optional (a CV's draft has none). */
export type DraftEngineer = Omit<Engineer, 'id'> & { id?: string };

export class MatchIndex {
  private readonly prepare = preparer();
  private readonly prepared: Prepared[];
  private readonly counts: Map<string, number>;
  private readonly blocks = new Map<string, number[]>();

  constructor(engineers: readonly Engineer[]) {
    this.prepared = engineers.filter((e) => !e.privacy?.erasedAt).map(this.prepare);
    this.counts = countCommonness(this.prepared);
    this.prepared.forEach((p, i) => {
      for (const k of blockKeys(p)) {
        const list = this.blocks.get(k);
        if (list) list.push(i);
        else this.blocks.set(k, [i]);
      }
    });
  }

  get size(): number {
    return this.prepared.length;
  }

  /** The existing records `draft` likely is, best first (never the record with its own id). */
  matchesFor(draft: DraftEngineer, minScore = DEFAULT_MIN_SCORE): PersonMatch[] {
    const x = this.prepare({ ...draft, id: draft.id ?? '' } as Engineer);
    const keys = nameKeys(x);
    x.commonness = keys.length ? Math.min(...keys.map((k) => (this.counts.get(k) ?? 0) + 1)) : this.prepared.length + 1;
    const seen = new Set<number>();
    const out: PersonMatch[] = [];
    for (const k of blockKeys(x)) {
      const members = this.blocks.get(k);
      // As in findDuplicates: a name block so common that it tells nothing is passed over.
      if (!members || (!k.startsWith('e:') && !k.startsWith('p:') && members.length > limitOf(k))) continue;
      for (const i of members) {
        if (seen.has(i)) continue;
        seen.add(i);
        const y = this.prepared[i]!;
        if (y.e.id === draft.id || pairScore(x, y) < minScore) continue;
        out.push({ id: y.e.id, name: y.e.name, ...scorePair(x, y) });
      }
    }
    return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  }
}

/** The existing people `draft` likely is, with reasons (for one record; build a MatchIndex for many). */
export function likelyMatches(draft: DraftEngineer, bench: readonly Engineer[], minScore = DEFAULT_MIN_SCORE): PersonMatch[] {
  return new MatchIndex(bench).matchesFor(draft, minScore);
}
