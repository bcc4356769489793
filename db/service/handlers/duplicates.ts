// Duplicate detection over the bench snapshot (kept until the bench changes), pairs marked "not a
// duplicate" left out; merge and unmerge in one transaction each, logged (repos/merge.ts), and on a team
// bench recorded as a change that every laptop applies whole (team/local/merge.ts).
import { noEngineer, notFound } from '../not-found';
import type { DuplicatePair, duplicatesApi, MergePreview } from '../../../shared/api/duplicates';
import type { HandlersFor } from '../../../shared/api/define';
import { ApiError, problem } from '../../../shared/api/errors';
import { DEFAULT_MIN_SCORE, findDuplicates } from '../../../shared/duplicates/detect';
import { defaultChoices, mergedEngineer } from '../../../shared/duplicates/merge';
import type { RawDb } from '../../connection';
import { readEngineers } from '../../repos/bench-reader';
import { changesSinceMerge, mergeRecords, notDuplicateKeys, readMerge, setNotDuplicate, unmergeProblem, unmergeRecords } from '../../repos/merge';
import { getState } from '../../team/local';
import { BaseStore } from '../../team/local/base';
import { mergeOnTeam, unmergeOnTeam } from '../../team/local/merge';
import { roleText } from '../../team/server-words';
import { MERGE_ENTITY } from '../../../shared/team/fields';
import { isTeamRole, mayWrite } from '../../../shared/team/permissions';
import type { ServiceContext } from '../context';

/**
 * On a team bench a merge and its undo travel as a `merge` change (db/team/local/merge.ts); the role
 * must hold the merge grant (shared/team/permissions.ts), as the server will check. Returns whether
 * the bench is on a team.
 */
function teamMayMerge(raw: RawDb, field: 'record' | 'undone'): boolean {
  const { capture, role } = getState(raw);
  if (!capture) return false;
  if (!isTeamRole(role) || !mayWrite(role, MERGE_ENTITY, field, field === 'record' ? 'create' : 'change')) {
    throw ApiError.keyed('refused', { key: 'errors:team.mergeNotAllowedHere', params: { role: roleText(role ?? 'none') } }, { key: 'errors:team.mergeAskSomeone' });
  }
  return true;
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
      const onTeam = teamMayMerge(raw, 'record');
      const p = preview(keep, other);
      const merged = mergedEngineer(p, choices);
      const { mergeId, counts } = raw.transaction(() => (onTeam ? mergeOnTeam(raw, new BaseStore(raw), merged, other, ctx.actor) : mergeRecords(raw, merged, other, ctx.actor))).immediate();
      return { mergeId, kept: keep, merged: other, counts };
    },
    unmerge({ mergeId, discardLaterEdits }, ctx) {
      const onTeam = teamMayMerge(raw, 'undone');
      const m = readMerge(raw, mergeId);
      if (!m) throw notFound('merge', mergeId, '/mergeId');
      const blocker = unmergeProblem(raw, m);
      if (blocker) throw new ApiError('conflict', blocker);
      const since = changesSinceMerge(raw, m);
      if (since.count && !discardLaterEdits) {
        throw ApiError.keyed('conflict', { key: 'errors:merge.editedSince', params: { id: m.keptId, count: since.count, date: since.lastAt!.slice(0, 10) } }, { key: 'errors:merge.editedSinceHint' }, [problem('/discardLaterEdits', { key: 'errors:merge.confirmDiscard' })]);
      }
      raw.transaction(() => (onTeam ? unmergeOnTeam(raw, new BaseStore(raw), mergeId, ctx.actor) : unmergeRecords(raw, mergeId, ctx.actor))).immediate();
      return { mergeId, kept: m.keptId, restored: m.mergedId };
    },
    setNotDuplicate({ a, b, notDuplicate }, ctx) {
      raw.transaction(() => setNotDuplicate(raw, a, b, notDuplicate, ctx.actor)).immediate();
      return { a, b, notDuplicate };
    },
  };
}
