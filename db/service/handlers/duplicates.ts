// Duplicate detection over the bench snapshot (kept until the bench changes), pairs marked "not a
// duplicate" left out; merge and unmerge in one transaction each, logged (repos/merge.ts).
import { noEngineer, notFound } from '../not-found';
import type { DuplicatePair, duplicatesApi, MergePreview } from '../../../shared/api/duplicates';
import type { HandlersFor } from '../../../shared/api/define';
import { ApiError } from '../../../shared/api/errors';
import { DEFAULT_MIN_SCORE, findDuplicates } from '../../../shared/duplicates/detect';
import { defaultChoices, mergedEngineer } from '../../../shared/duplicates/merge';
import type { RawDb } from '../../connection';
import { readEngineers } from '../../repos/bench-reader';
import { mergeRecords, notDuplicateKeys, readMerge, setNotDuplicate, unmergeProblem, unmergeRecords } from '../../repos/merge';
import { getState } from '../../team/local';
import type { ServiceContext } from '../context';

// A merge deletes a record, and the team bench has no deletion of engineers yet (its capture sees
// inserts and updates only), nor a way to move finalized assessments (append-only there): a merge that
// the sync would half-apply is refused instead, as erasure is.
function refuseOnTeam(raw: RawDb, what: string): void {
  if (getState(raw).capture) {
    throw new ApiError('refused', `This bench is on a team: ${what} is not yet possible on a team bench.`, undefined, 'The team server cannot yet delete an engineer or move finalized assessments, so a merge would reach the other laptops only in part. Mark the pair and merge when this is built.');
  }
}

function updatedAt(raw: RawDb, id: string): string {
  return raw.prepare('SELECT updated_at FROM engineers WHERE id = ?').pluck().get(id) as string;
}

export function duplicatesHandlers({ bench, raw }: ServiceContext): HandlersFor<typeof duplicatesApi> {
  let cache: { version: number; minScore: number; pairs: DuplicatePair[]; names: Record<string, string> } | undefined;

  function preview(keep: string, other: string): MergePreview {
    const [k, o] = [keep, other].map((id) => {
      const e = readEngineers(raw, [id])[0];
      if (!e) throw noEngineer(id, id === keep ? '/keep' : '/other');
      return e;
    }) as [MergePreview['keep'], MergePreview['other']];
    const input = { keep: k, other: o, keepUpdatedAt: updatedAt(raw, keep), otherUpdatedAt: updatedAt(raw, other) };
    return { ...input, defaults: defaultChoices(input) };
  }

  return {
    findDuplicates({ minScore = DEFAULT_MIN_SCORE }) {
      if (!cache || cache.version !== bench.version || cache.minScore !== minScore) {
        const version = bench.version;
        const engineers = bench.snapshot().engineers ?? [];
        const pairs = findDuplicates(engineers, { minScore, skip: notDuplicateKeys(raw) });
        const wanted = new Set(pairs.flatMap((p) => [p.a, p.b]));
        const names = Object.fromEntries(engineers.filter((e) => wanted.has(e.id)).map((e) => [e.id, e.name]));
        cache = { version, minScore, pairs, names };
      }
      return { pairs: cache.pairs, names: cache.names };
    },
    mergePreview({ keep, other }) {
      return preview(keep, other);
    },
    mergeEngineers({ keep, other, choices }, ctx) {
      refuseOnTeam(raw, 'merging two records');
      const p = preview(keep, other);
      const merged = mergedEngineer(p, choices);
      const { mergeId, counts } = raw.transaction(() => mergeRecords(raw, merged, other, ctx.actor)).immediate();
      return { mergeId, kept: keep, merged: other, counts };
    },
    unmerge({ mergeId }, ctx) {
      refuseOnTeam(raw, 'undoing a merge');
      const m = readMerge(raw, mergeId);
      if (!m) throw notFound('merge', mergeId, '/mergeId');
      const problem = unmergeProblem(raw, m);
      if (problem) throw new ApiError('conflict', problem);
      raw.transaction(() => unmergeRecords(raw, mergeId, ctx.actor)).immediate();
      return { mergeId, kept: m.keptId, restored: m.mergedId };
    },
    setNotDuplicate({ a, b, notDuplicate }, ctx) {
      raw.transaction(() => setNotDuplicate(raw, a, b, notDuplicate, ctx.actor)).immediate();
      return { a, b, notDuplicate };
    },
  };
}
