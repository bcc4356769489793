// CVs through the service, on a real SQLite bench: read (nothing written), the same person found, a
// reviewed draft saved with its file, an update of the same person, a batch import, and erasure taking
// the kept file with it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { profileFromDraft } from '../../../shared/cv/profile';
import { writeCorpus } from '../../fixtures/documents/files';
import { openTemp, tempDir } from '../db/helpers';

const documents = (path: string) => new Database(path, { readonly: true }).prepare('SELECT e.id, d.name, d.kind FROM engineer_documents d JOIN engineers e ON e.pk = d.engineer_pk ORDER BY d.pk').all() as { id: string; name: string; kind: string }[];

describe('CVs through the service', () => {
  it('reads without writing, saves a reviewed draft with its file, offers the same person, updates them', async () => {
    const bench = await openTemp();
    const { paths } = await writeCorpus(tempDir());
    const read = await bench.call('readCvFile', { path: paths[0]! });
    expect(read.engineer).toMatchObject({ name: 'Valentina Ríos', country: 'CO' });
    expect(read.sources['/name']).toBe('Valentina Ríos');
    expect(bench.version).toBe(0);
    expect(documents(bench.path)).toEqual([]);

    const staged = await bench.call('stageFile', { path: paths[0]! });
    const draft = await bench.call('readCvUpload', { upload: staged.upload });
    const { profile } = profileFromDraft(draft.draft);
    const saved = await bench.call('saveCvDraft', { upload: staged.upload, profile: { ...profile!, city: 'Envigado' } });
    expect(saved.created).toBe(true);
    const e = await bench.call('getEngineer', { id: saved.engineerId });
    expect(e).toMatchObject({ name: 'Valentina Ríos', city: 'Envigado', vettingStatus: 'sourced' });
    expect(documents(bench.path)).toEqual([{ id: saved.engineerId, name: 'valentina-rios.pdf', kind: 'pdf' }]);

    // The same CV again: the service names the record it already has.
    const again = await bench.call('readCvFile', { path: paths[0]! });
    expect(again.samePerson[0]).toMatchObject({ engineerId: saved.engineerId });
    expect(again.samePerson[0]!.reasons.join(' ')).toMatch(/e-mail/);
    const staged2 = await bench.call('stageFile', { path: paths[0]! });
    const upd = await bench.call('saveCvDraft', { upload: staged2.upload, profile: { ...profile!, primaryRole: 'AI Engineer' }, updateId: saved.engineerId });
    expect(upd).toEqual({ engineerId: saved.engineerId, created: false });
    expect((await bench.call('getEngineer', { id: saved.engineerId })).primaryRole).toBe('AI Engineer');
    expect(documents(bench.path)).toHaveLength(1); // the same bytes are kept once

    // Erasure takes the kept file with the person.
    const erased = await bench.call('erasePerson', { engineerId: saved.engineerId });
    expect(erased.documentsDeleted).toBe(1);
    expect(documents(bench.path)).toEqual([]);
    await bench.close();
  }, 60_000);

  it('imports a batch: skips the person already there, refuses what it cannot read, writes nothing for a dry run', async () => {
    const bench = await openTemp();
    const dir = tempDir();
    const { paths } = await writeCorpus(dir);
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.7\n garbage');
    const dry = await bench.call('importCvFiles', { paths: [...paths, broken], dryRun: true });
    expect(dry.results.filter((r) => r.outcome === 'created')).toHaveLength(paths.length);
    expect(bench.snapshot().engineers ?? []).toHaveLength(0);
    const run = await bench.call('importCvFiles', { paths: [...paths, paths[1]!, broken] });
    expect(run.results.filter((r) => r.outcome === 'created')).toHaveLength(paths.length);
    expect(run.results.at(-2)).toMatchObject({ outcome: 'duplicate' });
    expect(run.results.at(-1)).toMatchObject({ outcome: 'refused', file: 'broken.pdf' });
    expect(bench.snapshot().engineers).toHaveLength(paths.length);
    expect(documents(bench.path)).toHaveLength(paths.length);
    await bench.close();
  }, 120_000);
});
