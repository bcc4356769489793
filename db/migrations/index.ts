// Migrations come from a static map (not a folder scan) so they survive bundling into dist/.
// Add a migration: a new file NNNN_name.ts and one line here; names sort in the order they run.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { m0001_initial } from './0001_initial';
import { m0002_drop_unread_indexes } from './0002_drop_unread_indexes';
import { m0005_privacy } from './0005_privacy';
import { m0003_team_sync } from './0003_team_sync';
import { m0006_engineer_documents } from './0006_engineer_documents';
import { m0007_team_conflicts } from './0007_team_conflicts';
import { m0008_duplicates } from './0008_duplicates';
import { m0009_sourced_date } from './0009_sourced_date';
import { m0010_amend_reason } from './0010_amend_reason';
import { m0011_documents_sync } from './0011_documents_sync';
import { m0012_client_packets } from './0012_client_packets';
import { m0013_search_index } from './0013_search_index';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001_initial,
  '0002_drop_unread_indexes': m0002_drop_unread_indexes,
  '0005_privacy': m0005_privacy,
  '0003_team_sync': m0003_team_sync,
  '0006_engineer_documents': m0006_engineer_documents,
  '0007_team_conflicts': m0007_team_conflicts,
  '0008_duplicates': m0008_duplicates,
  '0009_sourced_date': m0009_sourced_date,
  '0010_amend_reason': m0010_amend_reason,
  '0011_documents_sync': m0011_documents_sync,
  '0012_client_packets': m0012_client_packets,
  '0013_search_index': m0013_search_index,
};

export const LATEST_MIGRATION = Object.keys(MIGRATIONS).sort().at(-1)!;

class StaticProvider implements MigrationProvider {
  constructor(private readonly map: Record<string, Migration>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.map;
  }
}

export function migratorFor(db: Kysely<unknown>, map: Record<string, Migration> = MIGRATIONS): Migrator {
  return new Migrator({ db, provider: new StaticProvider(map) });
}
