// "The valid rows only" for a bench file: every record with a problem is left out and listed with its
// problems, then the rest is checked again, since leaving a record out can leave a reference dangling (a
// shortlist naming a skipped engineer); that record goes too, until nothing more fails. Problems of the
// file itself (not JSON, wrong format) still refuse it whole.
import type { SkippedRecord } from '../../shared/api/bench';
import type { Problem } from '../../shared/api/errors';
import type { ExistingBench } from './existing';
import { checkBench, RECORD_ARRAYS } from './validate';

const RECORD = /^\/(clients|roles|engineers|shortlists)\/(\d+)(?:\/|$)/;

function nameOf(record: unknown): string | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const r = record as Record<string, unknown>;
  const name = r.name ?? r.title;
  return typeof name === 'string' && name ? name : undefined;
}

export function validRecordsOnly(value: unknown, existing: ExistingBench): { value: unknown; skipped: SkippedRecord[]; problems: Problem[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { value, skipped: [], problems: checkBench(value, existing).problems };
  let current = value as Record<string, unknown>;
  // Where each kept record stood in the file, so the list names the file's places.
  const origin = Object.fromEntries(RECORD_ARRAYS.map((c) => [c, Array.isArray(current[c]) ? (current[c] as unknown[]).map((_, i) => i) : []])) as Record<string, number[]>;
  const skipped: SkippedRecord[] = [];
  for (;;) {
    const { problems } = checkBench(current, existing);
    if (problems.length === 0) return { value: current, skipped: skipped.sort((a, b) => a.where.localeCompare(b.where, 'en', { numeric: true })), problems: [] };
    const bad = new Map<string, Problem[]>();
    for (const p of problems) {
      const m = RECORD.exec(p.where);
      if (!m) return { value, skipped: [], problems };
      const key = `${m[1]}/${m[2]}`;
      const at = `/${m[1]}/${origin[m[1]!]![Number(m[2])]}`;
      (bad.get(key) ?? bad.set(key, []).get(key)!).push({ ...p, where: p.where.replace(RECORD, `${at}/`).replace(/\/$/, '') });
    }
    const next: Record<string, unknown> = { ...current };
    for (const c of RECORD_ARRAYS) {
      const list = current[c];
      if (!Array.isArray(list)) continue;
      const keep: unknown[] = [];
      const from: number[] = [];
      list.forEach((r, i) => {
        const problemsOf = bad.get(`${c}/${i}`);
        if (!problemsOf) {
          keep.push(r);
          from.push(origin[c]![i]!);
          return;
        }
        const name = nameOf(r);
        skipped.push({ where: `/${c}/${origin[c]![i]}`, ...(name ? { name } : {}), problems: problemsOf });
      });
      next[c] = keep;
      origin[c] = from;
    }
    current = next;
  }
}
