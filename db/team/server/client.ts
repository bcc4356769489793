// The team server as `sync` and the CLI see it: one object per connection URL. Writes go through the
// server's functions (benchmatch.push, add_person); reads are plain SELECTs under the person's own
// login, so row-level security and column privileges decide what they receive (sales never receive
// cost rates). Every failure is a TeamError (shared/team/team-error.ts).
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { loadPg } from './pg';
import { hidesFrom, isTeamRole, TEAM_ENTITIES, type TeamRole } from '../../../shared/team/permissions';
import { TeamError } from '../../../shared/team/team-error';
import { classify, connectionConfig, type ConnectOptions } from './connection';
import { scramVerifier } from './scram';
import { newerSchemaError, serverSchemaVersion, TEAM_SCHEMA_VERSION } from './schema';

export type { ConnectOptions } from './connection';
export { redactUrl } from './connection';
export { TeamError, type TeamErrorKind } from '../../../shared/team/team-error';

/** One field change as a laptop sends it (docs/team-design.md). */
export interface TeamChange {
  changeId: string;
  entity: string;
  recordId: string;
  field: string;
  /** Any JSON value; null clears the field. */
  value: unknown;
  hlc: string;
  /** The field's stamp on the editor's laptop when the edit was made (null: it held none). */
  base?: string | null;
}

/** A change as the server recorded it. */
export interface ServerChange extends TeamChange {
  seq: number;
  author: string;
  /** The server's time, ISO 8601. */
  acceptedAt: string;
  /** False: a later edit already held the field when this one arrived (kept for the history, never applied). */
  won?: boolean;
}

export type PushStatus = 'accepted' | 'duplicate' | 'refused' | 'superseded';
export interface PushResult {
  changeId: string;
  status: PushStatus;
  /** Why it was refused, in words. */
  reason?: string;
  /** With `superseded`: the value that stays, its stamp and author. */
  current?: { value: unknown; hlc: string; author: string };
  /** With `accepted`: its place in the server's order. */
  seq?: number;
}

export interface Whoami {
  login: string;
  name: string;
  role: TeamRole;
}

export interface PullPage {
  /** Winning changes after the mark, in seq order. */
  changes: ServerChange[];
  /** The mark to store once this page is applied. */
  maxSeq: number;
  /** True when the page was full: pull again from maxSeq. */
  more: boolean;
}

export interface SnapshotPage {
  /**
   * Whole records, in dependency order, each one JSON text `{ entity, recordId, fields, hlcs }` (a
   * TeamRecord, db/team/local/types.ts): the server builds it, so a join stages it without parsing it.
   */
  records: string[];
  /** The server's seq the snapshot is consistent with: after the last page, pull from here. */
  seq: number;
}

/** One record of a snapshot page, parsed. */
export interface SnapshotRecord {
  entity: string;
  recordId: string;
  fields: Record<string, unknown>;
  hlcs: Record<string, string>;
}

export const parseSnapshotRecord = (text: string): SnapshotRecord => JSON.parse(text) as SnapshotRecord;

export interface LogEntry extends ServerChange {
  /** False: a later edit already held the field when this one arrived. */
  won: boolean;
}

export interface LogQuery {
  entity?: string;
  recordId?: string;
  /** Only entries after this seq (paging). */
  after?: number;
  limit?: number;
}

export interface AddedPerson {
  login: string;
  name: string;
  role: TeamRole;
  /** The person's connection URL: their login and a new password, this server's host, port and database. */
  url: string;
}

export interface TeamClient {
  /** The URL this client connects with (it holds the password: never print it; see redactUrl). */
  readonly url: string;
  whoami(): Promise<Whoami>;
  push(changes: readonly TeamChange[]): Promise<PushResult[]>;
  /** Changes after `seq`: at most `limit`, and fewer once their values pass `maxBytes` (PULL_PAGE_BYTES). */
  pullAfter(seq: number, limit?: number, maxBytes?: number): Promise<PullPage>;
  /** Every record the person may see, in pages of records, from one REPEATABLE READ transaction. Resolves to the snapshot's seq. */
  snapshot(onPage: (page: SnapshotPage) => void | Promise<void>, opts?: { pageSize?: number }): Promise<{ seq: number; records: number }>;
  /** The audit history (admins only). */
  log(query?: LogQuery): Promise<LogEntry[]>;
  /**
   * Calls onChange with the newest seq whenever someone pushes (LISTEN on a connection of its own).
   * Resolves to a function that stops listening. If that connection drops, onError is called once and
   * listening has stopped: call listen again when the server is back.
   */
  listen(onChange: (seq: number) => void, onError?: (err: TeamError) => void): Promise<() => Promise<void>>;
  /**
   * Erases a person from the team bench (admins only): their records and their history go, a tombstone
   * (id and time) stays, and every laptop deletes them when it pulls it. Safe to repeat.
   */
  erasePerson(engineerId: string): Promise<{ engineerId: string; fields: number; changes: number; seq: number }>;
  /** Creates a login in one group (admins only); the password is generated here and appears only in the returned URL. */
  addPerson(name: string, role: TeamRole, login?: string): Promise<AddedPerson>;
  close(): Promise<void>;
}

export const DEFAULT_PULL_LIMIT = 2000;
export const DEFAULT_SNAPSHOT_PAGE = 5000;
/**
 * A pull page also stops once its values pass this many bytes (the change that crosses it included): a
 * page of kept CV files (up to 13.4 MB of base64 each) would otherwise be thousands of them at once.
 */
export const PULL_PAGE_BYTES = 16 * 1024 * 1024;
/** Kept documents are read this many records a snapshot page (each up to 13.4 MB of base64). */
export const SNAPSHOT_DOCUMENT_PAGE = 8;

/** Connects and checks the schema version; fails fast (unreachable, auth, newer/older/no schema). */
export async function connectTeam(url: string, opts: ConnectOptions = {}): Promise<TeamClient> {
  const config = await connectionConfig(url, opts);
  const pool = new (await loadPg()).Pool(config);
  // A pooled connection the server drops while idle emits 'error' on the pool; the next query reports it.
  pool.on('error', () => undefined);
  const run = async <T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    let client: pg.PoolClient | undefined;
    let broken = false;
    try {
      client = await pool.connect();
      return await fn(client);
    } catch (e) {
      // A connection that failed mid-query (a timeout leaves the query running) is not reused.
      broken = true;
      throw classify(e, url);
    } finally {
      client?.release(broken);
    }
  };
  try {
    const c = await pool.connect();
    let version: number;
    try {
      version = await serverSchemaVersion(c);
    } finally {
      c.release();
    }
    if (version === 0) throw classify({ code: '3F000' }, url);
    if (version > TEAM_SCHEMA_VERSION) throw newerSchemaError(version);
    if (version < TEAM_SCHEMA_VERSION) {
      throw TeamError.keyedAs('older_schema', { key: 'errors:team.older', params: { version, needs: TEAM_SCHEMA_VERSION } }, { key: 'errors:team.olderHint' });
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    // No USAGE on the schema: the login exists but is in no team group.
    if ((e as { code?: string }).code === '42501') throw TeamError.keyedAs('refused', { key: 'errors:team.notMember', params: { login: decodeURIComponent(new URL(url).username) } });
    throw classify(e, url);
  }

  let me: Whoami | undefined;
  const whoami = async (): Promise<Whoami> => {
    if (me) return me;
    const r = await run((c) => c.query<{ w: { login: string; name: string; role: string } }>('SELECT benchmatch.whoami() AS w'));
    const w = r.rows[0]!.w;
    if (!isTeamRole(w.role)) throw TeamError.keyedAs('refused', { key: 'errors:team.unknownServerRole', params: { role: w.role } });
    me = { login: w.login, name: w.name, role: w.role };
    return me;
  };
  /** The value expression this person may select: roles some field is hidden from lack the secret_value column. */
  const valueColumn = async () => {
    const { role } = await whoami();
    return hidesFrom(role) ? 'value' : 'coalesce(secret_value, value)';
  };

  const listeners = new Set<pg.Client>();

  return {
    url,
    whoami,

    async push(changes) {
      if (changes.length === 0) return [];
      const r = await run((c) => c.query<{ r: { results: PushResult[] } }>('SELECT benchmatch.push($1::jsonb) AS r', [JSON.stringify(changes)]));
      return r.rows[0]!.r.results;
    },

    async pullAfter(seq, limit = DEFAULT_PULL_LIMIT, maxBytes = PULL_PAGE_BYTES) {
      const value = await valueColumn();
      const r = await run((c) => c.query<ChangeRow & { run: string }>(
        // Losers too (won = false): a laptop never applies one, but records the conflict it stands for.
        // pg_column_size reads the stored size without fetching the value: the page is cut before it is read.
        `SELECT * FROM (
           SELECT seq, change_id, entity, record_id, field, ${value} AS value, hlc, author, accepted_at, base_hlc, won,
                  sum(coalesce(pg_column_size(${value}), 0)) OVER (ORDER BY seq) AS run,
                  coalesce(pg_column_size(${value}), 0) AS size
             FROM benchmatch.changes WHERE seq > $1 ORDER BY seq LIMIT $2) page
         WHERE run - size < $3 ORDER BY seq`,
        [seq, limit, maxBytes],
      ));
      const changes = r.rows.map(toServerChange);
      const cut = Number(r.rows.at(-1)?.run ?? 0) >= maxBytes;
      return { changes, maxSeq: changes.at(-1)?.seq ?? seq, more: changes.length === limit || cut };
    },

    async snapshot(onPage, opts = {}) {
      const pageSize = opts.pageSize ?? DEFAULT_SNAPSHOT_PAGE;
      const value = await valueColumn();
      return run(async (c) => {
        await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        try {
          // max(seq) of changes, not of fields: the mark must cover every change this snapshot reflects.
          const s = await c.query<{ seq: string }>('SELECT coalesce(max(seq), 0) AS seq FROM benchmatch.changes');
          const seq = Number(s.rows[0]!.seq);
          // One row per record, built by the server from the record's fields (about 20 per engineer): a
          // join of 100k engineers reads 250k rows instead of millions, and parses nothing until it applies.
          // A cursor keeps one page in memory; one cursor per kind of record, in dependency order, read along
          // the primary key (a streaming group, no sort).
          let total = 0;
          for (const entity of TEAM_ENTITIES) {
            const size = entity === 'document' ? Math.min(pageSize, SNAPSHOT_DOCUMENT_PAGE) : pageSize;
            await c.query(
              `DECLARE snap NO SCROLL CURSOR FOR
                 SELECT json_build_object('entity', entity, 'recordId', record_id,
                          'fields', json_object_agg(field, ${value}), 'hlcs', json_object_agg(field, hlc))::text AS record
                 FROM benchmatch.fields WHERE entity = $1 GROUP BY entity, record_id ORDER BY entity, record_id`,
              [entity],
            );
            for (;;) {
              const r = await c.query<{ record: string }>(`FETCH ${size} FROM snap`);
              if (r.rows.length > 0) {
                total += r.rows.length;
                await onPage({ records: r.rows.map((row) => row.record), seq });
              }
              if (r.rows.length < size) break;
            }
            await c.query('CLOSE snap');
          }
          await c.query('COMMIT');
          return { seq, records: total };
        } catch (e) {
          await c.query('ROLLBACK').catch(() => undefined);
          throw e;
        }
      });
    },

    async log(q = {}) {
      const r = await run((c) => c.query<ChangeRow & { won: boolean }>(
        'SELECT * FROM benchmatch.log($1, $2, $3, $4)',
        [q.entity ?? null, q.recordId ?? null, q.after ?? 0, q.limit ?? 1000],
      ));
      return r.rows.map((row) => ({ ...toServerChange(row), won: row.won }));
    },

    async listen(onChange, onError) {
      const client = new (await loadPg()).Client(config);
      listeners.add(client);
      let stopped = false;
      client.on('notification', (n) => {
        const seq = Number(n.payload);
        if (Number.isFinite(seq)) onChange(seq);
      });
      client.on('error', (e) => {
        if (!stopped) onError?.(classify(e, url));
      });
      try {
        await client.connect();
        await client.query('LISTEN benchmatch_changes');
      } catch (e) {
        listeners.delete(client);
        await client.end().catch(() => undefined);
        throw classify(e, url);
      }
      return async () => {
        stopped = true;
        listeners.delete(client);
        await client.end().catch(() => undefined);
      };
    },

    async erasePerson(engineerId) {
      const r = await run((c) => c.query<{ r: { engineerId: string; fields: number; changes: number; seq: number } }>('SELECT benchmatch.erase_person($1) AS r', [engineerId]));
      return r.rows[0]!.r;
    },

    async addPerson(name, role, login) {
      const base = login ?? loginFor(name);
      const password = randomBytes(18).toString('base64url');
      const verifier = scramVerifier(password);
      // A taken login gets a number (ana, ana2, ana3...) unless the admin chose it.
      for (let n = 1; n <= 50; n++) {
        const candidate = n === 1 ? base : `${base.slice(0, 60)}${n}`;
        try {
          await run((c) => c.query('SELECT benchmatch.add_person($1, $2, $3, $4)', [candidate, name, role, verifier]));
          return { login: candidate, name, role, url: personUrl(url, candidate, password) };
        } catch (e) {
          const taken = e instanceof TeamError && /already exists/.test(e.message);
          if (!taken || login) throw e;
        }
      }
      throw TeamError.keyedAs('refused', { key: 'errors:team.loginsTaken', params: { base } });
    },

    async close() {
      for (const l of [...listeners]) await l.end().catch(() => undefined);
      listeners.clear();
      await pool.end().catch(() => undefined);
    },
  };
}

/** A PostgreSQL login from a person's name: "Ana Souza-Lima" -> "ana_souza_lima". */
export function loginFor(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  const login = /^[a-z]/.test(slug) ? slug : `user_${slug}`;
  const safe = /^(benchmatch|pg)_/.test(login) ? `user_${login}` : login;
  return safe.slice(0, 63).replace(/_+$/, '') || 'user';
}

/** The admin's URL with another login and password: same host, port, database and options (sslmode). */
export function personUrl(adminUrl: string, login: string, password: string): string {
  const u = new URL(adminUrl);
  u.username = encodeURIComponent(login);
  u.password = encodeURIComponent(password);
  return u.toString();
}

interface ChangeRow {
  seq: string;
  change_id: string;
  entity: string;
  record_id: string;
  field: string;
  value: unknown;
  hlc: string;
  author: string;
  base_hlc?: string | null;
  won?: boolean;
  accepted_at: Date;
}
/** A field's winning value: a change row without its id and acceptance time. */
function toServerChange(r: ChangeRow): ServerChange {
  return {
    seq: Number(r.seq), changeId: r.change_id, entity: r.entity, recordId: r.record_id, field: r.field,
    value: r.value, hlc: r.hlc, author: r.author, acceptedAt: new Date(r.accepted_at).toISOString(),
    ...(r.base_hlc !== undefined ? { base: r.base_hlc } : {}),
    ...(r.won !== undefined ? { won: r.won } : {}),
  };
}

