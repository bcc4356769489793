// Ids for engineers added one by one (a CV import): "eng-" and the next number after the highest on the
// bench, with this laptop's team suffix on a team bench, since two laptops count alike.
import type { RawDb } from '../connection';
import { teamTag } from './assessments-edit';

export function newEngineerId(raw: RawDb): string {
  const tag = teamTag(raw);
  const max = raw.prepare("SELECT max(CAST(substr(id, 5) AS INTEGER)) AS n FROM engineers WHERE id GLOB 'eng-[0-9]*'").get() as { n: number | null };
  let n = (max.n ?? 0) + 1;
  const taken = raw.prepare('SELECT 1 FROM engineers WHERE id = ?');
  const make = (k: number) => `eng-${String(k).padStart(5, '0')}${tag}`;
  while (taken.get(make(n))) n++;
  return make(n);
}
