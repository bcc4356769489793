// Imports and duplicates on a real bench (SQLite file, the service): a record like a person already on
// the bench is listed as a match with reasons and, when asked, written as an update of that person (no
// second record); "the valid rows only" imports the good records of a CSV or bench file and lists the
// others in plain words with the value that failed; the default stays all-or-nothing. And the function
// the CV import calls: a draft (no id) -> the people it likely is.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBench, type Bench } from '../../../db/service/bench-service';
import type { ApiError } from '../../../shared/api/errors';
import type { BenchFile, Engineer } from '../../../shared/bench/schema';
import { likelyMatches } from '../../../shared/duplicates/match-existing';
import { dumpTables } from '../db/helpers';

const dirs: string[] = [];
const open: Bench[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function freshBench(): Promise<{ bench: Bench; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'bm-dup-import-'));
  dirs.push(dir);
  const bench = await openBench({ path: join(dir, 'bench.sqlite') });
  open.push(bench);
  return { bench, dir };
}

const ana: Engineer = {
  id: 'eng-1', name: 'Ana Carolina Souza Lima', email: 'ana.lima@example.com', country: 'BR', city: 'Recife', timeZone: 'America/Recife',
  seniority: 'senior', yearsExperience: 8, englishLevel: 'C1', links: ['https://www.linkedin.com/in/ana-lima-8/'],
  skills: [{ name: 'Python', level: 5 }, { name: 'Django', level: 4 }, { name: 'PostgreSQL', level: 4 }],
};
const namesake: Engineer = {
  id: 'eng-2', name: 'Bruno Costa', country: 'BR', city: 'Porto Alegre', timeZone: 'America/Sao_Paulo', seniority: 'junior', yearsExperience: 1,
  skills: [{ name: 'Java', level: 2 }],
};
const bench = (engineers: Engineer[], extra: Partial<BenchFile> = {}): BenchFile => ({ format: 'benchmatch.bench', version: 1, engineers, ...extra });
const HEADER = 'id,name,email,country,city,timeZone,englishLevel,seniority,yearsExperience,skills';

describe('import offers a record like a person on the bench as an update of that person', () => {
  it('lists the match with reasons, and with updateMatches writes no second record', async () => {
    const { bench: b, dir } = await freshBench();
    writeFileSync(join(dir, 'first.bench.json'), JSON.stringify(bench([ana, namesake])));
    await b.importFile(join(dir, 'first.bench.json'));
    const csv = join(dir, 'later.csv');
    writeFileSync(csv, `${HEADER}\nrow-1,Ana Lima,ANA.LIMA@example.com,BR,Recife,America/Recife,C2,senior,9,"Python:5; Django:4; Docker:3"\nrow-2,Bruno Costa,,BR,Manaus,America/Manaus,,lead,15,"Go:5"\n`);
    const dry = await b.importFile(csv, { dryRun: true });
    expect(dry.matches).toEqual([expect.objectContaining({ where: 'line 2', name: 'Ana Lima', existingId: 'eng-1', existingName: ana.name, updated: false, reasons: expect.arrayContaining(['same e-mail']) })]);
    expect(dry.created.engineers).toBe(2);
    const done = await b.importFile(csv, { updateMatches: true });
    expect(done.created.engineers).toBe(1); // Bruno the namesake: nothing but the name in common
    expect(done.updated.engineers).toBe(1);
    const people = b.snapshot().engineers!;
    expect(people.map((e) => e.id).sort()).toEqual(['eng-1', 'eng-2', 'row-2']);
    const updated = people.find((e) => e.id === 'eng-1')!;
    expect(updated.name).toBe(ana.name); // the more complete name stays
    expect(updated.englishLevel).toBe('C2'); // the newer value where both are as complete
    expect(updated.links).toEqual(ana.links); // what the row has no column for stays
    expect(updated.skills.map((s) => s.name).sort()).toEqual(['Django', 'Docker', 'PostgreSQL', 'Python']);
  });

  it('likelyMatches: a draft without an id against the bench, with reasons', () => {
    const { id: _id, ...draft } = { ...ana, name: 'Ana Lima', email: undefined, links: ['br.linkedin.com/in/ana-lima-8'] };
    const found = likelyMatches(draft, [ana, namesake]);
    expect(found).toEqual([expect.objectContaining({ id: 'eng-1', reasons: expect.arrayContaining(['same LinkedIn profile']) })]);
    expect(likelyMatches({ ...namesake, id: undefined, city: 'Belém', yearsExperience: 12, seniority: 'lead', skills: [{ name: 'Rust', level: 5 }] }, [ana, namesake])).toEqual([]);
  });
});

describe('the valid rows only', () => {
  const csvText = `${HEADER}\n` +
    'c-1,Valentina Ríos,v@example.com,CO,Medellín,America/Bogota,C1,senior,9,"Python:5"\n' +
    'c-2,Diego Pérez,d@example.com,AR,Córdoba,America/Argentina/Cordoba,B2+,mid,4,"Go:4"\n' +
    'c-3,Lucía Gómez,l@example.com,MX,Puebla,America/Mexico_City,B2,master,five,"Java:4"\n' +
    'c-4,João Pereira,j@example.com,BR,Natal,America/Fortaleza,B1,junior,2,"Kotlin:3"\n';

  it('refuses a CSV with bad rows by default, writing nothing, in plain words with the value', async () => {
    const { bench: b, dir } = await freshBench();
    const file = join(dir, 'rows.csv');
    writeFileSync(file, csvText);
    const before = dumpTables(b.path);
    const err = (await b.importFile(file).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('invalid_input');
    expect(err.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ where: 'line 3, column englishLevel', message: "'B2+' is not an English level; use A1-C2" }),
      expect.objectContaining({ where: 'line 4, column seniority', message: "'master' is not a seniority; use junior, mid, senior, or lead" }),
    ]));
    expect(err.problems!.some((p) => /expected|Invalid/.test(p.message))).toBe(false);
    expect(dumpTables(b.path)).toEqual(before);
  });

  it('imports the good CSV rows and lists the skipped ones by line and name', async () => {
    const { bench: b, dir } = await freshBench();
    const file = join(dir, 'rows.csv');
    writeFileSync(file, csvText);
    const r = await b.importFile(file, { validOnly: true });
    expect(r.created.engineers).toBe(2);
    expect(r.skipped.map((s) => [s.where, s.name])).toEqual([['line 3', 'Diego Pérez'], ['line 4', 'Lucía Gómez']]);
    expect(r.skipped[1]!.problems.map((p) => p.message)).toEqual(expect.arrayContaining(["'master' is not a seniority; use junior, mid, senior, or lead"]));
    expect(b.snapshot().engineers!.map((e) => e.id)).toEqual(['c-1', 'c-4']);
  });

  it('in a bench file, also leaves out what pointed at a skipped record', async () => {
    const { bench: b, dir } = await freshBench();
    const bad = { ...namesake, id: 'eng-bad', englishLevel: 'B2+' } as unknown as Engineer;
    const file = join(dir, 'some.bench.json');
    writeFileSync(file, JSON.stringify(bench([ana, bad], {
      clients: [{ id: 'c-1', name: 'Acme', timeZone: 'America/New_York' }],
      roles: [{ id: 'r-1', clientId: 'c-1', title: 'Python dev', mustHave: [{ skill: 'Python' }] }],
      shortlists: [{ id: 's-1', roleId: 'r-1', name: 'Python dev', entries: [{ engineerId: 'eng-bad' }] }, { id: 's-2', roleId: 'r-1', name: 'Backup', entries: [{ engineerId: 'eng-1' }] }],
    })));
    const r = await b.importFile(file, { validOnly: true });
    expect(r.skipped).toEqual([
      { where: '/engineers/1', name: 'Bruno Costa', problems: [expect.objectContaining({ where: '/engineers/1/englishLevel', message: "'B2+' is not an English level; use A1-C2" })] },
      { where: '/shortlists/0', name: 'Python dev', problems: [expect.objectContaining({ where: '/shortlists/0/entries/0/engineerId' })] },
    ]);
    const snap = b.snapshot();
    expect(snap.engineers!.map((e) => e.id)).toEqual(['eng-1']);
    expect(snap.shortlists!.map((s) => s.id)).toEqual(['s-2']);
  });
});
