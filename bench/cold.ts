// Whole-process figures for issue 20 ("a big bench opens fast"): the wall time and peak memory (max RSS)
// of one fresh node process, and the baseline every cold figure is a ratio of: a process that merely
// opens the SQLite file with better-sqlite3 and reads every row of every table, measured in the same run
// so the ratio holds on a machine whose load changes from minute to minute.
import { spawnSync } from 'node:child_process';

export interface ProcessFigure {
  ms: number;
  /** Peak resident memory of the process, MB. */
  rssMb: number;
}

// Reports the process's peak RSS on stderr as it exits, whatever the script (the CLI cannot be edited for it).
const RSS_HOOK = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss:"+process.resourceUsage().maxRSS+"\\n"))';

/** Runs node with `args` (a script file and its arguments, or `--input-type=module -e <code>`). */
export function timeProcess(args: readonly string[]): ProcessFigure {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`child process failed (${r.status}): ${r.stderr.split('\n').slice(0, 3).join(' | ')}`);
  const kb = /maxrss:(\d+)/.exec(r.stderr)?.[1];
  return { ms, rssMb: kb ? Number(kb) / 1024 : NaN };
}

/** node arguments for the baseline: every row of every table of `db`, read with better-sqlite3 and dropped.
 *  The persisted search index's own tables (search_*, derived from the others) are left out, so the
 *  baseline stays the bench's data and the ratios compare with those measured before it existed. */
export function rawReadArgs(db: string): string[] {
  const code = `import Database from 'better-sqlite3';
const db = new Database(${JSON.stringify(db)}, { readonly: true });
let n = 0;
for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'").all()) {
  for (const row of db.prepare('SELECT * FROM "' + name.replaceAll('"', '""') + '"').raw().iterate()) n += row.length;
}
if (!n) process.exit(3);
db.close();`;
  return ['--input-type=module', '-e', code];
}

export const medianBy = <T>(xs: readonly T[], by: (x: T) => number): number => {
  const sorted = xs.map(by).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
