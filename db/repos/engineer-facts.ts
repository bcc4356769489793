// Small reads and writes of engineer rows the service needs beside whole records: ids by key, the
// vetting status, and the vetting queue's candidates.
import { sql } from 'kysely';
import type { VettingStatus } from '../../shared/bench/schema';
import type { RawDb } from '../connection';
import { all, first, q, run } from './query';

export function engineerExists(raw: RawDb, id: string): boolean {
  return first(raw, q.selectFrom('engineers').select('pk').where('id', '=', id)) !== undefined;
}

export function engineerIdOfPk(raw: RawDb, pk: number): string | undefined {
  return first(raw, q.selectFrom('engineers').select('id').where('pk', '=', pk))?.id;
}

export function readVettingStatus(raw: RawDb, pk: number): VettingStatus | null {
  return (first(raw, q.selectFrom('engineers').select('vetting_status').where('pk', '=', pk))?.vetting_status ?? null) as VettingStatus | null;
}

export function writeVettingStatus(raw: RawDb, pk: number, status: VettingStatus, now = new Date().toISOString()): void {
  run(raw, q.updateTable('engineers').set({ vetting_status: status, updated_at: now }).where('pk', '=', pk));
}

/** Canonical skill names per engineer pk of the same engineers readQueueEngineers reads (the queue's skill filter). */
export function readQueueSkills(raw: RawDb, statuses: readonly VettingStatus[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const rows = all(raw, q.selectFrom('engineer_skills')
    .innerJoin('skills', 'skills.id', 'engineer_skills.skill_id')
    .innerJoin('engineers', 'engineers.pk', 'engineer_skills.engineer_pk')
    .select(['engineer_skills.engineer_pk as pk', 'skills.name as name'])
    .where('engineers.vetting_status', 'in', [...statuses]).where(sql<boolean>`coalesce(engineers.archived, 0) = 0`)
    .orderBy('engineer_skills.engineer_pk').orderBy('engineer_skills.position'));
  for (const r of rows) {
    const list = out.get(r.pk) ?? [];
    if (!list.includes(r.name)) list.push(r.name);
    out.set(r.pk, list);
  }
  return out;
}

/** Engineers not archived whose vetting status is one of `statuses`. */
export function readQueueEngineers(raw: RawDb, statuses: readonly VettingStatus[]) {
  return all(raw, q.selectFrom('engineers')
    .select(['pk', 'id', 'name', 'seniority', 'primary_role', 'country', 'vetting_status', 'created_at', 'sourced_date'])
    .where('vetting_status', 'in', [...statuses]).where(sql<boolean>`coalesce(archived, 0) = 0`));
}
