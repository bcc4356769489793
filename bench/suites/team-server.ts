// Team server figures (issue 12), on an embedded PostgreSQL in a temp folder: push throughput (pages of
// 1000 new fields, as `sync` sends them) and a joining laptop's snapshot of 100k engineers x 20 fields
// (2M rows, loaded straight into the table as the superuser so the figure is the snapshot's alone),
// with the joining process's peak memory (target: under 1 GB).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectTeam, type TeamChange } from '../../db/team/server/client';
import { startEmbeddedTeamServer } from '../../db/team/server/embedded';
import { loadPg } from '../../db/team/server/pg';

type Report = (name: string, value: number, unit: string, note?: string) => void;

const ENGINEERS = 100_000;
const FIELDS = 20;
const PUSH_PAGES = 20;

export async function run(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'benchmatch-bench-team-'));
  const server = await startEmbeddedTeamServer({ dataDir: dir });
  try {
    const team = await connectTeam(server.adminUrl);
    const now = Date.now();
    let t = performance.now();
    for (let p = 0; p < PUSH_PAGES; p++) {
      const page: TeamChange[] = Array.from({ length: 1000 }, (_, i) => ({
        changeId: `bench:${p}:${i}`, entity: 'engineer', recordId: `push-${p}-${Math.floor(i / FIELDS)}`, field: `f${i % FIELDS}`,
        value: `value ${i}`, hlc: `${now + p}-${String(i).padStart(5, '0')}-bench`,
      }));
      await team.push(page);
    }
    const pushMs = performance.now() - t;
    report('team push', (PUSH_PAGES * 1000) / (pushMs / 1000), 'changes/s', `${PUSH_PAGES} pages of 1000 new fields`);

    const pg = await loadPg();
    const raw = new pg.Client({ connectionString: server.adminUrl });
    await raw.connect();
    await raw.query(`INSERT INTO benchmatch.fields (entity, record_id, field, value, hlc, author, seq, first_seq)
      SELECT 'engineer', 'eng-' || e, 'f' || f, to_jsonb('a field value of engineer ' || e), '${now}-00000-bench', 'admin', e, e
      FROM generate_series(1, ${ENGINEERS}) e, generate_series(1, ${FIELDS}) f`);
    await raw.end();

    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    t = performance.now();
    const snap = await team.snapshot(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    });
    const snapMs = performance.now() - t;
    report('team snapshot 100k engineers', snapMs / 1000, 's', `${snap.records} records of ${FIELDS} fields; ${Math.round(snap.records / (snapMs / 1000))} records/s`);
    report('team snapshot peak RSS', peak / 1e6, 'MB', `target < 1000 MB; ${((peak - rssBefore) / 1e6).toFixed(0)} MB above the start`);
    await team.close();
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
