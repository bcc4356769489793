// Erasure on request, in the database: the person's record becomes its anonymous remainder (written by
// the bench writer, the one path for engineer rows), their own notes go (assessment notes including
// superseded and draft records, pitch notes), drafts are deleted, and every other free text that names
// them is scrubbed. Runs inside the caller's transaction, synchronously, like every other write here.
import type { Engineer } from '../../shared/bench/schema';
import { erasedEngineer, scrubMentions } from '../../shared/privacy/erase';
import type { RawDb } from '../connection';
import { writeBench } from './bench-writer';
import { deleteDocuments } from './engineer-documents';
import { refreshSearchIndex } from '../search-index/refresh';

/** The profile fields an erasure removes (for the report and the change log; names, never values). */
export function clearedFields(before: Engineer, after: Engineer): string[] {
  return Object.keys(before).filter((k) => k !== 'name' && k !== 'privacy' && k !== 'archived' && !(k in after)).concat(before.name !== after.name ? ['name'] : []).sort();
}

/** Free-text columns of other records that may name a person: [table, key columns, text column]. */
const TEXTS: readonly [string, readonly string[], string][] = [
  ['engineers', ['pk'], 'summary'],
  ['engineers', ['pk'], 'primary_role'],
  ['assessments', ['pk'], 'notes'],
  ['clients', ['pk'], 'notes'],
  ['roles', ['pk'], 'description'],
  ['shortlist_entries', ['shortlist_pk', 'position'], 'note'],
  ['shortlist_entries', ['shortlist_pk', 'position'], 'approved_note'],
];

export interface ErasureCounts {
  notesCleared: number;
  draftsDeleted: number;
  /** Original files (CVs) kept with the person. */
  documentsDeleted: number;
  mentionsScrubbed: number;
}

/** Every other free text in the bench that names the person gets "[erased person]" instead; returns how many texts changed. */
export function scrubMentionsEverywhere(raw: RawDb, before: Engineer): number {
  let mentionsScrubbed = 0;
  for (const [table, keys, column] of TEXTS) {
    const update = raw.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${keys.map((k) => `${k} = ?`).join(' AND ')}`);
    // all(), not iterate(): better-sqlite3 runs no other statement while an iteration is open.
    for (const row of raw.prepare(`SELECT ${column}, ${keys.join(', ')} FROM ${table} WHERE ${column} IS NOT NULL`).raw().all() as [string, ...number[]][]) {
      const [text, ...key] = row;
      const scrubbed = scrubMentions(text, before);
      if (scrubbed !== text) {
        update.run(scrubbed, ...key);
        mentionsScrubbed++;
      }
    }
  }
  return mentionsScrubbed;
}

export function eraseEngineer(raw: RawDb, before: Engineer, today: string, actor: string): ErasureCounts {
  if (!raw.inTransaction) throw new Error('eraseEngineer must run inside a transaction');
  const pk = (raw.prepare('SELECT pk FROM engineers WHERE id = ?').get(before.id) as { pk: number }).pk;
  // The remainder's assessments are left to the SQL below: the writer never rewrites a finalized record.
  const { assessments: _kept, ...remainder } = erasedEngineer(before, today);
  writeBench(raw, { format: 'benchmatch.bench', version: 1, engineers: [remainder] }, { actor });
  const draftsDeleted = raw.prepare("DELETE FROM assessments WHERE engineer_pk = ? AND status = 'draft'").run(pk).changes;
  const documentsDeleted = deleteDocuments(raw, pk);
  // A merge keeps both records whole for its undo; an erased person's merges can no longer be undone.
  raw.prepare('DELETE FROM merges WHERE kept_id = ? OR merged_id = ?').run(before.id, before.id);
  const notesCleared =
    raw.prepare('UPDATE assessments SET notes = NULL, amend_reason = NULL WHERE engineer_pk = ? AND (notes IS NOT NULL OR amend_reason IS NOT NULL)').run(pk).changes +
    raw.prepare('UPDATE shortlist_entries SET note = NULL, approved_note = NULL WHERE engineer_pk = ? AND (note IS NOT NULL OR approved_note IS NOT NULL)').run(pk).changes;
  const mentionsScrubbed = scrubMentionsEverywhere(raw, before);
  return { notesCleared, draftsDeleted, documentsDeleted, mentionsScrubbed };
}

/**
 * After an erasure has committed: the persisted search index still lists the person's words until it is
 * brought up to date, which happens first; then the deleted rows' bytes still sit in free pages and in
 * the WAL, so the file is rewritten without them (VACUUM) and the WAL checkpointed and cut to nothing.
 * Seconds on a big bench; erasures are rare.
 */
export function compactAfterErasure(raw: RawDb): void {
  refreshSearchIndex(raw);
  raw.exec('VACUUM');
  raw.pragma('wal_checkpoint(TRUNCATE)');
}
