// On import, a record that is new to the bench (its id unknown) but likely a person already there is
// offered as an update of that person: the dry run lists each match with its reasons; with
// `updateMatches` the record is written as that person, joined with what the bench holds the way a merge
// joins two records (shared/duplicates/merge.ts: the more complete, then the newer value; skills joined),
// and shortlist entries in the file follow it. The bench is indexed once, and only when a new record comes.
import type { ImportMatch } from '../../shared/api/bench';
import type { Engineer, Shortlist } from '../../shared/bench/schema';
import { mergedEngineer } from '../../shared/duplicates/merge';
import { MatchIndex } from '../../shared/duplicates/match-existing';
import type { RawDb } from '../connection';
import { readEngineers } from '../repos/bench-reader';
import type { ExistingBench } from './existing';

export class ImportMatcher {
  readonly matches: ImportMatch[] = [];
  private index: MatchIndex | undefined;
  private readonly stored = new Map<string, Engineer>();
  /** The file's id -> the existing person's id it is written as. */
  private readonly renamed = new Map<string, string>();

  constructor(private readonly raw: RawDb, private readonly existing: ExistingBench, private readonly update: boolean) {}

  /** The record as it is to be written: itself, or (updating matches) the existing person it likely is. */
  resolve(e: Engineer, where: string): Engineer {
    if (this.existing.engineerIds.size === 0 || this.existing.engineerIds.has(e.id)) return e;
    if (!this.index) {
      const bench = readEngineers(this.raw);
      for (const x of bench) this.stored.set(x.id, x);
      this.index = new MatchIndex(bench);
    }
    // A person already claimed by an earlier record of this file is not claimed twice.
    const best = this.index.matchesFor(e).find((m) => ![...this.renamed.values()].includes(m.id));
    if (!best) return e;
    this.matches.push({ where, name: e.name, existingId: best.id, existingName: best.name, score: best.score, reasons: best.reasons, why: best.why, updated: this.update });
    if (!this.update) return e;
    this.renamed.set(e.id, best.id);
    const keep = this.stored.get(best.id)!;
    const now = new Date().toISOString();
    const joined = mergedEngineer({ keep, other: { ...e, id: best.id }, keepUpdatedAt: '', otherUpdatedAt: now });
    return { ...joined, ...(e.assessments ? { assessments: e.assessments } : {}) };
  }

  /** A shortlist with its entries pointing at the people the file's records were written as. */
  shortlist(s: Shortlist): Shortlist {
    if (this.renamed.size === 0 || !s.entries) return s;
    return { ...s, entries: s.entries.map((x) => ({ ...x, engineerId: this.renamed.get(x.engineerId) ?? x.engineerId })) };
  }
}
