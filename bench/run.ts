// `npm run bench`: runs every suite in bench/suites/ (each exports `run(report)`), prints one table of
// figures and writes them to bench-results.json. A suite that throws is reported and the rest still run,
// so one broken figure never hides the others.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './fixtures';
import { runSuites, type Figure, type SuiteEntry } from './runner';

export type { Figure, Report } from './runner';

type SuiteModule = Awaited<ReturnType<SuiteEntry['load']>>;

async function main(): Promise<void> {
  const root = repoRoot();
  const only = process.argv.slice(2);
  const names = readdirSync(path.join(root, 'bench/suites'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -3))
    .filter((n) => only.length === 0 || only.includes(n))
    .sort();
  const { figures, failures } = await runSuites(
    // esbuild bundles every file matching this pattern, so the built runner holds all suites.
    names.map((name) => ({ name, load: () => import(`./suites/${name}.ts`) as Promise<SuiteModule> })),
    {
      start: (suite) => void process.stderr.write(`bench: ${suite}...\n`),
      figure: (f) => void process.stderr.write(`  ${f.name}: ${format(f.value)} ${f.unit}\n`),
      failed: (suite, error) => void process.stderr.write(`bench: suite ${suite} failed:\n${error}\n`),
      done: (suite, ms) => void process.stderr.write(`bench: ${suite} done in ${(ms / 1000).toFixed(1)} s\n`),
    },
  );

  printTable(figures);
  for (const f of failures) process.stdout.write(`\nFAILED suite ${f.suite}: ${f.error.split('\n')[0]}\n`);
  const out = path.join(root, 'bench-results.json');
  writeFileSync(out, JSON.stringify({ ranAt: new Date().toISOString(), node: process.version, figures, failures }, null, 2) + '\n');
  process.stdout.write(`\nFigures written to ${out}\n`);
}

function format(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  return abs >= 100 ? v.toFixed(0) : abs >= 10 ? v.toFixed(1) : v.toFixed(2);
}

function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((f) => [f.name, format(f.value), f.unit, f.note ?? '']);
  const head = ['figure', 'value', 'unit', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  process.stdout.write('\n' + line(head) + '\n' + widths.map((w) => '-'.repeat(w)).join('  ') + '\n');
  for (const r of rows) process.stdout.write(line(r) + '\n');
}

await main();
