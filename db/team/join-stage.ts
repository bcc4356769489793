// Where a join keeps the team bench between the network and the local transactions that write it, a
// chunk each (db/team/local/join.ts): a TEMP table on the bench's own connection (SQLite keeps temp tables in a temporary file, not in the
// database, and drops them when the connection closes). A 100k-engineer team bench is millions of
// fields; holding them as objects until the last page arrives would cost gigabytes.
import type { RawDb } from '../connection';
import type { TeamRecord } from './local/types';
import { parseSnapshotRecord } from './server/client';

/** A chunk is also cut once its records pass this many bytes (kept files: base64 up to 13.4 MB each). */
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

  /**
   * The next chunk of staged records after record number `after`, in arrival order (dependency order: the
   * server sends it so): up to `size` records, fewer when they are kept files (a chunk stops once it passes
   * CHUNK_BYTES). Each chunk is one local transaction of the join, so the write queue is free between them.
   */
  chunk(after: number, size: number): { records: TeamRecord[]; last: number } {
    const listed = this.raw.prepare('SELECT n, size FROM temp.team_join_stage WHERE n > ? ORDER BY n LIMIT ?').all(after, size) as { n: number; size: number }[];
    if (listed.length === 0) return { records: [], last: after };
    let total = 0;
    let upTo = listed.at(-1)!.n;
    for (const { n, size: bytes } of listed) {
      total += bytes;
      if (total >= CHUNK_BYTES) {
        upTo = n;
        break;
      }
    }
    const rows = this.raw.prepare('SELECT record FROM temp.team_join_stage WHERE n > ? AND n <= ? ORDER BY n').pluck().all(after, upTo) as string[];
    return { records: rows.map((r) => parseSnapshotRecord(r) as TeamRecord), last: upTo };
  }

  /** How many records are staged. */
  count(): number {
    return this.raw.prepare('SELECT count(*) FROM temp.team_join_stage').pluck().get() as number;
  }

  drop(): void {
    this.raw.exec('DROP TABLE IF EXISTS temp.team_join_stage');
  }
}
