// Shortlist reads for the Shortlists and Match screens (entries joined with a few engineer facts and
// the date each status changed), plus the one thing the bench writer cannot know: the original status
// date of an entry put back by Undo. Entry writes themselves go through the bench writer.
import { sql } from 'kysely';
import type { ShortlistEntryView, ShortlistSummary, ShortlistView } from '../../shared/api/shortlists';
import type { Seniority, Shortlist, ShortlistStatus } from '../../shared/bench/schema';
import type { RawDb } from '../connection';
import type { ShortlistRow } from '../database';
import { all, first, q, run } from './query';
import { toShortlist } from './rows';

type Head = ShortlistRow & { role_id: string };

const heads = () => q.selectFrom('shortlists as s').innerJoin('roles as r', 'r.pk', 's.role_pk').selectAll('s').select('r.id as role_id').orderBy('s.pk').limit(1);

export const shortlistHeadById = (raw: RawDb, id: string): Head | undefined => first(raw, heads().where('s.id', '=', id));
/** A role's shortlist: the first one created for it (bench files may carry more; the screens show one). */
export const shortlistHeadForRole = (raw: RawDb, roleId: string): Head | undefined => first(raw, heads().where('r.id', '=', roleId));

const entriesOf = (pk: number) => q.selectFrom('shortlist_entries as x').innerJoin('engineers as e', 'e.pk', 'x.engineer_pk').where('x.shortlist_pk', '=', pk).orderBy('x.position');

/** The shortlist in bench-file form, ready to be changed and written back through writeBench. */
export function readShortlistRecord(raw: RawDb, h: Head): Shortlist {
  return toShortlist(h, all(raw, entriesOf(h.pk).selectAll('x').select('e.id as engineer_id')));
}

export function readShortlistView(raw: RawDb, h: Head): ShortlistView {
  const rows = all(raw, entriesOf(h.pk).select([
    'x.position', 'x.note', 'x.approved_note', 'x.status', 'x.status_changed_at', 'e.id as engineer_id', 'e.name', 'e.seniority', 'e.country', 'e.primary_role', 'e.bill_per_hour', 'e.archived',
  ]));
  const entries: ShortlistEntryView[] = rows.map((r, i) => ({
    engineerId: r.engineer_id,
    name: r.name,
    position: i,
    ...(r.note !== null ? { note: r.note } : {}),
    noteApproved: r.note !== null && r.approved_note === r.note,
    // An entry without a status is a proposal (the bench format's default).
    status: (r.status ?? 'proposed') as ShortlistStatus,
    statusChangedAt: r.status_changed_at,
    seniority: r.seniority as Seniority,
    country: r.country,
    ...(r.primary_role !== null ? { primaryRole: r.primary_role } : {}),
    ...(r.bill_per_hour !== null ? { billPerHour: r.bill_per_hour } : {}),
    archived: r.archived === 1,
  }));
  return { id: h.id, roleId: h.role_id, name: h.name, entries };
}

export function writeStatusChangedAt(raw: RawDb, shortlistPk: number, engineerId: string, at: string | null): void {
  run(raw, q.updateTable('shortlist_entries').set({ status_changed_at: at })
    .where('shortlist_pk', '=', shortlistPk).where('engineer_pk', '=', (eb) => eb.selectFrom('engineers').select('pk').where('id', '=', engineerId)));
}

export function readShortlistSummaries(raw: RawDb): ShortlistSummary[] {
  const list = all(raw, q.selectFrom('shortlists as s').innerJoin('roles as r', 'r.pk', 's.role_pk').innerJoin('clients as c', 'c.pk', 'r.client_pk')
    .select(['s.pk', 's.id', 's.name', 'r.id as role_id', 'r.title', 'c.name as client_name'])
    .orderBy(sql`c.name collate nocase`).orderBy('r.pk').orderBy('s.pk'));
  // An entry without a status is a proposal (the bench format's default).
  const status = sql<ShortlistStatus>`coalesce(status, 'proposed')`;
  const counts = all(raw, q.selectFrom('shortlist_entries').select(['shortlist_pk', status.as('status')]).select((eb) => eb.fn.countAll<number>().as('n')).groupBy(['shortlist_pk', status]));
  const by = new Map<number, Partial<Record<ShortlistStatus, number>>>();
  for (const c of counts) (by.get(c.shortlist_pk) ?? by.set(c.shortlist_pk, {}).get(c.shortlist_pk)!)[c.status] = c.n;
  return list.map((h) => {
    const byStatus = by.get(h.pk) ?? {};
    return {
      id: h.id, roleId: h.role_id, roleTitle: h.title, clientName: h.client_name, name: h.name,
      entries: Object.values(byStatus).reduce((a, b) => a + (b ?? 0), 0), byStatus,
    };
  });
}
