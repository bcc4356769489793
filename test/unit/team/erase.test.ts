// Erasure travels to every laptop (issue 14), against a real PostgreSQL and real SQLite files: an admin
// erases a person on the server (record, fields, assessments, shortlist entries and their history; a
// tombstone with the id and the time stays); a second laptop, offline with a waiting edit about the
// person, drops the edit with a notice by id and deletes the person when it syncs; afterwards the name is
// in no table of the server's schema and in no byte of either laptop's file. Only admins may erase.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bench } from '../../../db/service/bench-service';
import { ERASED_FIELD } from '../../../shared/team/fields';
import { ERASE_MESSAGES } from '../../../db/team/erase-messages';
import { sayRefused } from '../../../shared/api/team';
import { exportOf, openLaptop, prefixIds, teamTempDir } from './replicas';
import { generateDemoBench } from '../../../db/seed';
import { useTeamServer } from './server-helpers';

const team = useTeamServer();
const NAME = 'Zenobia Quillfeather';
const SURNAME = 'Quillfeather';

/** Every byte of a laptop's SQLite file and its WAL: the name must not be anywhere, live or freed. */
function fileHolds(b: Bench, text: string): boolean {
  return [b.path, `${b.path}-wal`].some((f) => existsSync(f) && readFileSync(f).includes(Buffer.from(text, 'utf8')));
}

describe('erasing a person on a team bench', { timeout: 180_000 }, () => {
  it('goes from the server, its history and every laptop; an offline edit about them is dropped with a notice', async () => {
    const dir = teamTempDir();
    const a = await openLaptop(dir, 'erase-a');
    const b = await openLaptop(dir, 'erase-b');
    // A demo bench whose first engineer (with a finalized assessment and on a shortlist) gets a name to look for.
    const demo = JSON.parse(prefixIds(JSON.stringify(generateDemoBench({ engineers: 10, seed: 61 })), 'er-')) as ReturnType<typeof generateDemoBench>;
    const person = demo.engineers!.find((e) => e.assessments?.length && demo.shortlists?.some((s) => s.entries?.some((x) => x.engineerId === e.id)))!;
    expect(person, 'the demo bench has an assessed, shortlisted engineer').toBeDefined();
    person.name = NAME;
    person.email = 'zenobia.quillfeather@example.org';
    const file = join(dir, 'erase.bench.json');
    writeFileSync(file, JSON.stringify(demo));
    await a.importFile(file, { actor: 'test' });

    const adminUrl = await team.addPerson('admin');
    const amUrl = await team.addPerson('account_manager');
    await a.call('teamJoin', { url: adminUrl });
    await b.call('teamJoin', { url: amUrl });
    expect((await b.call('getEngineer', { id: person.id })).name).toBe(NAME);

    // B, offline, edits the person; the edit waits.
    const { id: _id, assessments: _as, ...profile } = await b.call('getEngineer', { id: person.id });
    await b.call('updateEngineer', { id: person.id, profile: { ...profile, summary: `${NAME} prefers remote work` } });
    expect((await b.call('teamStatus', {})).waiting).toBeGreaterThan(0);

    // Only an admin may erase: the app refuses the account manager, and so does the server from psql.
    await expect(b.call('erasePerson', { engineerId: person.id })).rejects.toMatchObject({ code: 'refused', message: 'Only an admin may erase a person from a team bench.', text: { message: { key: 'errors:erase.notAdminHere' } } });
    await expect(team.sql(amUrl, 'SELECT benchmatch.erase_person($1)', [person.id])).rejects.toMatchObject({ code: '42501', message: ERASE_MESSAGES.notAdmin });

    const report = await a.call('erasePerson', { engineerId: person.id });
    expect(report.engineerId).toBe(person.id);
    await expect(a.call('getEngineer', { id: person.id })).rejects.toMatchObject({ code: 'not_found' });

    // The server: the name is in no table of the schema; one tombstone (id, time, field) remains.
    const tables = (await team.sql<{ t: string }>(team.adminUrl, "SELECT quote_ident(table_name) AS t FROM information_schema.tables WHERE table_schema = 'benchmatch'")).rows.map((r) => r.t);
    expect(tables).toEqual(expect.arrayContaining(['changes', 'fields', 'people']));
    for (const t of tables) {
      const hits = await team.sql<{ n: number }>(team.adminUrl, `SELECT count(*)::int AS n FROM benchmatch.${t} x WHERE x::text ILIKE $1`, [`%${SURNAME}%`]);
      expect(hits.rows[0]!.n, `benchmatch.${t}`).toBe(0);
    }
    // (A shortlist's `order` still lists the opaque id among others: no personal data, and readers skip ids with no entry.)
    const left = await team.sql(team.adminUrl, "SELECT entity, field, value FROM benchmatch.changes WHERE record_id = $1 OR record_id LIKE $2 OR (value::text LIKE $3 AND entity <> 'shortlist')", [person.id, `%/${person.id}`, `%"${person.id}"%`]);
    expect(left.rows).toEqual([{ entity: 'engineer', field: ERASED_FIELD, value: null }]);

    // B comes back: the person goes, the waiting edit is dropped (never sent), the notice names only the id.
    const synced = (await b.call('syncNow', {})).result;
    expect(synced.refused).toEqual([expect.objectContaining({ where: `engineer ${person.id}`, reason: expect.stringContaining(ERASE_MESSAGES.erased) })]);
    expect(sayRefused(synced.refused[0]!, 'es-419')).toEqual({ where: `ingeniero ${person.id}`, reason: 'un administrador borró a la persona de la banca del equipo; aquí se descartó 1 cambio pendiente sobre ella' });
    expect(JSON.stringify(synced)).not.toContain(SURNAME);
    await expect(b.call('getEngineer', { id: person.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await b.call('teamStatus', {})).waiting).toBe(0);
    await a.call('syncNow', {});
    expect(await exportOf(b)).toEqual(await exportOf(a));
    for (const t of tables) {
      const hits = await team.sql<{ n: number }>(team.adminUrl, `SELECT count(*)::int AS n FROM benchmatch.${t} x WHERE x::text ILIKE $1`, [`%${SURNAME}%`]);
      expect(hits.rows[0]!.n, `benchmatch.${t} after B's sync`).toBe(0);
    }

    // Neither laptop's file holds the name in any byte (rows, freed pages, WAL).
    for (const laptop of [a, b]) expect(fileHolds(laptop, SURNAME), laptop.path).toBe(false);

    // A stale change about the person, pushed straight to the server, is refused.
    const direct = await team.connect(adminUrl);
    const [answer] = await direct.push([{ changeId: 'stale:1', entity: 'engineer', recordId: person.id, field: 'name', value: NAME, hlc: `${Date.now()}-00000-stale` }]);
    expect(answer).toMatchObject({ status: 'refused', reason: ERASE_MESSAGES.erased });
    const [reserved] = await direct.push([{ changeId: 'stale:2', entity: 'engineer', recordId: 'er-other', field: ERASED_FIELD, value: null, hlc: `${Date.now()}-00000-stale` }]);
    expect(reserved).toMatchObject({ status: 'refused', reason: ERASE_MESSAGES.reserved });
  });
});
