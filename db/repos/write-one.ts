// Single-record writes share the import's writer, so a record saved in the app and the same record
// imported from a file land in exactly the same rows. Each write is its own transaction plus a change-log line.
import type { Kysely } from 'kysely';
import type { BenchFile } from '../../shared/bench/schema';
import { rawOf } from '../connection';
import type { Database } from '../database';
import { writeBench, type Kind } from './bench-writer';
import { appendChange } from './change-log';

export type Upserted = 'created' | 'updated';

export function writeOne(db: Kysely<Database>, kind: Kind, id: string, part: Omit<BenchFile, 'format' | 'version'>, actor: string, fields: string[]): Upserted {
  const raw = rawOf(db);
  return raw.transaction(() => {
    const r = writeBench(raw, { format: 'benchmatch.bench', version: 1, ...part }, { actor });
    const outcome: Upserted = r.created[kind] > 0 ? 'created' : 'updated';
    // Field names only: the log never holds the values (candidate data is personal).
    appendChange(raw, { actor, action: outcome === 'created' ? 'create' : 'update', entity: kind.replace(/s$/, ''), entityId: id, detail: { fields } });
    return outcome;
  }).immediate();
}
