// Where a join keeps the team bench between the network and the one local transaction that takes it: a
// TEMP table on the bench's own connection (SQLite keeps temp tables in a temporary file, not in the
// database, and drops them when the connection closes). A 100k-engineer team bench is millions of
// fields; holding them as objects until the last page arrives would cost gigabytes.
import type { RawDb } from '../connection';
import type { TeamRecord } from './local/types';
import { parseSnapshotRecord } from './server/client';

/** Records handed to applySnapshot per read: one read at a time, so no statement stays open while it writes. */
const CHUNK = 2000;
const CHUNK_BYTES = 32 * 1024 * 1024;

export class JoinStage {
  constructor(private readonly raw: RawDb) {
    raw.exec('CREATE TEMP TABLE IF NOT EXISTS team_join_stage (n INTEGER PRIMARY KEY, record TEXT NOT NULL, size INTEGER NOT NULL)');
    raw.exec('DELETE FROM temp.team_join_stage');
  }

  /** Records as the server sent them: TeamRecord JSON text, staged as is. */
  add(records: readonly string[]): void {
    const ins = this.raw.prepare('INSERT INTO temp.team_join_stage (record, size) VALUES (?, ?)');
    this.raw.transaction(() => {
      for (const r of records) ins.run(r, r.length);
    })();
  }

  /** Every staged record, in arrival order (dependency order: the server sends it so), read a chunk at a time. */
  *records(): Generator<TeamRecord> {
    const sizes = this.raw.prepare('SELECT n, size FROM temp.team_join_stage WHERE n > ? ORDER BY n LIMIT ?');
    const read = this.raw.prepare('SELECT n, record FROM temp.team_join_stage WHERE n > ? AND n <= ? ORDER BY n');
    let after = 0;
    for (;;) {
      // Up to CHUNK records, fewer when they are kept files: a chunk stops once it passes CHUNK_BYTES.
      const listed = sizes.all(after, CHUNK) as { n: number; size: number }[];
      if (listed.length === 0) return;
      let total = 0;
      let upTo = listed.at(-1)!.n;
      for (const { n, size } of listed) {
        total += size;
        if (total >= CHUNK_BYTES) {
          upTo = n;
          break;
        }
      }
      const rows = read.all(after, upTo) as { n: number; record: string }[];
      if (rows.length === 0) return;
      for (const r of rows) yield parseSnapshotRecord(r.record) as TeamRecord;
      after = rows.at(-1)!.n;
    }
  }

  drop(): void {
    this.raw.exec('DROP TABLE IF EXISTS temp.team_join_stage');
  }
}
