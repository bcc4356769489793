// Single-assessment writes for the vetting form: drafts, finalization, amendments. Every statement that
// changes content carries `status = 'draft'` in its WHERE clause, so a finalized row cannot be altered
// through this file even if a caller forgot to check first (the handlers check too, to explain why).
import { sql } from 'kysely';
import type { Assessment } from '../../shared/bench/schema';
import type { AssessmentDraft } from '../../shared/vetting/draft';
import type { RawDb } from '../connection';
import type { AssessmentRow } from '../database';
import { all, first, q, run } from './query';
import { toAssessment } from './rows';

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

/** The public handle of a row: its id, or "@pk" for an imported record without one. */
export const refOf = (r: Pick<AssessmentRow, 'id' | 'pk'>): string => r.id ?? `@${r.pk}`;

export function engineerPkOf(raw: RawDb, engineerId: string): number | undefined {
  return first(raw, q.selectFrom('engineers').select('pk').where('id', '=', engineerId))?.pk;
}

const rows = () => q.selectFrom('assessments').selectAll();

export function rowByRef(raw: RawDb, ref: string): AssessmentRow | undefined {
  const m = /^@(\d+)$/.exec(ref);
  if (m) return first(raw, rows().where('pk', '=', Number(m[1])).where('id', 'is', null));
  return first(raw, rows().where('id', '=', ref));
}

export function rowByPk(raw: RawDb, pk: number): AssessmentRow | undefined {
  return first(raw, rows().where('pk', '=', pk));
}

/** Every row of one engineer, drafts included, in recording order. */
export function rowsOfEngineer(raw: RawDb, engineerPk: number): AssessmentRow[] {
  return all(raw, rows().where('engineer_pk', '=', engineerPk).orderBy('pk'));
}

/** The finalized amendment that supersedes a row, if any. */
export function supersedingRow(raw: RawDb, pk: number): AssessmentRow | undefined {
  return first(raw, rows().where('amends_pk', '=', pk).where('status', '=', 'final').orderBy('pk').limit(1));
}

/** An open draft amendment of a row, if any. */
export function draftAmendmentOf(raw: RawDb, pk: number): AssessmentRow | undefined {
  return first(raw, rows().where('amends_pk', '=', pk).where('status', '=', 'draft').orderBy('pk').limit(1));
}

/**
 * A new id, "<engineer id>-a<n>" like the demo bench's, with n one past every number in use, so ids sort
 * (numeric-aware) in recording order and the later record wins a same-day tie in matching.md.
 */
export function nextAssessmentId(raw: RawDb, engineerId: string, engineerPk: number): string {
  const prefix = `${engineerId}-a`;
  const tag = teamTag(raw);
  let n = Number(first(raw, q.selectFrom('assessments').select((eb) => eb.fn.countAll<number>().as('n')).where('engineer_pk', '=', engineerPk))?.n ?? 0) + 1;
  const taken = (id: string) => first(raw, q.selectFrom('assessments').select('pk').where('id', '=', id)) !== undefined;
  const make = (k: number) => (prefix.length + String(k).length + tag.length <= 64 ? `${prefix}${k}${tag}` : `a${engineerPk}-${k}${tag}`);
  while (taken(make(n))) n++;
  return make(n);
}

/**
 * On a team bench two laptops number a new assessment alike (n is counted locally), so the id takes this
 * laptop's node suffix (".k3x9q2ab"): assessments sync by id and two records must never share one.
 */
export function teamTag(raw: RawDb): string {
  const row = raw.prepare("SELECT (SELECT value FROM sync_state WHERE key = 'capture') AS capture, (SELECT value FROM sync_state WHERE key = 'node') AS node").get() as { capture: string | null; node: string | null };
  if (row.capture !== '1' || !row.node) return '';
  return `.${row.node.slice(row.node.lastIndexOf('.') + 1).replace(/[^A-Za-z0-9_-]/g, '').slice(0, 12)}`;
}

/** A draft's content as column values. */
function draftColumns(d: AssessmentDraft) {
  return {
    date: d.date,
    kind: d.kind,
    assessor: d.assessor.trim(),
    scores: json(d.scores && Object.keys(d.scores).length ? d.scores : undefined),
    verified_skills: json(d.verifiedSkills?.length ? d.verifiedSkills : undefined),
    english_level: d.englishLevel ?? null,
    red_flags: json(d.redFlags?.length ? d.redFlags : undefined),
    recommendation: d.recommendation ?? null,
    recommended_seniority: d.recommendedSeniority ?? null,
    notes: d.notes?.length ? d.notes : null,
    amend_reason: d.amendReason?.trim() ? d.amendReason : null,
  };
}

export function insertDraft(raw: RawDb, a: { engineerPk: number; id: string; draft: AssessmentDraft; amendsPk: number | null; actor: string; now: string }): number {
  const position = first(raw, q.selectFrom('assessments').select(sql<number>`coalesce(max(position), -1) + 1`.as('p')).where('engineer_pk', '=', a.engineerPk))?.p ?? 0;
  return run(raw, q.insertInto('assessments').values({
    id: a.id, engineer_pk: a.engineerPk, position, ...draftColumns(a.draft), status: 'draft', amends_pk: a.amendsPk, created_at: a.now, created_by: a.actor,
  })).lastInsertRowid;
}

/** Replaces a draft's content; returns false when the row is not (or no longer) a draft. */
export function updateDraft(raw: RawDb, pk: number, draft: AssessmentDraft): boolean {
  return run(raw, q.updateTable('assessments').set(draftColumns(draft)).where('pk', '=', pk).where('status', '=', 'draft')).changes === 1;
}

export function finalizeRow(raw: RawDb, pk: number, now: string): boolean {
  return run(raw, q.updateTable('assessments').set({ status: 'final', finalized_at: now }).where('pk', '=', pk).where('status', '=', 'draft')).changes === 1;
}

export function deleteDraftRow(raw: RawDb, pk: number): boolean {
  return run(raw, q.deleteFrom('assessments').where('pk', '=', pk).where('status', '=', 'draft')).changes === 1;
}

/** The assessment content of a row as a draft (for an amendment's starting copy). */
export function rowAsDraft(r: AssessmentRow): AssessmentDraft {
  const { id: _id, ...rest } = toAssessment(r);
  return rest;
}

export function rowAssessment(r: AssessmentRow): Assessment {
  return toAssessment(r);
}

/** Draft counts and last finalized date per engineer pk, for the queue. */
export function assessmentSummaries(raw: RawDb): Map<number, { drafts: number; lastFinal: string | null; assessors: string[] }> {
  const out = new Map<number, { drafts: number; lastFinal: string | null; assessors: string[] }>();
  const summary = all(raw, q.selectFrom('assessments').select([
    'engineer_pk as pk',
    sql<number>`sum(status = 'draft')`.as('drafts'),
    sql<string | null>`max(case when status = 'final' then date end)`.as('lastFinal'),
  ]).groupBy('engineer_pk'));
  for (const r of summary) out.set(r.pk, { drafts: r.drafts, lastFinal: r.lastFinal, assessors: [] });
  // Who assessed each engineer, drafts included (the queue's assessor filter), in the order they first did.
  for (const r of all(raw, q.selectFrom('assessments').select(['engineer_pk as pk', 'assessor']).distinct().orderBy('engineer_pk').orderBy('assessor'))) {
    out.get(r.pk)?.assessors.push(r.assessor);
  }
  return out;
}
