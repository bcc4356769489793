// Import of a 100,000-engineer bench file (issue 2: <= 10 s, <= 3x raw prepared inserts of the same rows
// in one transaction, peak RSS <= 1.5 GB). The import runs in a child process through the built library
// (dist/node/index.js), so its peak RSS is the import's own and not this runner's; the raw baseline
// inserts the very same rows, precomputed, into a freshly migrated database with prepared statements.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { configure } from '../../db/connection';
import { assessmentValues, ASSESSMENT_COLUMNS, engineerValues, ENGINEER_COLUMNS } from '../../db/repos/rows';
import { openBench } from '../../db/service/bench-service';
import type { BenchFile } from '../../shared/bench/schema';
import { skillKey, resolveSkill } from '../../shared/taxonomy';
import { ensureBenchFile, fixtureDir, repoRoot } from '../fixtures';
import type { Report } from '../run';

const N = 100_000;

const CHILD = `
import { openBench } from ${JSON.stringify('LIB')};
const [db, file] = process.argv.slice(1);
const bench = await openBench({ path: db });
const c0 = process.cpuUsage();
const t = performance.now();
const r = await bench.importFile(file);
const ms = performance.now() - t;
const c = process.cpuUsage(c0);
const tc = performance.now();
await bench.close(); // waits for the background checkpoint the import started
const closeMs = performance.now() - tc;
process.stdout.write(JSON.stringify({ ms, closeMs, cpuMs: (c.user + c.system) / 1000, created: r.created.engineers, maxRssKb: process.resourceUsage().maxRSS }));
`;

function freshDb(name: string): string {
  const p = path.join(fixtureDir(), name);
  for (const f of [p, `${p}-wal`, `${p}-shm`]) rmSync(f, { force: true });
  return p;
}

export async function run(report: Report): Promise<void> {
  const file = ensureBenchFile(N);
  const lib = path.join(repoRoot(), 'dist/node/index.js');
  if (!existsSync(lib)) throw new Error('dist/node/index.js is missing: run `npm run build` first (npm run bench does)');

  // 1. The real import, in its own process.
  const target = freshDb('import-100k.sqlite');
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD.replace('LIB', lib), target, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const child = JSON.parse(out) as { ms: number; closeMs: number; cpuMs: number; created: number; maxRssKb: number };
  if (child.created !== N) throw new Error(`import created ${child.created} engineers, expected ${N}`);

  // 2. Raw better-sqlite3: the same rows, computed before the clock starts, inserted in one transaction.
  const bench = JSON.parse(readFileSync(file, 'utf8')) as BenchFile;
  const rawPath = freshDb('raw-100k.sqlite');
  await (await openBench({ path: rawPath })).close(); // the same schema, migrated
  const raw = new BetterSqlite3(rawPath);
  configure(raw);
  const skillIds = new Map<string, number>();
  const skillRows: unknown[][] = [];
  const idOf = (name: string) => {
    const key = skillKey(name);
    let id = skillIds.get(key);
    if (id === undefined) {
      id = skillIds.size + 1;
      skillIds.set(key, id);
      const r = resolveSkill(name);
      skillRows.push([id, r.name, key, r.category, r.known ? 0 : 1]);
    }
    return id;
  };
  const now = new Date().toISOString();
  const engineers = (bench.engineers ?? []).map((e, i) => [i + 1, ...engineerValues(e), now, now]);
  const skills = (bench.engineers ?? []).flatMap((e, i) => e.skills.map((s, j) => [i + 1, j, idOf(s.name), s.name, s.level, s.years ?? null, s.lastUsed ?? null]));
  const assessments = (bench.engineers ?? []).flatMap((e, i) => (e.assessments ?? []).map((a, j) => [...assessmentValues(a), i + 1, j, 'final', now, 'bench', now]));
  const q = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  const insSkillRow = raw.prepare('INSERT INTO skills (id, name, key, category, custom) VALUES (?, ?, ?, ?, ?)');
  const insEng = raw.prepare(`INSERT INTO engineers (pk, ${ENGINEER_COLUMNS.join(', ')}, created_at, updated_at) VALUES (${q(ENGINEER_COLUMNS.length + 3)})`);
  const insSkill = raw.prepare('INSERT INTO engineer_skills (engineer_pk, position, skill_id, name, level, years, last_used) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insA = raw.prepare(`INSERT INTO assessments (${ASSESSMENT_COLUMNS.join(', ')}, engineer_pk, position, status, created_at, created_by, finalized_at) VALUES (${q(ASSESSMENT_COLUMNS.length + 6)})`);
  const c0 = process.cpuUsage();
  const t = performance.now();
  raw.transaction(() => {
    for (const r of skillRows) insSkillRow.run(...r);
    for (const r of engineers) insEng.run(...r);
    for (const r of skills) insSkill.run(...r);
    for (const r of assessments) insA.run(...r);
  })();
  const rawMs = performance.now() - t;
  const rawCpu = process.cpuUsage(c0);
  const rawCpuMs = (rawCpu.user + rawCpu.system) / 1000;
  raw.close();

  const rows = `${engineers.length} engineers, ${skills.length} skill rows, ${assessments.length} assessments`;
  report('import: 100k-engineer bench file (read, check, write)', child.ms, 'ms', `target <= 10000 ms; ${rows}`);
  report('import: then close, waiting for the WAL checkpoint the import left to a worker thread', child.closeMs, 'ms', 'off the service thread; the import is durable before it');
  report('import: raw better-sqlite3 prepared inserts, same rows, one transaction', rawMs, 'ms');
  report('import: ratio import / raw inserts', child.ms / rawMs, 'x', 'target <= 3');
  // CPU time as well: on a shared, loaded machine wall time swings with other load; CPU time does not.
  report('import: CPU time of the import', child.cpuMs, 'ms');
  report('import: CPU time of the raw inserts', rawCpuMs, 'ms');
  report('import: CPU ratio import / raw inserts', child.cpuMs / rawCpuMs, 'x');
  report('import: peak RSS of the importing process', child.maxRssKb / 1024, 'MB', 'target <= 1536 MB');
  for (const p of [target, rawPath]) for (const f of [p, `${p}-wal`, `${p}-shm`]) rmSync(f, { force: true });
}
