// `npm run bench`: runs every suite in bench/suites/ (each exports `run(report)`), prints one table of
// figures and writes them to bench-results.json. A suite that throws is reported and the rest still run,
// so one broken figure never hides the others.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './fixtures';

export type Report = (name: string, value: number, unit: string, note?: string) => void;

export interface Figure {
  suite: string;
  name: string;
  value: number;
  unit: string;
  note?: string;
}

interface SuiteModule {
  run(report: Report): Promise<void> | void;
}

async function main(): Promise<void> {
  const root = repoRoot();
  const only = process.argv.slice(2);
  const names = readdirSync(path.join(root, 'bench/suites'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -3))
    .filter((n) => only.length === 0 || only.includes(n))
    .sort();
  const figures: Figure[] = [];
  const failures: { suite: string; error: string }[] = [];

  for (const suite of names) {
    process.stderr.write(`bench: ${suite}...\n`);
    const t0 = performance.now();
    try {
      // esbuild bundles every file matching this pattern, so the built runner holds all suites.
      const mod = (await import(`./suites/${suite}.ts`)) as SuiteModule;
      await mod.run((name, value, unit, note) => {
        const f: Figure = { suite, name, value, unit, ...(note ? { note } : {}) };
        figures.push(f);
        process.stderr.write(`  ${name}: ${format(value)} ${unit}\n`);
      });
    } catch (err) {
      const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      failures.push({ suite, error });
      process.stderr.write(`bench: suite ${suite} failed:\n${error}\n`);
    }
    process.stderr.write(`bench: ${suite} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }

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
