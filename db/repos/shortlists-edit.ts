// Shortlist reads for the Shortlists and Match screens (entries joined with a few engineer facts and
// the date each status changed), plus the one thing the bench writer cannot know: the original status
// date of an entry put back by Undo. Entry writes themselves go through the bench writer.
import type { ShortlistEntryView, ShortlistSummary, ShortlistView } from '../../shared/api/shortlists';
import type { Seniority, Shortlist, ShortlistStatus } from '../../shared/bench/schema';
import type { RawDb } from '../connection';
import type { ShortlistEntryRow, ShortlistRow } from '../database';
import { toShortlist } from './rows';

type Head = ShortlistRow & { role_id: string };

function head(raw: RawDb, where: string, arg: string): Head | undefined {
  return raw.prepare(`SELECT s.*, r.id AS role_id FROM shortlists s JOIN roles r ON r.pk = s.role_pk WHERE ${where} ORDER BY s.pk LIMIT 1`).get(arg) as Head | undefined;
}

export const shortlistHeadById = (raw: RawDb, id: string) => head(raw, 's.id = ?', id);
/** A role's shortlist: the first one created for it (bench files may carry more; the screens show one). */
export const shortlistHeadForRole = (raw: RawDb, roleId: string) => head(raw, 'r.id = ?', roleId);

/** The shortlist in bench-file form, ready to be changed and written back through writeBench. */
export function readShortlistRecord(raw: RawDb, h: Head): Shortlist {
  const entries = raw.prepare('SELECT x.*, e.id AS engineer_id FROM shortlist_entries x JOIN engineers e ON e.pk = x.engineer_pk WHERE x.shortlist_pk = ? ORDER BY x.position')
    .all(h.pk) as (ShortlistEntryRow & { engineer_id: string })[];
  return toShortlist(h, entries);
}

export function readShortlistView(raw: RawDb, h: Head): ShortlistView {
  const rows = raw.prepare(`
    SELECT x.position, x.note, x.status, x.status_changed_at, e.id AS engineer_id, e.name, e.seniority, e.country, e.primary_role, e.bill_per_hour, e.archived
    FROM shortlist_entries x JOIN engineers e ON e.pk = x.engineer_pk WHERE x.shortlist_pk = ? ORDER BY x.position`).all(h.pk) as {
      position: number; note: string | null; status: string | null; status_changed_at: string | null; engineer_id: string; name: string;
      seniority: string; country: string; primary_role: string | null; bill_per_hour: number | null; archived: number | null;
    }[];
  const entries: ShortlistEntryView[] = rows.map((r, i) => ({
    engineerId: r.engineer_id,
    name: r.name,
    position: i,
    ...(r.note !== null ? { note: r.note } : {}),
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
  raw.prepare('UPDATE shortlist_entries SET status_changed_at = ? WHERE shortlist_pk = ? AND engineer_pk = (SELECT pk FROM engineers WHERE id = ?)').run(at, shortlistPk, engineerId);
}

export function readShortlistSummaries(raw: RawDb): ShortlistSummary[] {
  const heads = raw.prepare(`
    SELECT s.pk, s.id, s.name, r.id AS role_id, r.title, c.name AS client_name
    FROM shortlists s JOIN roles r ON r.pk = s.role_pk JOIN clients c ON c.pk = r.client_pk ORDER BY c.name COLLATE NOCASE, r.pk, s.pk`).all() as {
      pk: number; id: string; name: string; role_id: string; title: string; client_name: string;
    }[];
  const counts = raw.prepare("SELECT shortlist_pk, COALESCE(status, 'proposed') AS status, COUNT(*) AS n FROM shortlist_entries GROUP BY shortlist_pk, COALESCE(status, 'proposed')").all() as {
    shortlist_pk: number; status: ShortlistStatus; n: number;
  }[];
  const by = new Map<number, Partial<Record<ShortlistStatus, number>>>();
  for (const c of counts) (by.get(c.shortlist_pk) ?? by.set(c.shortlist_pk, {}).get(c.shortlist_pk)!)[c.status] = c.n;
  return heads.map((h) => {
    const byStatus = by.get(h.pk) ?? {};
    return {
      id: h.id, roleId: h.role_id, roleTitle: h.title, clientName: h.client_name, name: h.name,
      entries: Object.values(byStatus).reduce((a, b) => a + (b ?? 0), 0), byStatus,
    };
  });
}
