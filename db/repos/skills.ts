// Skill rows: canonical names from shared/taxonomy, custom skills for names it does not know.
// Raw prepared statements on purpose: the resolver runs for every skill of every imported engineer, inside
// the `npm run bench` figure "import: 100k-engineer bench file (read, check, write)".
import { resolveSkill, skillKey } from '../../shared/taxonomy';
import type { RawDb } from '../connection';

/** A resolver that returns the skills.id for a name as written, inserting the skill on first sight. */
export function skillIdResolver(raw: RawDb): (name: string) => number {
  const byKey = new Map<string, number>();
  for (const r of raw.prepare('SELECT id, key FROM skills').all() as { id: number; key: string }[]) byKey.set(r.key, r.id);
  const byName = new Map<string, number>();
  const insert = raw.prepare('INSERT INTO skills (name, key, category, custom) VALUES (?, ?, ?, ?)');
  return (name: string) => {
    let id = byName.get(name);
    if (id !== undefined) return id;
    const key = skillKey(name);
    id = byKey.get(key);
    if (id === undefined) {
      const r = resolveSkill(name);
      id = Number(insert.run(r.name, key, r.category, r.known ? 0 : 1).lastInsertRowid);
      byKey.set(key, id);
    }
    byName.set(name, id);
    return id;
  };
}
