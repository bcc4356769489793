// Shortlists: add, reorder, note, status, remove and undo. Each change reads the shortlist in
// bench-file form, changes it, and writes it back through the bench writer (which keeps each entry's
// status date unless its status changed), with one change-log line, in one transaction.
import { noEngineer, notFound } from '../not-found';
import type { HandlersFor } from '../../../shared/api/define';
import { ApiError, problem } from '../../../shared/api/errors';
import type { RemovedEntry, shortlistsApi } from '../../../shared/api/shortlists';
import type { Shortlist, ShortlistEntry } from '../../../shared/bench/schema';
import type { RawDb } from '../../connection';
import { writeBench } from '../../repos/bench-writer';
import { appendChange } from '../../repos/change-log';
import { engineerExists } from '../../repos/engineer-facts';
import { readRole } from '../../repos/roles-edit';
import {
  readShortlistRecord, readShortlistSummaries, readShortlistView, shortlistHeadById, shortlistHeadForRole, writeStatusChangedAt,
} from '../../repos/shortlists-edit';
import type { ServiceContext } from '../context';

const BENCH = { format: 'benchmatch.bench', version: 1 } as const;

function headOrThrow(raw: RawDb, id: string) {
  const h = shortlistHeadById(raw, id);
  if (!h) throw notFound('shortlist', id, '/shortlistId');
  return h;
}

function entryIndex(s: Shortlist, engineerId: string): number {
  const i = (s.entries ?? []).findIndex((e) => e.engineerId === engineerId);
  if (i < 0) throw ApiError.keyed('not_found', { key: 'errors:shortlist.notOnIt', params: { id: engineerId } }, undefined, [problem('/engineerId', { key: 'errors:shortlist.notOnItShort' })]);
  return i;
}

/** A free shortlist id derived from the role's. */
function newShortlistId(raw: RawDb, roleId: string): string {
  const base = `shortlist-${roleId}`.slice(0, 56);
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!shortlistHeadById(raw, id)) return id;
  }
}

export function shortlistsHandlers({ raw }: ServiceContext): HandlersFor<typeof shortlistsApi> {
  const write = (s: Shortlist, actor: string) => writeBench(raw, { ...BENCH, shortlists: [s] }, { actor });
  const view = (id: string) => readShortlistView(raw, headOrThrow(raw, id));
  const log = (actor: string, action: string, id: string, detail: Record<string, unknown>) =>
    appendChange(raw, { actor, action, entity: 'shortlist', entityId: id, detail });

  return {
    listShortlists() {
      return { shortlists: readShortlistSummaries(raw) };
    },
    roleShortlist({ roleId }) {
      const h = shortlistHeadForRole(raw, roleId);
      return { shortlist: h ? readShortlistView(raw, h) : null };
    },
    addToShortlist({ roleId, engineerId }, ctx) {
      return raw.transaction(() => {
        const role = readRole(raw, roleId);
        if (!role) throw notFound('role', roleId, '/roleId');
        if (!engineerExists(raw, engineerId)) throw noEngineer(engineerId, '/engineerId');
        const h = shortlistHeadForRole(raw, roleId);
        const s: Shortlist = h ? readShortlistRecord(raw, h) : { id: newShortlistId(raw, roleId), roleId, name: `${role.title} shortlist`.slice(0, 200), entries: [] };
        const entries = s.entries ?? [];
        if (entries.some((e) => e.engineerId === engineerId)) return { shortlist: view(s.id), added: false };
        write({ ...s, entries: [...entries, { engineerId, status: 'proposed' }] }, ctx.actor);
        if (!h) log(ctx.actor, 'create', s.id, { roleId });
        log(ctx.actor, 'add', s.id, { engineerId, position: entries.length });
        return { shortlist: view(s.id), added: true };
      }).immediate();
    },
    reorderShortlist({ shortlistId, engineerIds }, ctx) {
      return raw.transaction(() => {
        const s = readShortlistRecord(raw, headOrThrow(raw, shortlistId));
        const entries = s.entries ?? [];
        const byId = new Map(entries.map((e) => [e.engineerId, e]));
        const problems = engineerIds.flatMap((id, i) => (byId.has(id) ? [] : [{ where: `/engineerIds/${i}`, message: `${id} is not on this shortlist` }]));
        if (new Set(engineerIds).size !== engineerIds.length) problems.push({ where: '/engineerIds', message: 'an engineer is listed twice' });
        if (!problems.length && engineerIds.length !== entries.length) problems.push({ where: '/engineerIds', message: `lists ${engineerIds.length} engineers; the shortlist has ${entries.length}` });
        if (problems.length) throw ApiError.keyed('invalid_input', { key: 'errors:shortlist.badOrder' }, undefined, problems);
        write({ ...s, entries: engineerIds.map((id) => byId.get(id)!) }, ctx.actor);
        log(ctx.actor, 'reorder', shortlistId, { engineers: engineerIds.length });
        return view(shortlistId);
      }).immediate();
    },
    updateShortlistEntry({ shortlistId, engineerId, note, status }, ctx) {
      return raw.transaction(() => {
        const s = readShortlistRecord(raw, headOrThrow(raw, shortlistId));
        const entries = [...(s.entries ?? [])];
        const i = entryIndex(s, engineerId);
        const before = entries[i]!;
        const after: ShortlistEntry = { ...before };
        if (note === null || note === '') delete after.note;
        else if (note !== undefined) after.note = note;
        if (status !== undefined) after.status = status;
        entries[i] = after;
        write({ ...s, entries }, ctx.actor);
        const fields = [...(note !== undefined && (before.note ?? '') !== (after.note ?? '') ? ['note'] : []), ...(status !== undefined && (before.status ?? 'proposed') !== status ? ['status'] : [])];
        log(ctx.actor, 'update-entry', shortlistId, { engineerId, fields, ...(fields.includes('status') ? { status } : {}) });
        return view(shortlistId);
      }).immediate();
    },
    approvePitchNote({ shortlistId, engineerId, approved }, ctx) {
      return raw.transaction(() => {
        const s = readShortlistRecord(raw, headOrThrow(raw, shortlistId));
        const entries = [...(s.entries ?? [])];
        const i = entryIndex(s, engineerId);
        const { approvedNote: _was, ...rest } = entries[i]!;
        if (approved && (rest.note ?? '').trim() === '') {
          throw new ApiError('invalid_input', `Engineer ${engineerId} has no pitch note on shortlist ${shortlistId} to approve.`, [{ where: '/approved', message: 'a pitch note to approve' }]);
        }
        entries[i] = approved ? { ...rest, approvedNote: rest.note! } : rest;
        write({ ...s, entries }, ctx.actor);
        log(ctx.actor, 'update-entry', shortlistId, { engineerId, fields: ['approvedNote'] });
        return view(shortlistId);
      }).immediate();
    },
    removeFromShortlist({ shortlistId, engineerId }, ctx) {
      return raw.transaction(() => {
        const h = headOrThrow(raw, shortlistId);
        const before = readShortlistView(raw, h);
        const s = readShortlistRecord(raw, h);
        const i = entryIndex(s, engineerId);
        const old = s.entries![i]!;
        const shown = before.entries[i]!;
        write({ ...s, entries: s.entries!.filter((_, k) => k !== i) }, ctx.actor);
        log(ctx.actor, 'remove', shortlistId, { engineerId, position: i });
        const removed: RemovedEntry = {
          shortlistId, position: i,
          entry: { engineerId, ...(old.note !== undefined ? { note: old.note } : {}), ...(old.approvedNote !== undefined ? { approvedNote: old.approvedNote } : {}), ...(old.status ? { status: old.status } : {}), statusChangedAt: shown.statusChangedAt },
        };
        return { shortlist: view(shortlistId), removed };
      }).immediate();
    },
    restoreShortlistEntry({ shortlistId, position, entry }, ctx) {
      return raw.transaction(() => {
        const h = headOrThrow(raw, shortlistId);
        const s = readShortlistRecord(raw, h);
        const entries = [...(s.entries ?? [])];
        if (!engineerExists(raw, entry.engineerId)) throw noEngineer(entry.engineerId, '/entry/engineerId');
        if (entries.some((e) => e.engineerId === entry.engineerId)) return view(shortlistId);
        const { statusChangedAt, ...rest } = entry;
        entries.splice(Math.min(position, entries.length), 0, rest);
        write({ ...s, entries }, ctx.actor);
        // Undo restores the entry as it was, including when its status last changed.
        writeStatusChangedAt(raw, h.pk, entry.engineerId, statusChangedAt);
        log(ctx.actor, 'restore', shortlistId, { engineerId: entry.engineerId, position: Math.min(position, entries.length - 1) });
        return view(shortlistId);
      }).immediate();
    },
  };
}
