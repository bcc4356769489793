// Kept CV files on the team bench (issue 16), against a real PostgreSQL (embedded, in a temp folder):
// laptop A (admin) keeps 100 CV files of 100 KB to 2 MB (random bytes: PDFs with photos do not compress
// either), then
// 1. A sends them (sync: push);
// 2. B, already joined, receives them (sync: pull);
// 3. C, a fresh laptop, joins and receives them in the snapshot;
// each in its own child process through the built library, so the time and peak RSS are its own. Also
// B's file size against the bytes kept (near 1: the sync's record of each file, sync_base, keeps a mark,
// not a second copy).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { keepDocument } from '../../db/repos/engineer-documents';
import { openBench } from '../../db/service/bench-service';
import { generateDemoBench } from '../../db/seed';
import { connectTeam } from '../../db/team/server/client';
import { startEmbeddedTeamServer } from '../../db/team/server/embedded';
import { repoRoot } from '../fixtures';
import type { Report } from '../runner';

const FILES = 100;

const CHILD = `
import { openBench } from ${JSON.stringify('LIB')};
const [db, method] = process.argv.slice(1);
const bench = await openBench({ path: db });
const t = performance.now();
const input = { url: process.env.BENCHMATCH_TEAM_URL };
await bench.call(method, input, { actor: 'bench' });
const ms = performance.now() - t;
await bench.close();
process.stdout.write(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS }));
`;

interface ChildResult { ms: number; maxRssKb: number }

function child(lib: string, db: string, method: 'teamJoin' | 'syncNow', url: string): ChildResult {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD.replace('LIB', lib), db, method], {
    encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, BENCHMATCH_TEAM_URL: url },
  });
  return JSON.parse(out) as ChildResult;
}

export async function run(report: Report): Promise<void> {
  const lib = path.join(repoRoot(), 'dist/node/index.js');
  if (!existsSync(lib)) throw new Error('dist/node/index.js is missing: run `npm run build` first (npm run bench does)');
  const dir = mkdtempSync(path.join(tmpdir(), 'benchmatch-bench-docs-'));
  const serverDir = mkdtempSync(path.join(tmpdir(), 'benchmatch-bench-docs-server-')); // its own: PostgreSQL takes it over
  const server = await startEmbeddedTeamServer({ dataDir: serverDir });
  const admin = await connectTeam(server.adminUrl);
  try {
    const person = async (role: 'admin' | 'account_manager') => (await admin.addPerson(`Bench ${role} ${Date.now()}`, role)).url;
    const [a, b, c] = ['a', 'b', 'c'].map((n) => path.join(dir, `${n}.sqlite`)) as [string, string, string];
    const aUrl = await person('admin');
    const bUrl = await person('account_manager');

    // A: a bench of 100 engineers, joined; B joined while the team has no files yet.
    const file = path.join(dir, 'demo.bench.json');
    writeFileSync(file, JSON.stringify(generateDemoBench({ engineers: FILES, seed: 16 })));
    const benchA = await openBench({ path: a });
    await benchA.importFile(file, { actor: 'bench' });
    await benchA.call('teamJoin', { url: aUrl });
    const ids = (benchA.snapshot().engineers ?? []).map((e) => e.id);
    await benchA.close();
    child(lib, b, 'teamJoin', bUrl);

    // A keeps one file per engineer (as a CV import does, through keepDocument, in one transaction).
    let bytes = 0;
    const db = new Database(a);
    db.transaction(() => {
      ids.forEach((id, i) => {
        const size = 100 * 1024 + Math.floor(((i * 7919) % 100) / 100 * 1.9 * 1024 * 1024);
        bytes += size;
        keepDocument(db, id, { name: `cv-${i}.pdf`, kind: 'pdf', bytes: randomBytes(size) }, 'bench');
      });
    }).immediate();
    db.close();
    const mb = (bytes / 1048576).toFixed(0);

    const push = child(lib, a, 'syncNow', aUrl);
    report(`team documents: send ${FILES} CV files (${mb} MB)`, push.ms, 'ms', `peak RSS ${(push.maxRssKb / 1024).toFixed(0)} MB`);
    const pull = child(lib, b, 'syncNow', bUrl);
    report(`team documents: pull ${FILES} CV files (${mb} MB)`, pull.ms, 'ms', `peak RSS ${(pull.maxRssKb / 1024).toFixed(0)} MB`);
    const join = child(lib, c, 'teamJoin', await person('account_manager'));
    report(`team documents: a fresh laptop joins with ${FILES} CV files (${mb} MB)`, join.ms, 'ms', `peak RSS ${(join.maxRssKb / 1024).toFixed(0)} MB`);
    const check = new Database(b, { readonly: true });
    const held = check.prepare('SELECT count(*) AS n, sum(length(bytes)) AS total FROM engineer_documents').get() as { n: number; total: number };
    check.close();
    if (held.n !== FILES || held.total !== bytes) throw new Error(`B holds ${held.n} files of ${held.total} bytes; A kept ${FILES} of ${bytes}`);
    report('team documents: B\'s bench file / bytes kept', statSync(b).size / bytes, 'x', 'each file once: sync_base keeps a mark, not a copy');
  } finally {
    await admin.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(serverDir, { recursive: true, force: true });
  }
}
