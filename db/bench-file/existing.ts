// What import checks need to know about the bench already stored: ids that references may point at,
// and the keys used to spot possible duplicate engineers.
// Raw statements iterating raw rows on purpose: 100k engineers are read before every import, inside the
// `npm run bench` figure "import: 100k-engineer bench file (read, check, write)".
import type { RawDb } from '../connection';

export interface ExistingBench {
  clientIds: Set<string>;
  roleIds: Set<string>;
  engineerIds: Set<string>;
  /** lower-cased email -> engineer id */
  emails: Map<string, string>;
  /** folded name + country -> engineer id */
  nameCountry: Map<string, string>;
}

export const emptyExisting = (): ExistingBench => ({ clientIds: new Set(), roleIds: new Set(), engineerIds: new Set(), emails: new Map(), nameCountry: new Map() });

export function loadExisting(raw: RawDb): ExistingBench {
  const ids = (sql: string) => new Set((raw.prepare(sql).pluck().all() as string[]));
  const out: ExistingBench = {
    clientIds: ids('SELECT id FROM clients'),
    roleIds: ids('SELECT id FROM roles'),
    engineerIds: new Set(),
    emails: new Map(),
    nameCountry: new Map(),
  };
  for (const [id, email, nameKey, country] of raw.prepare('SELECT id, email, name_key, country FROM engineers').raw().iterate() as Iterable<[string, string | null, string, string]>) {
    out.engineerIds.add(id);
    if (email) out.emails.set(email.toLowerCase(), id);
    out.nameCountry.set(`${nameKey}\u0000${country}`, id);
  }
  return out;
}
