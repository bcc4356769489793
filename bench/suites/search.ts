// Search figures on the 100k demo bench (issue 3): replaying every prefix of 30 realistic typed queries
// (typos included) against the warm index, beside Fuse.js run directly over the same records with the
// same keys; index build time and warm index memory.
import Fuse from 'fuse.js';
import { buildSearchIndex } from '../../shared/search';
import { resolveSkill } from '../../shared/taxonomy';
import path from 'node:path';
import { generateDemoBench } from '../../db/seed';
import { openBench } from '../../db/service/bench-service';
import { medianBy, rawReadArgs, timeProcess, type ProcessFigure } from '../cold';
import { ensureBenchDb, repoRoot } from '../fixtures';

type Report = (name: string, value: number, unit: string, note?: string) => void;

/** What recruiters type, typos and all, in the order they type it. */
export const TYPED_QUERIES = [
  'pyhton pytorch', 'k8s aws', 'senior data engineer', 'rios', 'machine learning brasil',
  'langchian rag', 'react typscript', 'golang postgres', 'tensorflow mexico', 'airflow spark',
  'kubernetes terraform', 'sao paulo python', 'hugging face', 'node.js graphql', 'gonzalez',
  'dbt snowflake', 'ml engineer colombia', 'fullstack next.js', 'skill:python country:AR', 'mlflow kubeflow',
  'pytorch -tensorflow', 'vue javascrpt', 'buenos aires react', 'fastapi docker', 'data engineer gcp',
  'llm agents', 'kafka java', 'bogota frontend', 'devops azure', 'scikit-learn pandas',
] as const;

export function prefixesOf(queries: readonly string[]): string[] {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, k) => q.slice(0, k + 1)));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 0.5);

function heapNow(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export async function run(report: Report): Promise<void> {
  let t = performance.now();
  const bench = generateDemoBench({ engineers: 100_000, seed: 1 });
  report('search: demo bench generated (setup, not a target)', performance.now() - t, 'ms');
  const engineers = bench.engineers ?? [];
  const gcAvailable = typeof (globalThis as { gc?: unknown }).gc === 'function';

  const before = heapNow();
  const t0 = performance.now();
  const index = buildSearchIndex(engineers);
  const buildMs = performance.now() - t0;
  const after = heapNow();
  report('search: index build (100k engineers)', buildMs, 'ms', 'target <= 2000 ms');
  report('search: warm index memory', (after - before) / 2 ** 20, 'MB', gcAvailable ? 'heap + array buffers after gc; target <= 300 MB' : 'no --expose-gc: rough');

  const prefixes = prefixesOf(TYPED_QUERIES);
  // Warm-up pass so the JIT has compiled the hot paths, as it has after the first few keystrokes.
  for (const q of prefixes.slice(0, 60)) index.search(q);
  const times: number[] = [];
  for (const q of prefixes) {
    const s = performance.now();
    index.search(q, { limit: 50 });
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const ours = percentile(times, 0.5);
  report('search: per keystroke, median', ours, 'ms', `${prefixes.length} prefixes of ${TYPED_QUERIES.length} queries, facet counts included; target <= 5 ms`);
  report('search: per keystroke, p95', percentile(times, 0.95), 'ms', 'target <= 16 ms');
  report('search: per keystroke, max', times[times.length - 1]!, 'ms');

  // The same replay with no memory of earlier keystrokes: every term of every prefix resolved afresh.
  const uncached = buildSearchIndex(engineers, { termCache: 0 });
  for (const q of prefixes.slice(0, 60)) uncached.search(q);
  const cold: number[] = [];
  for (const q of prefixes) {
    const s = performance.now();
    uncached.search(q, { limit: 50 });
    cold.push(performance.now() - s);
  }
  cold.sort((a, b) => a - b);
  report('search: per keystroke, median, term cache off', percentile(cold, 0.5), 'ms', 'every term resolved afresh');
  report('search: per keystroke, p95, term cache off', percentile(cold, 0.95), 'ms');

  // Baseline: Fuse.js directly over the 100k records with the same fields. It is linear per keystroke,
  // so a sample of the prefixes is timed (every 8th).
  const records = engineers.map((e) => ({
    name: e.name, skills: e.skills.map((s) => resolveSkill(s.name).name), primaryRole: e.primaryRole ?? '', city: e.city ?? '',
    country: e.country, tags: e.tags ?? [], summary: e.summary ?? '',
  }));
  t = performance.now();
  const fuse = new Fuse(records, { keys: ['name', 'skills', 'primaryRole', 'city', 'country', 'tags', 'summary'], threshold: 0.3, ignoreLocation: true });
  report('search: Fuse.js index build (100k records)', performance.now() - t, 'ms');
  const sample = prefixes.filter((_, k) => k % 8 === 0);
  const fuseTimes: number[] = [];
  for (const q of sample) {
    const s = performance.now();
    fuse.search(q, { limit: 50 });
    fuseTimes.push(performance.now() - s);
  }
  const fuseMedian = median(fuseTimes);
  report('search: Fuse.js over 100k records, per keystroke, median', fuseMedian, 'ms', `${sample.length} sampled prefixes`);
  const ourSample: number[] = [];
  for (const q of sample) {
    const s = performance.now();
    index.search(q, { limit: 50 });
    ourSample.push(performance.now() - s);
  }
  report('search: speed-up over Fuse.js (same sampled prefixes, medians)', fuseMedian / median(ourSample), 'x', 'target >= 50x');

  await coldSearch(report);
}

/** `benchmatch search` as a whole process on the 100k fixture, beside the raw read of the same file (issue 20). */
async function coldSearch(report: Report): Promise<void> {
  const db = await ensureBenchDb(100_000);
  // A fixture made by an older BenchMatch is upgraded and its persisted search index built by the first
  // search (once per bench file; setup, not a cold figure).
  const setup = await openBench({ path: db });
  try {
    const t = performance.now();
    await setup.search('setup', { limit: 1 });
    report('search: first search on the fixture (upgrade and index build when needed; setup)', performance.now() - t, 'ms');
  } finally {
    await setup.close();
  }
  const cli = path.join(repoRoot(), 'bin/benchmatch.js');
  const raws: ProcessFigure[] = [];
  const searches: ProcessFigure[] = [];
  for (let i = 0; i < 3; i++) {
    raws.push(timeProcess(rawReadArgs(db)));
    searches.push(timeProcess([cli, '--db', db, 'search', 'pyhton k8s country:BR', '--limit', '5', '--json']));
  }
  const [rawMs, searchMs] = [raws, searches].map((xs) => medianBy(xs, (x) => x.ms)) as [number, number];
  report('search: cold, `benchmatch search` process (100k), median', searchMs, 'ms');
  report('search: baseline, raw better-sqlite3 read of every row of every table', rawMs, 'ms');
  report('search: cold / raw read ratio', searchMs / rawMs, 'x', 'issue 20 target <= 0.25');
  report('search: cold, peak RSS', medianBy(searches, (x) => x.rssMb), 'MB', `issue 20 target <= 400; raw read ${medianBy(raws, (x) => x.rssMb).toFixed(0)} MB`);
}
