// What import checks need to know about the bench already stored: the ids that references may point at.
// Raw statements on purpose: 100k engineer ids are read before every import, inside the `npm run bench`
// figure "import: 100k-engineer bench file (read, check, write)".
import type { RawDb } from '../connection';

export interface ExistingBench {
  clientIds: Set<string>;
  roleIds: Set<string>;
  engineerIds: Set<string>;
}

export const emptyExisting = (): ExistingBench => ({ clientIds: new Set(), roleIds: new Set(), engineerIds: new Set() });

export function loadExisting(raw: RawDb): ExistingBench {
  const ids = (sql: string) => new Set((raw.prepare(sql).pluck().all() as string[]));
  return { clientIds: ids('SELECT id FROM clients'), roleIds: ids('SELECT id FROM roles'), engineerIds: ids('SELECT id FROM engineers') };
}
