// Is the person in this CV already on the bench? The duplicate detector's own lookup for a new record
// (shared/duplicates/match-existing.ts), with its index kept per bench version: a 100-CV import asks it
// once per CV, and building the index over a big bench costs far more than one lookup.
import type { Engineer } from '../../../shared/bench/schema';
import { MatchIndex, type DraftEngineer, type PersonMatch } from '../../../shared/duplicates/match-existing';
import type { SamePerson } from '../../../shared/api/cv';

const of = (m: PersonMatch): SamePerson => ({ engineerId: m.id, name: m.name, score: m.score, reasons: m.reasons, why: m.why });

export function samePersonFinder(bench: { readonly version: number; snapshot(): { engineers?: Engineer[] } }) {
  let cached: { version: number; index: MatchIndex } | undefined;
  /** Records on the bench (or `added` by this call, not in the snapshot yet) that are probably the person `cv` describes, best first. */
  return (cv: DraftEngineer, added: readonly Engineer[] = []): SamePerson[] => {
    if (!cached || cached.version !== bench.version) cached = { version: bench.version, index: new MatchIndex(bench.snapshot().engineers ?? []) };
    const fresh = added.length ? new MatchIndex(added).matchesFor(cv) : [];
    return [...cached.index.matchesFor(cv), ...fresh].sort((a, b) => b.score - a.score).map(of);
  };
}
