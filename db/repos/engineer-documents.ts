// The original files kept with engineers (table engineer_documents). Synchronous, on the raw handle, inside
// the caller's transaction, like the bench writer that adds the engineer in the same step.
import { createHash } from 'node:crypto';
import { ApiError, problem } from '../../shared/api/errors';
import type { RawDb } from '../connection';
import { DOCUMENT_MAX_BYTES, tooLarge } from '../documents/limit';

export interface EngineerDocument {
  name: string;
  kind: string;
  bytes: number;
  addedAt: string;
}

export function keepDocument(raw: RawDb, engineerId: string, doc: { name: string; kind: string; bytes: Uint8Array }, actor: string, now = new Date().toISOString()): void {
  // Checked by every reader already; here too, so no path can keep (and send to the team) a larger file.
  if (doc.bytes.length > DOCUMENT_MAX_BYTES) {
    const why = tooLarge(doc.bytes.length);
    throw ApiError.keyed('invalid_input', { key: 'errors:document.refused', params: { name: doc.name, why } }, { key: 'errors:document.tooBigHint' }, [problem(doc.name, why)]);
  }
  const sha = createHash('sha256').update(doc.bytes).digest('hex');
  const pk = (raw.prepare('SELECT pk FROM engineers WHERE id = ?').get(engineerId) as { pk: number } | undefined)?.pk;
  if (pk === undefined) throw new Error(`keepDocument: no engineer ${engineerId}`);
  // The same file twice (an import repeated) is kept once.
  if (raw.prepare('SELECT 1 FROM engineer_documents WHERE engineer_pk = ? AND sha256 = ?').get(pk, sha)) return;
  raw.prepare('INSERT INTO engineer_documents (engineer_pk, name, kind, bytes, sha256, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(pk, doc.name, doc.kind, Buffer.from(doc.bytes), sha, now, actor);
}

export function listDocuments(raw: RawDb, engineerId: string): EngineerDocument[] {
  return (raw.prepare('SELECT d.name, d.kind, length(d.bytes) AS bytes, d.added_at AS addedAt FROM engineer_documents d JOIN engineers e ON e.pk = d.engineer_pk WHERE e.id = ? ORDER BY d.pk').all(engineerId) as EngineerDocument[]);
}

/** Deletes every file kept with the engineer; returns how many. */
export function deleteDocuments(raw: RawDb, engineerPk: number): number {
  return raw.prepare('DELETE FROM engineer_documents WHERE engineer_pk = ?').run(engineerPk).changes;
}
