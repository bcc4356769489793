// Kept CV files travel with the team bench (issue 16), against a real PostgreSQL and real SQLite files:
// a CV imported on laptop A reaches laptop B byte for byte (at join, and by pull afterwards, a 4 MB file
// included); a sales laptop receives none, and a sales login in psql can neither read a document's bytes
// nor send one; a deleted file goes from B; a merge's move of a file travels; erasing the person deletes
// their files and the changes that carried them on the server and on B; an oversized file is refused
// with its size and nothing is written, by the app and by the server.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Bench } from '../../../db/service/bench-service';
import { keepDocument } from '../../../db/repos/engineer-documents';
import { mergeRecords } from '../../../db/repos/merge';
import { DOCUMENT_MAX_BYTES } from '../../../db/documents/limit';
import { flushOutbox, pendingChanges } from '../../../db/team/local/outbox';
import { writeCorpus } from '../../fixtures/documents/files';
import { importDemo, openLaptop, teamTempDir } from './replicas';
import { useTeamServer } from './server-helpers';

const team = useTeamServer();

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Every file kept on a laptop, read from its SQLite file: engineer id, name and the bytes' sha256. */
function kept(b: Bench): { engineerId: string; name: string; sha256: string }[] {
  const db = new Database(b.path, { readonly: true });
  try {
    return (db.prepare('SELECT e.id AS engineerId, d.name, d.bytes FROM engineer_documents d JOIN engineers e ON e.pk = d.engineer_pk ORDER BY e.id, d.name').all() as { engineerId: string; name: string; bytes: Buffer }[])
      .map((r) => ({ engineerId: r.engineerId, name: r.name, sha256: sha(r.bytes) }));
  } finally {
    db.close();
  }
}

/** A write on the laptop's file outside the service (another writer: the capture triggers record it all the same). */
function onFile<T>(b: Bench, work: (db: Database.Database) => T): T {
  const db = new Database(b.path);
  try {
    return db.transaction(() => work(db)).immediate();
  } finally {
    db.close();
  }
}

async function importCv(b: Bench, path: string): Promise<string> {
  const r = await b.call('importCvFiles', { paths: [path] });
  expect(r.results[0], path).toMatchObject({ outcome: 'created' });
  return r.results[0]!.engineerId!;
}

describe('kept documents on a team bench', { timeout: 240_000 }, () => {
  it('travel byte for byte to admins, account managers and vetting leads, never to sales; deletions, merges and erasure travel too', async () => {
    const dir = teamTempDir();
    const { paths } = await writeCorpus(dir);
    const [first, second, third] = [paths[0]!, paths[1]!, paths[3]!];
    const a = await openLaptop(dir, 'docs-a');
    const b = await openLaptop(dir, 'docs-b');
    const s = await openLaptop(dir, 'docs-s');
    const adminUrl = await team.addPerson('admin');
    const amUrl = await team.addPerson('account_manager');
    const salesUrl = await team.addPerson('sales');

    // A keeps a CV before joining: the join sends it; B joins afterwards and receives it in the snapshot.
    const valentina = await importCv(a, first);
    await a.call('teamJoin', { url: adminUrl });
    await b.call('teamJoin', { url: amUrl });
    await s.call('teamJoin', { url: salesUrl });
    const fileSha = sha(readFileSync(first));
    expect(kept(b)).toEqual([{ engineerId: valentina, name: 'valentina-rios.pdf', sha256: fileSha }]);

    // After joining: a second CV by import, and a 4 MB file kept by another writer, reach B by pull.
    const joao = await importCv(a, second);
    const big = randomBytes(4 * 1024 * 1024);
    onFile(a, (db) => keepDocument(db, joao, { name: 'portfolio.pdf', kind: 'pdf', bytes: big }, 'test'));
    await a.call('syncNow', {});
    const synced = (await b.call('syncNow', {})).result;
    expect(synced.refused).toEqual([]);
    expect(kept(b)).toEqual(kept(a));
    expect(kept(b).find((d) => d.name === 'portfolio.pdf')?.sha256).toBe(sha(big));
    expect(kept(a)).toHaveLength(3);
    // The sync's record of each file (sync_base) keeps a mark, not a second copy of the bytes, on both laptops.
    for (const laptop of [a, b]) {
      const db = new Database(laptop.path, { readonly: true });
      const widest = db.prepare("SELECT max(length(fields)) FROM sync_base WHERE entity = 'document'").pluck().get() as number;
      db.close();
      expect(widest, laptop.path).toBeLessThan(1000);
    }

    // Sales: the engineers arrive, their files do not; nor can a sales login see or send one in psql.
    await s.call('syncNow', {});
    expect((await s.call('getEngineer', { id: joao })).name).toBeTruthy();
    expect(kept(s)).toEqual([]);
    const salesSees = await team.sql<{ n: number }>(salesUrl, "SELECT (SELECT count(*) FROM benchmatch.changes WHERE entity = 'document') + (SELECT count(*) FROM benchmatch.fields WHERE entity = 'document')::int AS n");
    expect(Number(salesSees.rows[0]!.n)).toBe(0);
    await expect(team.sql(salesUrl, 'SELECT secret_value FROM benchmatch.changes')).rejects.toMatchObject({ code: '42501' });
    await expect(team.sql(salesUrl, 'SELECT * FROM benchmatch.fields')).rejects.toMatchObject({ code: '42501' });
    const adminSees = await team.sql<{ n: number }>(team.adminUrl, "SELECT count(DISTINCT record_id)::int AS n FROM benchmatch.fields WHERE entity = 'document'");
    expect(adminSees.rows[0]!.n).toBe(3);
    const salesClient = await team.connect(salesUrl);
    const [sent] = await salesClient.push([{ changeId: 'sales:doc', entity: 'document', recordId: `${joao}/${'0'.repeat(64)}`, field: 'bytes', value: 'AAAA', hlc: `${Date.now()}-00000-sales` }]);
    expect(sent).toMatchObject({ status: 'refused', reason: expect.stringContaining('sales role may not create document') });

    // A file deleted on A (the row, by any writer) goes from B; the server keeps the tombstone without the bytes.
    onFile(a, (db) => db.prepare("DELETE FROM engineer_documents WHERE name = 'portfolio.pdf'").run());
    await a.call('syncNow', {});
    await b.call('syncNow', {});
    expect(kept(b).map((d) => d.name).sort()).toEqual(['joao-pereira.pdf', 'valentina-rios.pdf']);
    const tomb = await team.sql<{ field: string; value: unknown }>(team.adminUrl, "SELECT field, coalesce(secret_value, value) AS value FROM benchmatch.fields WHERE record_id = $1 AND field IN ('bytes', 'removed') ORDER BY field", [`${joao}/${sha(big)}`]);
    expect(tomb.rows).toEqual([{ field: 'bytes', value: null }, { field: 'removed', value: true }]);

    // The same file kept for the same person on both laptops while apart is one record: no conflict over
    // its bytes (nor megabytes in the history); deleting it on B (an account manager) takes it from A.
    const same = randomBytes(64 * 1024);
    for (const laptop of [a, b]) onFile(laptop, (db) => keepDocument(db, valentina, { name: 'same.pdf', kind: 'pdf', bytes: same }, 'test'));
    for (const laptop of [a, b, a]) await laptop.call('syncNow', {});
    expect(kept(b)).toEqual(kept(a));
    expect(kept(a).filter((d) => d.name === 'same.pdf')).toEqual([{ engineerId: valentina, name: 'same.pdf', sha256: sha(same) }]);
    for (const laptop of [a, b]) {
      const db = new Database(laptop.path, { readonly: true });
      expect(db.prepare("SELECT count(*) FROM sync_conflicts WHERE entity = 'document' AND field = 'bytes'").pluck().get(), laptop.path).toBe(0);
      db.close();
    }
    onFile(b, (db) => db.prepare("DELETE FROM engineer_documents WHERE name = 'same.pdf'").run());
    for (const laptop of [b, a]) await laptop.call('syncNow', {});
    expect(kept(a).map((d) => d.name).sort()).toEqual(['joao-pereira.pdf', 'valentina-rios.pdf']);

    // A merge of duplicates moves the other's file to the kept record: B sees it moved. (The service still
    // refuses merges on a team bench until merges themselves travel, another branch's work: the merge is
    // run here through the repository function the service calls, on the laptop's file.)
    const martin = await importCv(a, third);
    const keep = await a.call('getEngineer', { id: joao });
    onFile(a, (db) => mergeRecords(db, keep, martin, 'test'));
    await a.call('syncNow', {});
    await b.call('syncNow', {});
    expect(kept(b)).toEqual(kept(a));
    expect(kept(b).filter((d) => d.engineerId === joao).map((d) => d.name).sort()).toEqual(['joao-pereira.pdf', 'martin-gonzalez.docx']);

    // Erasure: the person's files and every change that carried them leave the server, then B.
    await a.call('erasePerson', { engineerId: joao });
    const left = await team.sql<{ n: number }>(team.adminUrl, "SELECT count(*)::int AS n FROM benchmatch.changes WHERE entity = 'document' AND record_id LIKE $1", [`${joao}/%`]);
    expect(left.rows[0]!.n).toBe(0);
    const leftFields = await team.sql<{ n: number }>(team.adminUrl, "SELECT count(*)::int AS n FROM benchmatch.fields WHERE entity = 'document' AND record_id LIKE $1", [`${joao}/%`]);
    expect(leftFields.rows[0]!.n).toBe(0);
    await b.call('syncNow', {});
    expect(kept(b)).toEqual([{ engineerId: valentina, name: 'valentina-rios.pdf', sha256: fileSha }]);
    expect(kept(a)).toEqual(kept(b));
    // And a stale document change about the erased person is refused.
    const adminClient = await team.connect(adminUrl);
    const [stale] = await adminClient.push([{ changeId: 'stale:doc', entity: 'document', recordId: `${joao}/${'1'.repeat(64)}`, field: 'name', value: 'cv.pdf', hlc: `${Date.now()}-00000-stale` }]);
    expect(stale).toMatchObject({ status: 'refused' });
  });

  it('refuses a file over the limit with its size, and writes nothing (the app and the server)', async () => {
    const dir = teamTempDir();
    const a = await openLaptop(dir, 'docs-big');
    const adminUrl = await team.addPerson('admin');
    await a.call('teamJoin', { url: adminUrl });
    const before = (await a.call('teamStatus', {})).waiting;
    const engineers = (a.snapshot().engineers ?? []).length; // the team's, from the test before
    const files = kept(a);
    const huge = join(dir, 'huge-cv.pdf');
    writeFileSync(huge, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(DOCUMENT_MAX_BYTES + 1024 * 1024)]));
    const r = await a.call('importCvFiles', { paths: [huge] });
    expect(r.results).toEqual([expect.objectContaining({ file: expect.stringContaining('huge-cv.pdf'), outcome: 'refused', message: expect.stringContaining('a document can be at most 10 MB') })]);
    expect(r.results[0]!.message).toContain('11.0 MB');
    expect(a.snapshot().engineers ?? []).toHaveLength(engineers);
    expect(kept(a)).toEqual(files);
    expect((await a.call('teamStatus', {})).waiting).toBe(before);
    // Any other writer keeping a file goes through keepDocument, which refuses it the same way.
    const someone = (a.snapshot().engineers ?? [])[0]!.id;
    expect(() => onFile(a, (db) => keepDocument(db, someone, { name: 'scan.pdf', kind: 'pdf', bytes: Buffer.alloc(DOCUMENT_MAX_BYTES + 1) }, 'test')))
      .toThrow('scan.pdf: the file is 10.0 MB; a document can be at most 10 MB.');
    expect(kept(a)).toEqual(files);
    expect((await a.call('teamStatus', {})).waiting).toBe(before);

    // A tampered client sending a larger file straight to the server is refused before anything is stored.
    const client = await team.connect(adminUrl);
    const bytes = Buffer.alloc(DOCUMENT_MAX_BYTES + 1).toString('base64');
    const [answer] = await client.push([{ changeId: 'big:1', entity: 'document', recordId: `someone/${'2'.repeat(64)}`, field: 'bytes', value: bytes, hlc: `${Date.now()}-00000-big` }]);
    expect(answer).toMatchObject({ status: 'refused', reason: 'the document is larger than 10 MB' });
    const stored = await team.sql<{ n: number }>(team.adminUrl, "SELECT count(*)::int AS n FROM benchmatch.changes WHERE change_id = 'big:1'");
    expect(stored.rows[0]!.n).toBe(0);
    // The limit itself is allowed.
    const limit = Buffer.alloc(DOCUMENT_MAX_BYTES).toString('base64');
    const [atLimit] = await client.push([{ changeId: 'big:2', entity: 'document', recordId: `someone/${'3'.repeat(64)}`, field: 'bytes', value: limit, hlc: `${Date.now()}-00000-big` }]);
    expect(atLimit).toMatchObject({ status: 'accepted' });
  });

  it('sends and pulls kept files in pages cut by size: the change that crosses the cut ends the page', async () => {
    const dir = teamTempDir();
    const a = await openLaptop(dir, 'docs-pages');
    const demo = await importDemo(a, dir, 1, 7, 'pages-');
    const adminUrl = await team.addPerson('admin');
    await a.call('teamJoin', { url: adminUrl });
    const someone = `pages-${demo.engineers![0]!.id}`;
    const files = [0, 1, 2].map(() => randomBytes(1024 * 1024));
    onFile(a, (db) => files.forEach((bytes, i) => keepDocument(db, someone, { name: `page-${i}.pdf`, kind: 'pdf', bytes }, 'test')));
    const db = new Database(a.path);
    try {
      flushOutbox(db);
      const bytesOf = (page: { entity: string; field: string }[]) => page.filter((c) => c.entity === 'document' && c.field === 'bytes').length;
      // 1.5 MB of values: the first file's change stays under it, the second crosses it and ends the page.
      const firstPage = pendingChanges(db, 500, 1.5 * 1024 * 1024);
      expect(bytesOf(firstPage)).toBe(2);
      expect(bytesOf(pendingChanges(db, 500))).toBe(3);
    } finally {
      db.close();
    }
    await a.call('syncNow', {});
    const client = await team.connect(adminUrl);
    const mine = await team.sql<{ seq: string }>(team.adminUrl, "SELECT min(seq) - 1 AS seq FROM benchmatch.changes WHERE entity = 'document' AND record_id LIKE $1 AND field = 'bytes'", [`${someone}/%`]);
    let mark = Number(mine.rows[0]!.seq);
    const pages: number[] = [];
    for (let more = true; more;) {
      const page = await client.pullAfter(mark, 2000, 1.5 * 1024 * 1024);
      pages.push(page.changes.filter((c) => c.entity === 'document' && c.field === 'bytes').length);
      mark = page.maxSeq;
      more = page.more;
    }
    expect(pages.slice(0, 2)).toEqual([2, 1]);
  });
});
