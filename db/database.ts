// The schema as Kysely sees it: one entry per table, row types in db/tables/*.table.ts.
import type { SkillsTable } from './tables/skills.table';
import type { EngineersTable, EngineerSkillsTable } from './tables/engineers.table';
import type { AssessmentsTable } from './tables/assessments.table';
import type { ClientsTable } from './tables/clients.table';
import type { RolesTable, RoleRequirementsTable } from './tables/roles.table';
import type { ShortlistsTable, ShortlistEntriesTable } from './tables/shortlists.table';
import type { ChangeLogTable, SettingsTable } from './tables/change-log.table';
import type { MergesTable, NotDuplicatesTable } from './tables/duplicates.table';

export interface Database {
  skills: SkillsTable;
  engineers: EngineersTable;
  engineer_skills: EngineerSkillsTable;
  assessments: AssessmentsTable;
  clients: ClientsTable;
  roles: RolesTable;
  role_requirements: RoleRequirementsTable;
  shortlists: ShortlistsTable;
  shortlist_entries: ShortlistEntriesTable;
  change_log: ChangeLogTable;
  settings: SettingsTable;
  merges: MergesTable;
  not_duplicates: NotDuplicatesTable;
}

export type * from './tables/skills.table';
export type * from './tables/engineers.table';
export type * from './tables/assessments.table';
export type * from './tables/clients.table';
export type * from './tables/roles.table';
export type * from './tables/shortlists.table';
export type * from './tables/change-log.table';
export type * from './tables/duplicates.table';
