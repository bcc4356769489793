// Random edits a person makes in the app, as data for the property test: each names its laptop and its
// target by index, resolved against that laptop's bench when it runs (so any sequence is valid). They
// go through the service API, the path the screens take.
import fc from 'fast-check';
import type { Bench } from '../../../db/service/bench-service';
import { SHORTLIST_STATUSES, VETTING_STATUSES } from '../../../shared/bench/schema';

export type Edit =
  | { k: 'engineer'; r: number; i: number; field: 'summary' | 'primaryRole' | 'bill' | 'tags' | 'archived' | 'vetting'; v: number }
  | { k: 'client'; r: number; i: number; v: number }
  | { k: 'shortlistAdd'; r: number; role: number; eng: number }
  | { k: 'shortlistRemove'; r: number; s: number; e: number }
  | { k: 'reorder'; r: number; s: number; seed: number }
  | { k: 'entry'; r: number; s: number; e: number; v: number }
  | { k: 'assess'; r: number; i: number; v: number }
  | { k: 'sync'; r: number };

/** Edits on `replicas` laptops; small indices on purpose, so laptops often touch the same record and field. */
export function editArb(replicas: number): fc.Arbitrary<Edit> {
  const r = fc.integer({ min: 0, max: replicas - 1 });
  const i = fc.integer({ min: 0, max: 3 });
  const v = fc.integer({ min: 0, max: 4 });
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ k: fc.constant('engineer' as const), r, i, field: fc.constantFrom('summary', 'primaryRole', 'bill', 'tags', 'archived', 'vetting'), v }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('client' as const), r, i, v }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('shortlistAdd' as const), r, role: i, eng: fc.integer({ min: 0, max: 7 }) }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('shortlistRemove' as const), r, s: i, e: i }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('reorder' as const), r, s: i, seed: fc.integer() }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('entry' as const), r, s: i, e: i, v }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('assess' as const), r, i, v }) },
    { weight: 4, arbitrary: fc.record({ k: fc.constant('sync' as const), r }) },
  );
}

const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

/** Runs one edit on its laptop. Refusals of the service (e.g. a stale target) are part of normal use. */
export async function runEdit(b: Bench, edit: Edit): Promise<void> {
  const bench = b.snapshot();
  const engineers = bench.engineers ?? [];
  switch (edit.k) {
    case 'sync':
      await b.call('syncNow', {}).catch(() => undefined);
      return;
    case 'engineer': {
      const target = pick(engineers, edit.i);
      if (!target) return;
      const { id, assessments: _a, ...profile } = await b.call('getEngineer', { id: target.id });
      const v = edit.v;
      const next = { ...profile };
      if (edit.field === 'summary') next.summary = `Summary ${v} from laptop ${edit.r}`;
      if (edit.field === 'primaryRole') next.primaryRole = ['Backend', 'Data', 'ML', 'Frontend', 'DevOps'][v];
      if (edit.field === 'bill') next.rate = { ...next.rate, billPerHour: 40 + v * 5 };
      if (edit.field === 'tags') next.tags = v === 0 ? [] : [`tag-${v}`, `laptop-${edit.r}`];
      if (edit.field === 'archived') next.archived = v % 2 === 1;
      if (edit.field === 'vetting') next.vettingStatus = VETTING_STATUSES[v % VETTING_STATUSES.length];
      await b.call('updateEngineer', { id, profile: next });
      return;
    }
    case 'client': {
      const c = pick(bench.clients ?? [], edit.i);
      if (!c) return;
      await b.call('saveClient', { client: { ...c, notes: `Notes ${edit.v} by laptop ${edit.r}` } });
      return;
    }
    case 'shortlistAdd': {
      const role = pick(bench.roles ?? [], edit.role);
      const eng = pick(engineers.filter((e) => !e.archived), edit.eng);
      if (!role || !eng) return;
      await b.call('addToShortlist', { roleId: role.id, engineerId: eng.id });
      return;
    }
    case 'shortlistRemove': {
      const s = pick(bench.shortlists ?? [], edit.s);
      const e = s && pick(s.entries ?? [], edit.e);
      if (!s || !e) return;
      await b.call('removeFromShortlist', { shortlistId: s.id, engineerId: e.engineerId });
      return;
    }
    case 'reorder': {
      const s = pick(bench.shortlists ?? [], edit.s);
      if (!s || (s.entries ?? []).length < 2) return;
      const ids = (s.entries ?? []).map((e) => e.engineerId);
      const shuffled = fc.sample(fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }), { seed: edit.seed, numRuns: 1 })[0]!;
      await b.call('reorderShortlist', { shortlistId: s.id, engineerIds: shuffled });
      return;
    }
    case 'entry': {
      const s = pick(bench.shortlists ?? [], edit.s);
      const e = s && pick(s.entries ?? [], edit.e);
      if (!s || !e) return;
      await b.call('updateShortlistEntry', { shortlistId: s.id, engineerId: e.engineerId, status: SHORTLIST_STATUSES[edit.v], note: `Pitch ${edit.v} from laptop ${edit.r}` });
      return;
    }
    case 'assess': {
      const target = pick(engineers, edit.i);
      if (!target) return;
      const d = await b.call('saveDraft', {
        engineerId: target.id,
        draft: { date: '2026-01-10', kind: 'technical_interview', assessor: `Lead ${edit.r}`, scores: { systemDesign: 1 + edit.v }, recommendation: 'yes' },
      });
      await b.call('finalizeAssessment', { ref: d.ref });
      return;
    }
  }
}
