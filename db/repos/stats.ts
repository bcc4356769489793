// Counts and the schema version for `stats`.
import { sql } from 'kysely';
import type { RawDb } from '../connection';
import { first, q } from './query';

export function benchCounts(raw: RawDb) {
  const n = sql<number>`count(*)`.as('n');
  const c = (query: Parameters<typeof first<{ n: number }>>[1]) => first(raw, query)?.n ?? 0;
  return {
    engineers: c(q.selectFrom('engineers').select(n)),
    archived: c(q.selectFrom('engineers').select(n).where('archived', '=', 1)),
    vetted: c(q.selectFrom('engineers').select(n).where('vetting_status', '=', 'vetted')),
    clients: c(q.selectFrom('clients').select(n)),
    roles: c(q.selectFrom('roles').select(n)),
    openRoles: c(q.selectFrom('roles').select(n).where((eb) => eb.or([eb('status', 'is', null), eb('status', '=', 'open')]))),
    shortlists: c(q.selectFrom('shortlists').select(n)),
    assessments: c(q.selectFrom('assessments').select(n).where('status', '=', 'final')),
    skills: c(q.selectFrom('skills').select(n)),
  };
}

/** The last migration applied; kysely_migration belongs to Kysely's migrator, not to our Database type. */
export function appliedSchemaVersion(raw: RawDb): string | undefined {
  return raw.prepare('SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1').pluck().get() as string | undefined;
}
