// Applying the team's changes (a pull page): one transaction, capture off. Each field is a
// last-writer-wins register by HLC stamp, kept in sync_base: a change later than the stamp held is
// taken, an earlier one is not (so replicas converge whatever order changes arrive in, and a waiting
// local edit that is later wins here as it will at the server). Two edits made apart are a conflict,
// recorded where it can be told: an overwritten waiting edit, or an older change that arrives for a field
// this laptop edited (a replica always pushes before it pulls, so usually the later editor records it).
// Both values, who and when go to sync_conflicts. Touched records are rebuilt from the base
// and written through the bench writer; the clock moves past every stamp received.
import { ENTITIES, ERASED_FIELD, MERGE_ENTITY, type Entity } from '../../../shared/team/fields';
import { compareStamps, parseStamp } from '../../../shared/team/hlc';
import { sameJson } from '../../../shared/team/json';
import type { RawDb } from '../../connection';
import { BaseStore, heldForm } from './base';
import { recordConflict } from './conflicts';
import { eraseLocally } from './erase';
import { materialize, noneTouched, type Touched } from './materialize';
import { applyMerges } from './merge';
import { flushInTransaction } from './outbox';
import { getState, pauseCapture, receiveStamp, setState } from './state';
import type { ApplyResult, RemoteChange } from './types';

const TEAM_ACTOR = 'team';

/**
 * Applies a page of the team's changes. `pulledSeq`, when given, is stored as the pull mark in the same
 * transaction, so a process killed after the page is either before it (pulled again, harmless) or past it.
 */
export function applyRemote(raw: RawDb, changes: readonly RemoteChange[], opts: { pulledSeq?: number } = {}): ApplyResult {
  return raw.transaction(() => {
    const store = new BaseStore(raw);
    // Local edits not flushed yet become waiting changes first: the base then matches the bench.
    flushInTransaction(raw, store);
    const restore = pauseCapture(raw);
    const { login: me, node } = getState(raw);
    const waiting = raw.prepare('SELECT change_id, value, hlc FROM sync_outbox WHERE entity = ? AND record_id = ? AND field = ? AND lost = 0 ORDER BY seq');
    // Still sent (the server keeps it as a loser, and the others learn of the conflict), no longer a local edit.
    const markLost = raw.prepare('UPDATE sync_outbox SET lost = 1 WHERE entity = ? AND record_id = ? AND field = ? AND lost = 0');
    const touched = noneTouched();
    let applied = 0;
    let kept = 0;
    let conflicts = 0;
    let latest: string | null = null;
    // Erased people (the server's tombstones): nothing about them is applied, all of it goes.
    const erasedIds = new Set(changes.filter((c) => c.entity === 'engineer' && c.field === ERASED_FIELD).map((c) => c.recordId));
    // Merges are applied whole after the page's field changes (which carry the kept record's values and
    // the shortlists), before the records are written.
    const merges: RemoteChange[] = [];

    for (const c of changes) {
      if (c.entity === MERGE_ENTITY) {
        merges.push(c);
        if (compareStamps(c.hlc, latest) > 0) latest = c.hlc;
        continue;
      }
      if (!(ENTITIES as readonly string[]).includes(c.entity)) continue;
      const entity = c.entity as Entity;
      if (erasedIds.size && erasedIds.has(personOf(c) ?? '')) {
        if (compareStamps(c.hlc, latest) > 0) latest = c.hlc;
        continue;
      }
      if (compareStamps(c.hlc, latest) > 0) latest = c.hlc;
      const base = store.ensure(entity, c.recordId);
      const held = base.hlcs[c.field] ?? null;
      // A loser is never applied, whatever is held here.
      const cmp = c.won === false ? -1 : compareStamps(c.hlc, held);
      const mine = waiting.all(entity, c.recordId, c.field) as { change_id: string; value: string; hlc: string }[];
      // Compared (and recorded in a conflict) in the base's form: a kept file's bytes as a mark, never megabytes.
      const localValue = heldForm(entity, c.field, base.fields[c.field] ?? null);
      const incoming = heldForm(entity, c.field, c.value);
      if (cmp <= 0) {
        // Our own change coming back (equal stamp), or an older one: the value held stays.
        if (cmp < 0) {
          kept++;
          // Concurrent for sure when the value held is a waiting edit, or an edit of this laptop's that never saw
          // this change (had it seen it, the change would not arrive now): the two were made apart.
          // A loser the server kept (won = false) was made apart from the value held, whoever holds it.
          if (held !== null && !sameJson(localValue, incoming) && (mine.length || c.won === false || parseStamp(held).node === node)) {
            recordConflict(raw, { entity: entity, recordId: c.recordId, field: c.field, lostValue: incoming, lostHlc: c.hlc, lostAuthor: c.author ?? null, wonValue: localValue, wonHlc: held!, wonAuthor: me });
            conflicts++;
          }
        }
        continue;
      }
      if (!mine.length && held !== null && c.base !== undefined && c.base !== held && !sameJson(localValue, incoming)) {
        // Its author never saw the value held here (its base is another stamp): the two were made apart, and
        // every laptop that held the overwritten value records it, not only the one whose edit was waiting.
        const heldBy = parseStamp(held).node;
        recordConflict(raw, { entity: entity, recordId: c.recordId, field: c.field, lostValue: localValue, lostHlc: held, lostAuthor: heldBy === node ? me : heldBy, wonValue: incoming, wonHlc: c.hlc, wonAuthor: c.author ?? null });
        conflicts++;
      }
      if (mine.length) {
        if (!sameJson(localValue, incoming)) {
          recordConflict(raw, { entity: entity, recordId: c.recordId, field: c.field, lostValue: localValue, lostHlc: held, lostAuthor: me, wonValue: incoming, wonHlc: c.hlc, wonAuthor: c.author ?? null });
          conflicts++;
        }
        // The server already holds a later stamp for this field: the waiting edit can only be superseded there.
        markLost.run(entity, c.recordId, c.field);
      }
      base.fields[c.field] = c.value;
      base.hlcs[c.field] = c.hlc;
      // An entry this laptop added and the server refused keeps an unstamped local tombstone
      // (refused.ts). The team never had that tombstone, so any team change for the entry replaces it.
      // Without this the entry stays off this laptop's list after someone allowed adds it.
      if (entity === 'shortlist_entry' && base.fields.removed === true && base.hlcs.removed === undefined) delete base.fields.removed;
      store.touch(entity, c.recordId);
      touched[entity].add(c.recordId);
      applied++;
    }
    const erased = [...erasedIds].map((id) => eraseLocally(raw, id, TEAM_ACTOR, store));
    const merged = applyMerges(raw, store, merges, touched, TEAM_ACTOR);
    if (latest) receiveStamp(raw, latest);
    addPending(raw, touched);
    const unapplied = materialize(raw, store, touched, TEAM_ACTOR);
    store.save();
    if (opts.pulledSeq !== undefined) setState(raw, { pulledSeq: opts.pulledSeq });
    restore();
    return { applied, kept, conflicts, unapplied, erased, merged };
  }).immediate();
}

/** Records left pending by an earlier apply (a reference that had not arrived): retried with this one. */
export function addPending(raw: RawDb, touched: Touched): void {
  for (const r of raw.prepare('SELECT entity, record_id FROM sync_base WHERE applied = 0').all() as { entity: Entity; record_id: string }[]) {
    touched[r.entity].add(r.record_id);
  }
}

/** The engineer a change is about (the server's push names it the same way: migrations/0002_erase.ts). */
function personOf(c: RemoteChange): string | undefined {
  if (c.entity === 'engineer') return c.recordId;
  if (c.entity === 'shortlist_entry') return c.recordId.slice(c.recordId.lastIndexOf('/') + 1);
  if (c.entity === 'document') return c.recordId.slice(0, c.recordId.indexOf('/'));
  if (c.entity === 'assessment' && c.value && typeof c.value === 'object' && !Array.isArray(c.value)) {
    const id = (c.value as Record<string, unknown>).engineerId;
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}
