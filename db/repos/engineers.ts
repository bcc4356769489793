// Engineers in bench-file form for the Bench table's first rows (async Kysely: read while the whole
// list loads). Writes go through the bench writer.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Engineer } from '../../shared/bench/schema';
import { sql } from 'kysely';
import type { Database } from '../database';
import { NOT_AMENDED } from './bench-reader';
import { toAssessment, toEngineer, toSkill } from './rows';

const notArchived = (eb: ExpressionBuilder<Database, 'engineers'>) => eb.or([eb('archived', 'is', null), eb('archived', '=', 0)]);

export async function getEngineer(db: Kysely<Database>, id: string): Promise<Engineer | undefined> {
  const row = await db.selectFrom('engineers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [skills, assessments] = await Promise.all([
    db.selectFrom('engineer_skills').selectAll().where('engineer_pk', '=', row.pk).orderBy('position').execute(),
    db.selectFrom('assessments as a').selectAll().where('engineer_pk', '=', row.pk).where('status', '=', 'final').where(sql<boolean>`${sql.raw(NOT_AMENDED)}`).orderBy('position').orderBy('pk').execute(),
  ]);
  return toEngineer(row, skills.map(toSkill), assessments.map(toAssessment));
}

export interface ListEngineersOptions {
  includeArchived?: boolean;
  limit?: number;
  offset?: number;
  /** Bench order (pk, the default) or id order (the Bench table's). */
  orderBy?: 'pk' | 'id';
}

/** Engineers in bench (or id) order; archived ones only when asked. */
export async function listEngineers(db: Kysely<Database>, opts: ListEngineersOptions = {}): Promise<Engineer[]> {
  let q = db.selectFrom('engineers').selectAll().orderBy(opts.orderBy ?? 'pk');
  if (!opts.includeArchived) q = q.where(notArchived);
  if (opts.limit !== undefined) q = q.limit(opts.limit).offset(opts.offset ?? 0);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const pks = rows.map((r) => r.pk);
  const [skills, assessments] = await Promise.all([
    db.selectFrom('engineer_skills').selectAll().where('engineer_pk', 'in', pks).orderBy('engineer_pk').orderBy('position').execute(),
    db.selectFrom('assessments as a').selectAll().where('engineer_pk', 'in', pks).where('status', '=', 'final').where(sql<boolean>`${sql.raw(NOT_AMENDED)}`).orderBy('engineer_pk').orderBy('position').orderBy('pk').execute(),
  ]);
  const skillsBy = new Map<number, ReturnType<typeof toSkill>[]>();
  for (const s of skills) (skillsBy.get(s.engineer_pk) ?? skillsBy.set(s.engineer_pk, []).get(s.engineer_pk)!).push(toSkill(s));
  const assessBy = new Map<number, ReturnType<typeof toAssessment>[]>();
  for (const a of assessments) (assessBy.get(a.engineer_pk) ?? assessBy.set(a.engineer_pk, []).get(a.engineer_pk)!).push(toAssessment(a));
  return rows.map((r) => toEngineer(r, skillsBy.get(r.pk) ?? [], assessBy.get(r.pk) ?? []));
}

/** How many engineers listEngineers would give without a limit. */
export async function countEngineers(db: Kysely<Database>, opts: Pick<ListEngineersOptions, 'includeArchived'> = {}): Promise<number> {
  let q = db.selectFrom('engineers').select((eb) => eb.fn.countAll<number>().as('n'));
  if (!opts.includeArchived) q = q.where(notArchived);
  return Number((await q.executeTakeFirstOrThrow()).n);
}
