// pg, loaded on first use. The command line bundles every command into one file, where a static
// import of pg would load it at the start of every command (`stats`, `search`...), not only the team
// ones; a dynamic import stays lazy.
import type PgModule from 'pg';

let loaded: Promise<typeof PgModule> | undefined;

export function loadPg(): Promise<typeof PgModule> {
  loaded ??= import('pg').then((m) => m.default);
  return loaded;
}
