import { readFileSync, writeFileSync } from 'node:fs';
import { renderText } from '../../../shared/api/errors';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoBench } from '../../../db/seed';
import { CSV_EXAMPLE, danglingReferences, dumpTables, EXAMPLE, openTemp, PUBLIC, readJson, tempDir, withoutExportedAt } from './helpers';

describe('bench file round trip', () => {
  for (const file of [EXAMPLE, PUBLIC]) {
    it(`import(export(bench)) equals ${file.split('/').pop()}`, async () => {
      const dir = tempDir();
      const bench = await openTemp(dir);
      await bench.importFile(file);
      // Import writes with foreign-key enforcement off (db/bench-file/import.ts): nothing may dangle.
      expect(danglingReferences(bench.path)).toEqual([]);
      const out = join(dir, 'out.bench.json');
      await bench.exportFile(out);
      const exported = readJson(out);
      expect(exported.format).toBe('benchmatch.bench');
      expect(exported.version).toBe(1);
      expect(typeof exported.exportedAt).toBe('string');
      expect(withoutExportedAt(exported)).toEqual(withoutExportedAt(readJson(file)));
      // And the exported file imports into a fresh bench to the same state.
      const again = await openTemp();
      await again.importFile(out);
      expect(again.snapshot()).toEqual(bench.snapshot());
    });
  }

  it('re-importing the same file updates in place and creates no duplicates', async () => {
    const dir = tempDir();
    const bench = await openTemp(dir);
    const first = await bench.importFile(PUBLIC);
    expect(first.created.engineers).toBeGreaterThan(200);
    const before = bench.snapshot();
    const second = await bench.importFile(PUBLIC);
    expect(danglingReferences(bench.path)).toEqual([]);
    expect(second.created).toEqual({ engineers: 0, clients: 0, roles: 0, shortlists: 0, assessments: 0 });
    expect(second.updated.engineers).toBe(first.created.engineers);
    expect(bench.snapshot()).toEqual(before);
    const counts = await bench.call('stats', {});
    expect(counts.engineers).toBe(first.created.engineers);
    expect(counts.assessments).toBe(first.created.assessments);
  });

  it('assessments without an id are matched by date, kind and assessor on re-import', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.bench.json');
    const eng = {
      id: 'e-1', name: 'Ana Souza', country: 'BR', timeZone: 'America/Sao_Paulo', seniority: 'mid', skills: [{ name: 'Python', level: 4 }],
      assessments: [{ date: '2026-01-05', kind: 'english', assessor: 'Marta Gil', englishLevel: 'B2' }],
    };
    writeFileSync(file, JSON.stringify({ format: 'benchmatch.bench', version: 1, engineers: [eng] }));
    const bench = await openTemp(dir);
    await bench.importFile(file);
    const r = await bench.importFile(file);
    expect(r.updated.assessments).toBe(1);
    expect(r.created.assessments).toBe(0);
    expect(bench.snapshot().engineers?.[0]?.assessments).toEqual([{ date: '2026-01-05', kind: 'english', assessor: 'Marta Gil', englishLevel: 'B2' }]);
    // The matched record is finalized history: a file that rewrites it is refused (corrections are amendments).
    eng.assessments[0]!.englishLevel = 'C1';
    writeFileSync(file, JSON.stringify({ format: 'benchmatch.bench', version: 1, engineers: [eng] }));
    await expect(bench.importFile(file)).rejects.toMatchObject({ code: 'refused', problems: [{ where: '/engineers/0/assessments/0' }] });
    expect(bench.snapshot().engineers?.[0]?.assessments?.[0]?.englishLevel).toBe('B2');
  });

  it('imports the engineers CSV example, resolving aliases and keeping names as written', async () => {
    const bench = await openTemp();
    const r = await bench.importFile(CSV_EXAMPLE);
    expect(r.created.engineers).toBe(3);
    expect(r.warnings).toEqual([]);
    const engineers = bench.snapshot().engineers ?? [];
    const sofia = engineers.find((e) => e.id === 'eng-csv-3')!;
    expect(sofia).toEqual({
      id: 'eng-csv-3', name: 'Martínez, Sofía', email: 'sofia.m@example.com', country: 'MX', city: 'Guadalajara',
      timeZone: 'America/Mexico_City', workingHours: { start: '09:00', end: '18:00' }, englishLevel: 'C2', seniority: 'lead',
      yearsExperience: 13, primaryRole: 'Backend Engineer',
      skills: [
        { name: 'TypeScript', level: 5, years: 10 }, { name: 'NodeJS', level: 5, years: 10 }, { name: 'k8s', level: 4, years: 6 }, { name: 'Go', level: 3, years: 2 },
      ],
      rate: { costPerHour: 60, billPerHour: 105, currency: 'USD' }, availability: { status: 'interviewing' }, vettingStatus: 'vetted',
    });
    expect(engineers.find((e) => e.id === 'eng-csv-2')?.availability).toEqual({ status: 'on_assignment', from: '2027-01-11' });
    expect(engineers.find((e) => e.id === 'eng-csv-1')?.tags).toEqual(['fintech', 'llm']);
    // k8s and Kubernetes are one canonical skill row.
    const skills = dumpTables(bench.path).skills as { name: string; custom: number }[];
    expect(skills.map((s) => s.name)).toContain('Kubernetes');
    expect(skills.map((s) => s.name)).not.toContain('k8s');
    // Re-import from CSV keeps what CSV cannot carry (assessments) and duplicates nothing.
    const again = await bench.importFile(CSV_EXAMPLE);
    expect(again.updated.engineers).toBe(3);
    expect((await bench.call('stats', {})).engineers).toBe(3);
  });

  it('reports progress while it writes a big CSV, a chunk of engineers at a time', async () => {
    const dir = tempDir();
    const bench = await openTemp(dir);
    const [header, row] = readFileSync(CSV_EXAMPLE, 'utf8').split('\n');
    const rows = Array.from({ length: 600 }, (_, i) => row!.replace('eng-csv-1', `eng-csv-${1000 + i}`).replace('valentina.rios@', `v${i}@`));
    const file = join(dir, 'many.csv');
    writeFileSync(file, [header, ...rows].join('\n') + '\n');
    for (const dryRun of [true, false]) {
      const seen: [number, string][] = [];
      await bench.call('importFile', { path: file, dryRun }, { progress: (f, label) => seen.push([f, renderText(label, 'en')]) });
      const verb = dryRun ? 'Checking' : 'Importing';
      expect(seen.map(([, l]) => l)).toEqual(expect.arrayContaining([`${verb} engineers 250 of 600`, `${verb} engineers 600 of 600`]));
      expect(seen.map(([f]) => f)).toEqual([...seen.map(([f]) => f)].sort((a, b) => a - b));
    }
    expect((await bench.call('stats', {})).engineers).toBe(600);
  });

  it('exports engineers as CSV that imports back to the same engineers', async () => {
    const dir = tempDir();
    const bench = await openTemp(dir);
    await bench.importFile(CSV_EXAMPLE);
    const out = join(dir, 'out.csv');
    await bench.exportFile(out);
    const other = await openTemp();
    await other.importFile(out);
    expect(other.snapshot().engineers).toEqual(bench.snapshot().engineers);
  });

  it('imports the CSV Excel saves in Spanish and Portuguese locales: semicolons, decimal commas, a BOM', async () => {
    const dir = tempDir();
    const demo = join(dir, 'demo.bench.json');
    writeFileSync(demo, JSON.stringify(generateDemoBench({ engineers: 30, seed: 4 })));
    const source = await openTemp(dir);
    await source.importFile(demo);
    const out = join(dir, 'out.csv');
    await source.exportFile(out);
    const bench = await openTemp();
    await bench.importFile(out);
    const { parse } = await import('csv-parse/sync');
    const { stringify } = await import('csv-stringify/sync');
    const rows = parse(readFileSync(out, 'utf8')) as string[][];
    // As a spreadsheet in es/pt writes it back: ";" between fields, "," as the decimal mark in numbers.
    const numeric = new Set(['skills', 'yearsExperience', 'costPerHour', 'billPerHour', 'hoursPerWeek'].map((c) => rows[0]!.indexOf(c)));
    const local = rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (numeric.has(j) ? c.replace(/(\d)\.(\d)/g, '$1,$2') : c))));
    expect(local.flat().some((c) => /\d,\d/.test(c))).toBe(true);
    const semi = join(dir, 'excel-es.csv');
    writeFileSync(semi, '\uFEFF' + stringify(local, { delimiter: ';' }));
    const other = await openTemp();
    await other.importFile(semi);
    expect(other.snapshot().engineers).toEqual(bench.snapshot().engineers);
  });

  it('a dry run reports the same counts and writes nothing', async () => {
    const dir = tempDir();
    const bench = await openTemp(dir);
    await bench.importFile(EXAMPLE);
    const before = dumpTables(bench.path);
    const dry = await bench.importFile(PUBLIC, { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.created.engineers).toBe(241);
    expect(dry.updated.engineers).toBe(3);
    expect(dumpTables(bench.path)).toEqual(before);
  });

  it('names people in its warnings; offers a record like a person on the bench as an update, not a namesake', async () => {
    const dir = tempDir();
    const bench = await openTemp(dir);
    await bench.importFile(EXAMPLE);
    const base = { country: 'MX', timeZone: 'America/Mexico_City', seniority: 'mid', skills: [{ name: 'Quantum Basket Weaving', level: 2 }] };
    const file = join(dir, 'dups.bench.json');
    writeFileSync(file, JSON.stringify({
      format: 'benchmatch.bench', version: 1,
      engineers: [
        { ...base, id: 'x-1', name: 'Someone Else', email: 'P3@example.com' },
        { ...base, id: 'x-2', name: 'valentina hernandez' },
        { ...base, id: 'x-3', name: 'Twin Name', country: 'BR', timeZone: 'America/Sao_Paulo' },
        { ...base, id: 'x-4', name: 'Twín Name', country: 'BR', timeZone: 'America/Sao_Paulo' },
      ],
    }));
    const r = await bench.importFile(file);
    expect(r.created.engineers).toBe(4);
    expect(r.warnings).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'customSkill', where: '/engineers/0/skills/0/name', message: expect.stringContaining('custom skill') }),
      expect.objectContaining({ kind: 'possibleDuplicate', where: '/engineers/3', message: 'possible duplicate: "Twín Name" has the same name and country as "Twin Name", earlier in this file' }),
    ]));
    // The same e-mail as someone on the bench is a match (offered as an update of that person); a
    // namesake with nothing else in common is not.
    expect(r.matches).toEqual([expect.objectContaining({ where: '/engineers/0', name: 'Someone Else', existingId: 'peng-0003', reasons: expect.arrayContaining(['same e-mail']), updated: false })]);
    expect(r.warnings.some((w) => /peng-|x-\d/.test(w.message))).toBe(false);
    expect((await bench.call('stats', {})).engineers).toBe(7);
  });
});
