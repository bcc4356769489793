// Match figures on the 100k demo bench (issue 3): a role with 3 must-haves and 3 nice-to-haves,
// warm (bench prepared in memory, as the service keeps it) and cold (a whole process that opens the
// SQLite file, reads the bench and ranks) beside a whole process that merely reads the same rows.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchFile, Role } from '../../shared/bench/schema';
import { prepareBench, rankRole } from '../../shared/matching';
import { skillKey, resolveSkill } from '../../shared/taxonomy';
import { generateDemoBench } from '../../db/seed';
import { openBench } from '../../db/service/bench-service';
import { medianBy, rawReadArgs, timeProcess, type ProcessFigure } from '../cold';

type Report = (name: string, value: number, unit: string, note?: string) => void;

const AS_OF = '2026-12-01';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A realistic role built from the bench itself: its 3 commonest skills required, the next 3 wanted. */
export function benchRole(bench: BenchFile): Role {
  const counts = new Map<string, { name: string; n: number }>();
  for (const e of bench.engineers ?? []) {
    for (const s of e.skills) {
      const name = resolveSkill(s.name).name;
      const c = counts.get(skillKey(name)) ?? counts.set(skillKey(name), { name, n: 0 }).get(skillKey(name))!;
      c.n++;
    }
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n || (a.name < b.name ? -1 : 1)).slice(0, 6).map((c) => c.name);
  return {
    id: 'bench-role', clientId: bench.clients![0]!.id, title: 'Benchmark role',
    mustHave: top.slice(0, 3).map((skill) => ({ skill, minLevel: 2 })),
    niceToHave: top.slice(3, 6).map((skill, i) => ({ skill, weight: 3 - i })),
    minOverlapHours: 4, minEnglish: 'B2', maxBillRate: 80,
  };
}

export async function run(report: Report): Promise<void> {
  const bench = generateDemoBench({ engineers: 100_000, seed: 1 });
  const role = benchRole(bench);
  bench.roles = [...(bench.roles ?? []), role];
  const engineers = bench.engineers ?? [];
  const clients = bench.clients ?? [];

  const t0 = performance.now();
  const prepared = prepareBench(engineers);
  report('match: prepare 100k engineers (once per bench version)', performance.now() - t0, 'ms');

  // Warm-up, then the median of repeated rankings, each building every match's reasons for the top 20.
  for (let i = 0; i < 3; i++) rankRole({ engineers, clients }, role, { asOf: AS_OF, prepared, top: 20 });
  const warm: number[] = [];
  let found = 0;
  for (let i = 0; i < 15; i++) {
    const s = performance.now();
    const r = rankRole({ engineers, clients }, role, { asOf: AS_OF, prepared, top: 20 });
    warm.push(performance.now() - s);
    found = r.totalMatches;
  }
  report('match: warm, 3 must + 3 nice, 100k engineers, median', median(warm), 'ms', `${found} matches; target <= 100 ms`);
  const all: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    rankRole({ engineers, clients }, role, { asOf: AS_OF, prepared });
    all.push(performance.now() - s);
  }
  report('match: warm, every match and near miss described, median', median(all), 'ms');

  // Cold: whole processes against a real SQLite file, through the built library bundle.
  const lib = resolve('dist/node/index.js');
  if (!existsSync(lib)) {
    report('match: cold', NaN, 'ms', 'skipped: dist/node/index.js missing (run the build)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bm-bench-match-'));
  try {
    const file = join(dir, 'bench.json');
    const db = join(dir, 'bench.sqlite');
    writeFileSync(file, JSON.stringify(bench));
    const svc = await openBench({ path: db });
    await svc.importFile(file);
    await svc.close();
    const url = pathToFileURL(lib).href;
    const open = `import { openBench } from ${JSON.stringify(url)}; const b = await openBench({ path: ${JSON.stringify(db)} });`;
    const readOnly = `${open} const s = b.snapshot(); if (!s.engineers.length) process.exit(3); await b.close();`;
    const matchOf = (role: string) => `${open} const r = await b.match('${role}', { asOf: '${AS_OF}', top: 20 }); if (!r.evaluated) process.exit(3); await b.close();`;
    // The benchmark role asks for the bench's three commonest skills: the most engineers a cold match's
    // pool can hold (about 60%: all its must-haves but one), of whom its prefilter keeps those failing at
    // most one constraint (about 16%). A demo role's must-haves leave in fewer.
    const match = matchOf('bench-role');
    const demoRole = matchOf('role-1');
    const script = (code: string) => ['--input-type=module', '-e', code];
    const raws: ProcessFigure[] = [];
    const reads: ProcessFigure[] = [];
    const matches: ProcessFigure[] = [];
    const demoMatches: ProcessFigure[] = [];
    for (let i = 0; i < 3; i++) {
      raws.push(timeProcess(rawReadArgs(db)));
      reads.push(timeProcess(script(readOnly)));
      matches.push(timeProcess(script(match)));
      demoMatches.push(timeProcess(script(demoRole)));
    }
    const [rawMs, readMs, matchMs] = [raws, reads, matches].map((xs) => medianBy(xs, (x) => x.ms)) as [number, number, number];
    report('match: cold, whole process (open SQLite, read, rank)', matchMs, 'ms');
    report('match: baseline, whole process merely reading the same rows', readMs, 'ms', 'the bench snapshot, as objects');
    report('match: baseline, raw better-sqlite3 read of every row of every table', rawMs, 'ms');
    report('match: cold / read ratio', matchMs / readMs, 'x', 'target <= 2');
    report('match: cold / raw read ratio', matchMs / rawMs, 'x', 'issue 20 target <= 1.0');
    report('match: cold, peak RSS', medianBy(matches, (x) => x.rssMb), 'MB', `issue 20 target <= 400; raw read ${medianBy(raws, (x) => x.rssMb).toFixed(0)} MB`);
    report('match: cold, demo role role-1 / raw read ratio', medianBy(demoMatches, (x) => x.ms) / rawMs, 'x', 'issue 20 target <= 1.0');
    report('match: cold, demo role role-1, peak RSS', medianBy(demoMatches, (x) => x.rssMb), 'MB', 'issue 20 target <= 400');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
