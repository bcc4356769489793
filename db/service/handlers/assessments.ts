// Vetting handlers. The rules they hold: a draft can change, a finalized record never does (every path
// that would alter or delete one refuses with 'refused' and says what to do instead); a correction is
// an amendment, a new record that points at the one it corrects and supersedes it once finalized; every
// action goes to the change log with ids and field names only.
import type { AssessmentRecord, assessmentsApi } from '../../../shared/api/assessments';
import type { CallContext, HandlersFor } from '../../../shared/api/define';
import { ApiError, problem, type KeyedText } from '../../../shared/api/errors';
import { noAssessment, noEngineer } from '../not-found';
import type { Seniority, VettingStatus } from '../../../shared/bench/schema';
import { todayLocal } from '../../../shared/bench/dates';
import { checkDraft, type AssessmentDraft } from '../../../shared/vetting/draft';
import { rubricMedians, type RubricMedians } from '../../../shared/vetting/median';
import { daysBetween, orderQueue, QUEUE_STATUSES, type QueueEntry } from '../../../shared/vetting/queue';
import type { AssessmentRow } from '../../database';
import {
  assessmentSummaries, deleteDraftRow, draftAmendmentOf, engineerPkOf, finalizeRow, insertDraft, nextAssessmentId, refOf,
  rowAsDraft, rowAssessment, rowByPk, rowByRef, rowsOfEngineer, supersedingRow, updateDraft,
} from '../../repos/assessments-edit';
import { appendChange } from '../../repos/change-log';
import { engineerIdOfPk, readQueueEngineers, readQueueSkills, readVettingStatus, writeVettingStatus } from '../../repos/engineer-facts';
import type { ServiceContext } from '../context';
import { readSettings } from './settings';

/** "cannot be changed / deleted / finalized again", per attempt on a finalized record. */
const FINAL_REFUSALS = {
  changed: 'errors:assessment.finalNotChanged',
  deleted: 'errors:assessment.finalNotDeleted',
  finalizedAgain: 'errors:assessment.finalNotAgain',
} as const satisfies Record<string, KeyedText['key']>;

export function assessmentsHandlers(svc: ServiceContext): HandlersFor<typeof assessmentsApi> {
  const { raw } = svc;
  let medianCache: { version: number; bySeniority: Map<Seniority, RubricMedians> } | undefined;

  /** Who acts: the user's name from Settings when set (what the change log should say), else the transport's actor. */
  const who = (ctx: CallContext) => readSettings(svc).userName ?? ctx.actor;

  const engineerPk = (engineerId: string, where = '/engineerId'): number => {
    const pk = engineerPkOf(raw, engineerId);
    if (pk === undefined) throw noEngineer(engineerId, where);
    return pk;
  };
  const rowOf = (ref: string): AssessmentRow => {
    const r = rowByRef(raw, ref);
    if (!r) throw noAssessment(ref, '/ref');
    return r;
  };
  /** The end of a correction chain: the version that is current now. */
  const currentOf = (r: AssessmentRow): AssessmentRow => {
    let cur = r;
    for (let sup = supersedingRow(raw, cur.pk); sup; sup = supersedingRow(raw, cur.pk)) cur = sup;
    return cur;
  };
  const engineerIdOf = (pk: number) => engineerIdOfPk(raw, pk)!;
  const refusedFinal = (r: AssessmentRow, doing: 'changed' | 'deleted' | 'finalizedAgain') =>
    ApiError.keyed('refused', { key: FINAL_REFUSALS[doing], params: { ref: refOf(r), on: r.finalized_at?.slice(0, 10) ?? '' } }, { key: 'errors:assessment.finalHint' });

  function toRecord(r: AssessmentRow, engineerId = engineerIdOf(r.engineer_pk)): AssessmentRecord {
    const sup = r.status === 'final' ? supersedingRow(raw, r.pk) : undefined;
    const amended = r.amends_pk !== null ? rowByPk(raw, r.amends_pk) : undefined;
    return {
      ref: refOf(r),
      engineerId,
      status: r.status,
      assessment: rowAssessment(r),
      ...(amended ? { amends: refOf(amended) } : {}),
      ...(sup ? { supersededBy: refOf(sup) } : {}),
      createdAt: r.created_at,
      createdBy: r.created_by,
      ...(r.finalized_at ? { finalizedAt: r.finalized_at } : {}),
    };
  }

  /** The draft rules the schema cannot check alone; problems placed under /draft. */
  function validated(draft: unknown): AssessmentDraft {
    const c = checkDraft(draft, todayLocal());
    if (!c.ok) {
      const problems = c.problems.map((p) => ({ ...p, where: `/draft${p.where === '/' ? '' : p.where}` }));
      throw ApiError.keyed('invalid_input', { key: 'errors:assessment.refused', params: { count: problems.length } }, undefined, problems);
    }
    return c.draft;
  }

  return {
    listAssessments({ engineerId }) {
      const pk = engineerPk(engineerId);
      return rowsOfEngineer(raw, pk)
        .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.pk - b.pk))
        .map((r) => toRecord(r, engineerId));
    },

    saveDraft({ engineerId, ref, draft }, ctx) {
      const pk = engineerPk(engineerId);
      const clean = validated(draft);
      const actor = who(ctx);
      return raw.transaction(() => {
        if (ref === undefined) {
          const id = nextAssessmentId(raw, engineerId, pk);
          const apk = insertDraft(raw, { engineerPk: pk, id, draft: clean, amendsPk: null, actor, now: new Date().toISOString() });
          appendChange(raw, { actor, action: 'create_draft', entity: 'assessment', entityId: id, detail: { engineer: engineerId } });
          return toRecord(rowByPk(raw, apk)!, engineerId);
        }
        const row = rowOf(ref);
        if (row.engineer_pk !== pk) throw ApiError.keyed('invalid_input', { key: 'errors:assessment.otherEngineer', params: { ref } }, undefined, [problem('/ref', { key: 'errors:assessment.notTheirs', params: { id: engineerId } })]);
        if (row.status === 'final') throw refusedFinal(row, 'changed');
        const before = rowAssessment(row);
        updateDraft(raw, row.pk, clean);
        const after = rowAssessment(rowByPk(raw, row.pk)!);
        const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
        const fields = [...keys].filter((k) => JSON.stringify(before[k as keyof typeof before]) !== JSON.stringify(after[k as keyof typeof after])).sort();
        if (fields.length) appendChange(raw, { actor, action: 'edit_draft', entity: 'assessment', entityId: ref, detail: { fields } });
        return toRecord(rowByPk(raw, row.pk)!, engineerId);
      }).immediate();
    },

    discardDraft({ ref }, ctx) {
      return raw.transaction(() => {
        const row = rowOf(ref);
        if (row.status === 'final') throw refusedFinal(row, 'deleted');
        deleteDraftRow(raw, row.pk);
        appendChange(raw, { actor: who(ctx), action: 'discard_draft', entity: 'assessment', entityId: ref, detail: { engineer: engineerIdOf(row.engineer_pk) } });
        return { ref };
      }).immediate();
    },

    finalizeAssessment({ ref }, ctx) {
      return raw.transaction(() => {
        const row = rowOf(ref);
        if (row.status === 'final') throw refusedFinal(row, 'finalizedAgain');
        validated(rowAsDraft(row));
        if (row.amends_pk !== null) {
          const sup = supersedingRow(raw, row.amends_pk);
          if (sup) throw ApiError.keyed('conflict', { key: 'errors:assessment.amendsCorrected', params: { by: refOf(sup) } }, { key: 'errors:assessment.amendsCorrectedHint', params: { current: refOf(currentOf(sup)) } }, [problem('/ref', { key: 'errors:assessment.amendsSuperseded' })]);
          // The reason is what a later reader of the history needs; the form asks for it, and so does every
          // other caller (CLI scripts, the library), since a finalized amendment cannot be changed.
          if (!row.amend_reason?.trim()) throw ApiError.keyed('invalid_input', { key: 'errors:assessment.amendReasonMissing', params: { ref } }, undefined, [problem('/amendReason', { key: 'errors:assessment.amendReasonNeeded' })]);
        }
        finalizeRow(raw, row.pk, new Date().toISOString());
        const amended = row.amends_pk !== null ? rowByPk(raw, row.amends_pk) : undefined;
        appendChange(raw, { actor: who(ctx), action: amended ? 'finalize_amendment' : 'finalize', entity: 'assessment', entityId: ref, detail: { engineer: engineerIdOf(row.engineer_pk), ...(amended ? { amends: refOf(amended) } : {}) } });
        return toRecord(rowByPk(raw, row.pk)!);
      }).immediate();
    },

    startAmendment({ ref }, ctx) {
      return raw.transaction(() => {
        const row = rowOf(ref);
        if (row.status === 'draft') throw ApiError.keyed('refused', { key: 'errors:assessment.stillDraft', params: { ref } }, undefined, [problem('/ref', { key: 'errors:assessment.aDraft' })]);
        const sup = supersedingRow(raw, row.pk);
        if (sup) throw ApiError.keyed('refused', { key: 'errors:assessment.corrected', params: { ref, by: refOf(sup) } }, { key: 'errors:assessment.amendCurrent', params: { current: refOf(currentOf(sup)) } }, [problem('/ref', { key: 'errors:assessment.superseded' })]);
        const open = draftAmendmentOf(raw, row.pk);
        if (open) return toRecord(open);
        const engineerId = engineerIdOf(row.engineer_pk);
        const actor = who(ctx);
        const id = nextAssessmentId(raw, engineerId, row.engineer_pk);
        const apk = insertDraft(raw, { engineerPk: row.engineer_pk, id, draft: rowAsDraft(row), amendsPk: row.pk, actor, now: new Date().toISOString() });
        appendChange(raw, { actor, action: 'start_amendment', entity: 'assessment', entityId: id, detail: { engineer: engineerId, amends: ref } });
        return toRecord(rowByPk(raw, apk)!, engineerId);
      }).immediate();
    },

    setVettingStatus({ engineerId, status, fromAssessment }, ctx) {
      return raw.transaction(() => {
        const pk = engineerPk(engineerId);
        const row = rowByRef(raw, fromAssessment);
        if (!row) throw noAssessment(fromAssessment, '/fromAssessment');
        if (row.engineer_pk !== pk) throw ApiError.keyed('invalid_input', { key: 'errors:assessment.otherEngineer', params: { ref: fromAssessment } }, undefined, [problem('/fromAssessment', { key: 'errors:assessment.notTheirs', params: { id: engineerId } })]);
        if (row.status !== 'final') throw ApiError.keyed('refused', { key: 'errors:assessment.statusFromDraft', params: { ref: fromAssessment } }, undefined, [problem('/fromAssessment', { key: 'errors:assessment.aDraft' })]);
        const sup = supersedingRow(raw, row.pk);
        if (sup) throw ApiError.keyed('refused', { key: 'errors:assessment.statusFromCorrected', params: { ref: fromAssessment, by: refOf(sup), current: refOf(currentOf(sup)) } }, undefined, [problem('/fromAssessment', { key: 'errors:assessment.superseded' })]);
        const from = readVettingStatus(raw, pk);
        writeVettingStatus(raw, pk, status);
        appendChange(raw, { actor: who(ctx), action: 'set_vetting_status', entity: 'engineer', entityId: engineerId, detail: { from, to: status, assessment: fromAssessment } });
        return { engineerId, from, to: status };
      }).immediate();
    },

    vettingQueue() {
      const today = todayLocal();
      const summaries = assessmentSummaries(raw);
      const rows = readQueueEngineers(raw, QUEUE_STATUSES);
      const skills = readQueueSkills(raw, QUEUE_STATUSES);
      const entries: QueueEntry[] = rows.map((r) => {
        const s = summaries.get(r.pk);
        // The wait starts when they entered sourcing; a bench that does not say counts from when they were added.
        const since = r.sourced_date ?? r.created_at.slice(0, 10);
        return {
          engineerId: r.id,
          name: r.name,
          seniority: r.seniority as Seniority,
          ...(r.primary_role ? { primaryRole: r.primary_role } : {}),
          country: r.country,
          status: r.vetting_status as VettingStatus,
          since,
          daysWaiting: daysBetween(since, today),
          drafts: s?.drafts ?? 0,
          ...(s?.lastFinal ? { lastAssessed: s.lastFinal } : {}),
          skills: skills.get(r.pk) ?? [],
          assessors: s?.assessors ?? [],
        };
      });
      return orderQueue(entries);
    },

    rubricMedians({ seniority }) {
      if (medianCache?.version !== svc.bench.version) medianCache = { version: svc.bench.version, bySeniority: new Map() };
      let m = medianCache.bySeniority.get(seniority);
      if (!m) {
        m = rubricMedians(svc.bench.snapshot().engineers ?? [], seniority);
        medianCache.bySeniority.set(seniority, m);
      }
      return m;
    },
  };
}
