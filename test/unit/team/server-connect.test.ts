// Connecting to a real team server: people added by an admin connect with the URL they were given;
// a wrong password, an unknown or expired login and a server that is not there each fail with one clear
// line (and never echo the password).
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectTeam, loginFor, personUrl } from '../../../db/team/server/client';
import { freePort } from '../../../db/team/server/embedded';
import { TeamError } from '../../../shared/team/team-error';
import { useTeamServer } from './server-helpers';

const server = useTeamServer();

async function failure(url: string, opts = {}): Promise<TeamError> {
  const e = await connectTeam(url, opts).then((c) => c.close().then(() => undefined), (x: unknown) => x);
  expect(e).toBeInstanceOf(TeamError);
  return e as TeamError;
}

describe('connecting', () => {
  it('a person added by the admin connects with their URL and is who the admin said', async () => {
    const admin = await server.connect(server.adminUrl);
    expect(await admin.whoami()).toEqual({ login: 'admin', name: 'admin', role: 'admin' });
    const p = await admin.addPerson('João Pereira-Silva', 'vetting_lead');
    expect(p.login).toBe('joao_pereira_silva');
    const u = new URL(p.url);
    expect([u.hostname, u.port, u.pathname]).toEqual(['127.0.0.1', String(server.port), '/benchmatch']);
    expect(decodeURIComponent(u.password).length).toBeGreaterThanOrEqual(20);
    const me = await server.connect(p.url);
    expect(await me.whoami()).toEqual({ login: 'joao_pereira_silva', name: 'João Pereira-Silva', role: 'vetting_lead' });
    // The password reached the server only as a SCRAM verifier.
    const stored = await server.sql<{ p: string }>(server.adminUrl, "SELECT rolpassword AS p FROM pg_authid WHERE rolname = 'joao_pereira_silva'");
    expect(stored.rows[0]!.p).toMatch(/^SCRAM-SHA-256\$4096:/);
    expect(stored.rows[0]!.p).not.toContain(decodeURIComponent(u.password));
  });

  it('a taken login gets a number; an added admin may add people in turn', async () => {
    const admin = await server.connect(server.adminUrl);
    const a = await admin.addPerson('Ana Souza', 'admin');
    const b = await admin.addPerson('Ana Souza', 'sales');
    expect([a.login, b.login]).toEqual(['ana_souza', 'ana_souza2']);
    const ana = await server.connect(a.url);
    const c = await ana.addPerson('Carla Dias', 'account_manager');
    expect((await (await server.connect(c.url)).whoami()).role).toBe('account_manager');
    const people = await server.sql<{ login: string; added_by: string }>(server.adminUrl, "SELECT login, added_by FROM benchmatch.people WHERE login = 'carla_dias'");
    expect(people.rows).toEqual([{ login: 'carla_dias', added_by: 'ana_souza' }]);
  });

  it('wrong password: one clear line, without the password', async () => {
    const admin = await server.connect(server.adminUrl);
    const p = await admin.addPerson('Wrong Pass', 'sales');
    const bad = personUrl(p.url, p.login, 'not-the-password-123');
    const e = await failure(bad);
    expect(e.kind).toBe('auth');
    expect(e.message).toBe(`The team server at 127.0.0.1:${server.port} refused the login: wrong password, unknown or expired login, or no access from this address.`);
    expect(JSON.stringify(e.toJSON())).not.toContain('not-the-password-123');
    expect(JSON.stringify(e.toJSON())).not.toContain(decodeURIComponent(new URL(p.url).password));
  });

  it('unknown and expired logins fail the same way', async () => {
    expect((await failure(personUrl(server.adminUrl, 'nobody_here', 'x'))).kind).toBe('auth');
    const admin = await server.connect(server.adminUrl);
    const p = await admin.addPerson('Gone Soon', 'sales');
    await server.sql(server.adminUrl, `ALTER ROLE ${p.login} VALID UNTIL '2001-01-01'`);
    expect((await failure(p.url)).kind).toBe('auth');
  });

  it('a server that is not there is "unreachable", never "wrong password"', async () => {
    const port = await freePort();
    const e = await failure(`postgres://someone:secret-pw@127.0.0.1:${port}/benchmatch`);
    expect(e.kind).toBe('unreachable');
    expect(e.message).toBe(`The team server at 127.0.0.1:${port} cannot be reached (ECONNREFUSED).`);
    expect(e.message).not.toContain('secret-pw');
  });

  it('a URL that is not a postgres URL is refused before any connection', async () => {
    expect((await failure('https://example.invalid/x')).message).toBe('The server URL must start with postgres:// (got https://).');
    expect((await failure('not a url')).kind).toBe('refused');
  });

  it('sslmode passes through: requiring TLS from a server without it is refused, not "offline"', async () => {
    const e = await failure(`${server.adminUrl}?sslmode=require`);
    expect(e.kind).toBe('refused');
    expect(e.message).toMatch(/does not support SSL|secure connection/i);
  });

  it('uses TLS when the server offers it and the URL does not say (libpq\'s "prefer")', async () => {
    // A self-signed certificate for the test server (ssl needs server.crt/server.key in its cluster folder).
    const cluster = path.join(server.dir, 'postgres');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=localhost', '-keyout', path.join(cluster, 'server.key'), '-out', path.join(cluster, 'server.crt')], { stdio: 'ignore' });
    const owner = statSync(cluster);
    for (const f of ['server.key', 'server.crt']) {
      chownSync(path.join(cluster, f), owner.uid, owner.gid);
      chmodSync(path.join(cluster, f), 0o600);
    }
    await server.sql(server.adminUrl, 'ALTER SYSTEM SET ssl = on');
    await server.sql(server.adminUrl, 'SELECT pg_reload_conf()');
    const admin = await server.connect(server.adminUrl);
    const p = await admin.addPerson('Tess Tls', 'sales');
    const tess = await server.connect(p.url);
    await tess.whoami(); // leaves its connection idle in the pool, for the server to describe
    const seen = await server.sql<{ ssl: boolean }>(server.adminUrl,
      "SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.usename = 'tess_tls'");
    expect(seen.rows.length).toBeGreaterThan(0);
    expect(seen.rows.every((r) => r.ssl)).toBe(true);
    // sslmode=disable in the URL is obeyed.
    const plain = await server.connect(`${p.url}?sslmode=disable`);
    await plain.whoami();
    const both = await server.sql<{ ssl: boolean }>(server.adminUrl,
      "SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.usename = 'tess_tls' ORDER BY 1");
    expect(both.rows.map((r) => r.ssl)).toContain(false);
  });

  it('makes logins from names', () => {
    expect(loginFor('Ana Souza')).toBe('ana_souza');
    expect(loginFor('  Zoë  Ñúñez ')).toBe('zoe_nunez');
    expect(loginFor('42 Lab')).toBe('user_42_lab');
    expect(loginFor('pg admin')).toBe('user_pg_admin');
    expect(loginFor('李')).toBe('user');
  });
});
