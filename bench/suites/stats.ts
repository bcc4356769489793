// `benchmatch stats` as a whole process on the 100k-engineer bench (issue 2: <= 1 s), the way a user
// or a cron job runs it: node start, bundle load, database open, counts, exit. Also the time to
// generate the 100k demo bench in memory (the generator promises "a few seconds"). And what every
// service call now pays to notice other processes' writes (issue 21): one data_version pragma read.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { generateDemoBench } from '../../db/seed';
import { openBench } from '../../db/service/bench-service';
import { ensureBenchDb, repoRoot } from '../fixtures';
import type { Report } from '../run';

const RUNS = 5;

export async function run(report: Report): Promise<void> {
  const db = await ensureBenchDb(100_000);
  const cli = path.join(repoRoot(), 'bin/benchmatch.js');
  const once = () => {
    const t = performance.now();
    const out = execFileSync(process.execPath, [cli, '--db', db, 'stats', '--json'], { encoding: 'utf8' });
    const ms = performance.now() - t;
    return { ms, engineers: (JSON.parse(out) as { engineers: number }).engineers };
  };
  const first = once();
  if (first.engineers !== 100_000) throw new Error(`the fixture holds ${first.engineers} engineers, expected 100000`);
  const times = Array.from({ length: RUNS }, () => once().ms).sort((a, b) => a - b);
  report('stats: `benchmatch stats` process, 100k engineers, median', times[Math.floor(RUNS / 2)]!, 'ms', `target <= 1000 ms; ${RUNS} runs after one warm-up (first ${first.ms.toFixed(0)} ms)`);
  report('stats: `benchmatch stats` process, 100k engineers, max', times[RUNS - 1]!, 'ms');

  const bench = await openBench({ path: db });
  const CALLS = 20_000;
  for (let i = 0; i < 1000; i++) await bench.call('getSettings', {});
  const c = performance.now();
  for (let i = 0; i < CALLS; i++) await bench.call('getSettings', {});
  report('service: a cheap call (getSettings), data_version check included, mean', ((performance.now() - c) * 1000) / CALLS, 'µs', 'the check is one prepared pragma read per call (a few µs)');
  await bench.close();

  const t = performance.now();
  const demo = generateDemoBench({ engineers: 100_000, seed: 2 });
  report('seed: generate the 100k-engineer demo bench in memory', performance.now() - t, 'ms', `${demo.roles?.length ?? 0} roles; target: a few seconds`);
}
