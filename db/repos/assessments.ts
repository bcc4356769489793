// Assessments: imported ones are final; the app records drafts, finalizes them, and corrects a final
// assessment by finalizing a new one that amends it (the original stays on record).
import type { Kysely } from 'kysely';
import { ApiError } from '../../shared/api/errors';
import { assessmentSchema, type Assessment } from '../../shared/bench/schema';
import type { AssessmentRow, Database } from '../database';
import { assessmentValues, ASSESSMENT_COLUMNS, toAssessment } from './rows';
import { appendChange } from './change-log';

export interface StoredAssessment {
  pk: number;
  status: 'draft' | 'final';
  amendsPk: number | null;
  createdBy: string;
  createdAt: string;
  finalizedAt: string | null;
  assessment: Assessment;
}

const stored = (r: AssessmentRow): StoredAssessment => ({
  pk: r.pk, status: r.status, amendsPk: r.amends_pk, createdBy: r.created_by, createdAt: r.created_at, finalizedAt: r.finalized_at, assessment: toAssessment(r),
});

async function engineerPk(db: Kysely<Database>, engineerId: string): Promise<number> {
  const row = await db.selectFrom('engineers').select('pk').where('id', '=', engineerId).executeTakeFirst();
  if (!row) throw new ApiError('not_found', `No engineer with id "${engineerId}"`);
  return row.pk;
}

export async function listAssessments(db: Kysely<Database>, engineerId: string, opts: { includeDrafts?: boolean } = {}): Promise<StoredAssessment[]> {
  const pk = await engineerPk(db, engineerId);
  let q = db.selectFrom('assessments').selectAll().where('engineer_pk', '=', pk).orderBy('position').orderBy('pk');
  if (!opts.includeDrafts) q = q.where('status', '=', 'final');
  return (await q.execute()).map(stored);
}

export async function getAssessment(db: Kysely<Database>, pk: number): Promise<StoredAssessment | undefined> {
  const row = await db.selectFrom('assessments').selectAll().where('pk', '=', pk).executeTakeFirst();
  return row ? stored(row) : undefined;
}

/** Records an assessment as a draft (or final at once). `amendsPk` marks it as the correction of a final one. */
export async function addAssessment(
  db: Kysely<Database>, engineerId: string, input: Assessment, opts: { actor: string; status?: 'draft' | 'final'; amendsPk?: number },
): Promise<StoredAssessment> {
  const a = assessmentSchema.parse(input);
  const pk = await engineerPk(db, engineerId);
  const now = new Date().toISOString();
  const status = opts.status ?? 'draft';
  const values = assessmentValues(a);
  const row = Object.fromEntries(ASSESSMENT_COLUMNS.map((c, i) => [c, values[i]])) as Pick<AssessmentRow, (typeof ASSESSMENT_COLUMNS)[number]>;
  const last = await db.selectFrom('assessments').select((eb) => eb.fn.max('position').as('p')).where('engineer_pk', '=', pk).executeTakeFirst();
  const inserted = await db.insertInto('assessments').values({
    ...row, engineer_pk: pk, position: (last?.p ?? -1) + 1, status, amends_pk: opts.amendsPk ?? null,
    created_at: now, created_by: opts.actor, finalized_at: status === 'final' ? now : null,
  }).returningAll().executeTakeFirstOrThrow();
  await db.updateTable('engineers').set({ has_assessments: 1, updated_at: now }).where('pk', '=', pk).execute();
  appendChange(db, { actor: opts.actor, action: 'create', entity: 'assessment', entityId: engineerId, detail: { pk: inserted.pk, status } });
  return stored(inserted);
}

/** Finalizes a draft: from then on it is part of the bench (snapshot, export, matching). */
export async function finalizeAssessment(db: Kysely<Database>, pk: number, actor: string): Promise<StoredAssessment> {
  const now = new Date().toISOString();
  const row = await db.updateTable('assessments').set({ status: 'final', finalized_at: now }).where('pk', '=', pk).where('status', '=', 'draft').returningAll().executeTakeFirst();
  if (!row) throw new ApiError('conflict', `Assessment ${pk} is not a draft (or does not exist)`);
  appendChange(db, { actor, action: 'finalize', entity: 'assessment', entityId: String(pk) });
  return stored(row);
}
