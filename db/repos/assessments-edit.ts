// Single-assessment writes for the vetting form: drafts, finalization, amendments. Every statement that
// changes content carries `status = 'draft'` in its WHERE clause, so a finalized row cannot be altered
// through this file even if a caller forgot to check first (the handlers check too, to explain why).
import type { Assessment } from '../../shared/bench/schema';
import type { AssessmentDraft } from '../../shared/vetting/draft';
import type { RawDb } from '../connection';
import type { AssessmentRow } from '../database';
import { toAssessment } from './rows';

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

/** The public handle of a row: its id, or "@pk" for an imported record without one. */
export const refOf = (r: Pick<AssessmentRow, 'id' | 'pk'>): string => r.id ?? `@${r.pk}`;

export function engineerPkOf(raw: RawDb, engineerId: string): number | undefined {
  return (raw.prepare('SELECT pk FROM engineers WHERE id = ?').get(engineerId) as { pk: number } | undefined)?.pk;
}

export function rowByRef(raw: RawDb, ref: string): AssessmentRow | undefined {
  const m = /^@(\d+)$/.exec(ref);
  if (m) return raw.prepare('SELECT * FROM assessments WHERE pk = ? AND id IS NULL').get(Number(m[1])) as AssessmentRow | undefined;
  return raw.prepare('SELECT * FROM assessments WHERE id = ?').get(ref) as AssessmentRow | undefined;
}

export function rowByPk(raw: RawDb, pk: number): AssessmentRow | undefined {
  return raw.prepare('SELECT * FROM assessments WHERE pk = ?').get(pk) as AssessmentRow | undefined;
}

/** Every row of one engineer, drafts included, in recording order. */
export function rowsOfEngineer(raw: RawDb, engineerPk: number): AssessmentRow[] {
  return raw.prepare('SELECT * FROM assessments WHERE engineer_pk = ? ORDER BY pk').all(engineerPk) as AssessmentRow[];
}

/** The finalized amendment that supersedes a row, if any. */
export function supersedingRow(raw: RawDb, pk: number): AssessmentRow | undefined {
  return raw.prepare("SELECT * FROM assessments WHERE amends_pk = ? AND status = 'final' ORDER BY pk LIMIT 1").get(pk) as AssessmentRow | undefined;
}

/** An open draft amendment of a row, if any. */
export function draftAmendmentOf(raw: RawDb, pk: number): AssessmentRow | undefined {
  return raw.prepare("SELECT * FROM assessments WHERE amends_pk = ? AND status = 'draft' ORDER BY pk LIMIT 1").get(pk) as AssessmentRow | undefined;
}

/**
 * A new id, "<engineer id>-a<n>" like the demo bench's, with n one past every number in use, so ids sort
 * (numeric-aware) in recording order and the later record wins a same-day tie in matching.md.
 */
export function nextAssessmentId(raw: RawDb, engineerId: string, engineerPk: number): string {
  const prefix = `${engineerId}-a`;
  const tag = teamTag(raw);
  let n = (raw.prepare('SELECT COUNT(*) AS n FROM assessments WHERE engineer_pk = ?').get(engineerPk) as { n: number }).n + 1;
  const taken = raw.prepare('SELECT 1 FROM assessments WHERE id = ?');
  const make = (k: number) => (prefix.length + String(k).length + tag.length <= 64 ? `${prefix}${k}${tag}` : `a${engineerPk}-${k}${tag}`);
  while (taken.get(make(n))) n++;
  return make(n);
}

/**
 * On a team bench two laptops number a new assessment alike (n is counted locally), so the id takes this
 * laptop's node suffix (".k3x9q2ab"): assessments sync by id and two records must never share one.
 */
function teamTag(raw: RawDb): string {
  const row = raw.prepare("SELECT (SELECT value FROM sync_state WHERE key = 'capture') AS capture, (SELECT value FROM sync_state WHERE key = 'node') AS node").get() as { capture: string | null; node: string | null };
  if (row.capture !== '1' || !row.node) return '';
  return `.${row.node.slice(row.node.lastIndexOf('.') + 1).replace(/[^A-Za-z0-9_-]/g, '').slice(0, 12)}`;
}

function draftValues(d: AssessmentDraft): unknown[] {
  return [
    d.date, d.kind, d.assessor.trim(), json(d.scores && Object.keys(d.scores).length ? d.scores : undefined),
    json(d.verifiedSkills?.length ? d.verifiedSkills : undefined), d.englishLevel ?? null,
    json(d.redFlags?.length ? d.redFlags : undefined), d.recommendation ?? null, d.recommendedSeniority ?? null,
    d.notes?.length ? d.notes : null,
  ];
}

const CONTENT = 'date, kind, assessor, scores, verified_skills, english_level, red_flags, recommendation, recommended_seniority, notes';

export function insertDraft(raw: RawDb, a: { engineerPk: number; id: string; draft: AssessmentDraft; amendsPk: number | null; actor: string; now: string }): number {
  const position = (raw.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS p FROM assessments WHERE engineer_pk = ?').get(a.engineerPk) as { p: number }).p;
  return Number(
    raw
      .prepare(`INSERT INTO assessments (id, engineer_pk, position, ${CONTENT}, status, amends_pk, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)`)
      .run(a.id, a.engineerPk, position, ...draftValues(a.draft), a.amendsPk, a.now, a.actor).lastInsertRowid,
  );
}

/** Replaces a draft's content; returns false when the row is not (or no longer) a draft. */
export function updateDraft(raw: RawDb, pk: number, draft: AssessmentDraft): boolean {
  const set = CONTENT.split(', ').map((c) => `${c} = ?`).join(', ');
  return raw.prepare(`UPDATE assessments SET ${set} WHERE pk = ? AND status = 'draft'`).run(...draftValues(draft), pk).changes === 1;
}

export function finalizeRow(raw: RawDb, pk: number, now: string): boolean {
  return raw.prepare("UPDATE assessments SET status = 'final', finalized_at = ? WHERE pk = ? AND status = 'draft'").run(now, pk).changes === 1;
}

export function deleteDraftRow(raw: RawDb, pk: number): boolean {
  return raw.prepare("DELETE FROM assessments WHERE pk = ? AND status = 'draft'").run(pk).changes === 1;
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
export function assessmentSummaries(raw: RawDb): Map<number, { drafts: number; lastFinal: string | null }> {
  const out = new Map<number, { drafts: number; lastFinal: string | null }>();
  const rows = raw
    .prepare("SELECT engineer_pk AS pk, SUM(status = 'draft') AS drafts, MAX(CASE WHEN status = 'final' THEN date END) AS lastFinal FROM assessments GROUP BY engineer_pk")
    .all() as { pk: number; drafts: number; lastFinal: string | null }[];
  for (const r of rows) out.set(r.pk, { drafts: r.drafts, lastFinal: r.lastFinal });
  return out;
}
