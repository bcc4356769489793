// Everything the database holds about one person, for a data-subject access request: every assessment
// record (drafts and amended ones too), the shortlists they are on with what was written there, and the
// change log of their record (field names only, as the log holds).
import { sql, type Kysely } from 'kysely';
import type { PersonData } from '../../shared/api/privacy';
import type { Database } from '../database';
import { toAssessment } from './rows';

export async function personExtras(db: Kysely<Database>, engineerId: string): Promise<Omit<PersonData, 'format' | 'version' | 'exportedAt' | 'engineer'>> {
  const assessments = await db
    .selectFrom('assessments')
    .innerJoin('engineers', 'engineers.pk', 'assessments.engineer_pk')
    .selectAll('assessments')
    .where('engineers.id', '=', engineerId)
    .orderBy('assessments.position')
    .orderBy('assessments.pk')
    .execute();
  const entries = await db
    .selectFrom('shortlist_entries as se')
    .innerJoin('engineers as e', 'e.pk', 'se.engineer_pk')
    .innerJoin('shortlists as s', 's.pk', 'se.shortlist_pk')
    .innerJoin('roles as r', 'r.pk', 's.role_pk')
    .innerJoin('clients as c', 'c.pk', 'r.client_pk')
    .select(['s.id as shortlistId', 's.name as shortlist', 'r.id as roleId', 'r.title as role', 'c.name as client', 'se.status', 'se.status_changed_at', 'se.note'])
    .where('e.id', '=', engineerId)
    .orderBy('s.id')
    .execute();
  // Their record's own lines, and lines about their assessments and shortlist entries, which name them in detail.
  const log = await db
    .selectFrom('change_log')
    .select(['at', 'actor', 'action', 'entity', 'detail'])
    .where((w) => w.or([
      w.and([w('entity', '=', 'engineer'), w('entity_id', '=', engineerId)]),
      w(sql<string>`json_extract(detail, '$.engineer')`, '=', engineerId),
      w(sql<string>`json_extract(detail, '$.engineerId')`, '=', engineerId),
    ]))
    .orderBy('id')
    .execute();
  return {
    assessmentHistory: assessments.map((a) => ({
      ...toAssessment(a),
      status: a.status as 'draft' | 'final',
      createdAt: a.created_at,
      ...(a.finalized_at ? { finalizedAt: a.finalized_at } : {}),
    })),
    shortlists: entries.map((x) => ({
      shortlistId: x.shortlistId, shortlist: x.shortlist, roleId: x.roleId, role: x.role, client: x.client,
      ...(x.status ? { status: x.status } : {}),
      ...(x.status_changed_at ? { statusChangedAt: x.status_changed_at } : {}),
      ...(x.note ? { note: x.note } : {}),
    })),
    history: log.map((l) => {
      const fields = l.detail ? (JSON.parse(l.detail) as { fields?: unknown }).fields : undefined;
      return { at: l.at, actor: l.actor, action: l.action, record: l.entity, ...(Array.isArray(fields) ? { fields: fields.filter((f): f is string => typeof f === 'string') } : {}) };
    }),
  };
}
