// The command line in Spanish and Portuguese (issue 19): its help (commander's own words and every
// command's description), an import's report and a refused file's problems follow LANG or --lang;
// English without them. The real CLI bundle in a child process, on real SQLite files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, EXAMPLE, removeDir, ROOT, runCli, tempDir } from '../reliability/helpers';

const HEADER = 'id,name,email,country,city,timeZone,workStart,workEnd,englishLevel,seniority,yearsExperience,primaryRole,skills,costPerHour,billPerHour,currency,availability,availableFrom,vettingStatus,tags';

describe('the command line speaks the user’s language', () => {
  const dir = tempDir('benchmatch-cli-lang-');
  const db = join(dir, 'bench.sqlite');
  beforeAll(async () => {
    await buildCli();
  }, 120_000);
  afterAll(() => removeDir(dir));

  it('prints --help in Spanish when LANG says so, in Portuguese with --lang, in English otherwise', async () => {
    const es = await runCli(['--help'], { env: { LANG: 'es_419.UTF-8' } });
    expect(es.code).toBe(0);
    expect(es.stdout).toMatch(/^Uso: benchmatch/);
    expect(es.stdout).toContain('Opciones:');
    expect(es.stdout).toContain('Comandos:');
    expect(es.stdout).toContain('muestra la ayuda del comando');
    expect(es.stdout).toContain('elimina los datos personales de una persona en');
    const pt = await runCli(['--lang', 'pt-BR', 'import', '--help'], { env: { LANG: 'es_419.UTF-8' } });
    expect(pt.stdout).toMatch(/^Uso: benchmatch import/);
    expect(pt.stdout).toContain('importa um *.bench.json ou um *.csv de engenheiros');
    expect(pt.stdout).toContain('Opções:');
    expect(pt.stdout).toContain('importa os registros válidos e lista os outros');
    const match = await runCli(['match', '--help'], { env: { LANG: 'es_MX.UTF-8' } });
    expect(match.stdout).toContain('el id de la vacante');
    expect(match.stdout).toContain('lista los N mejores (por defecto 20)');
    expect(match.stdout).not.toMatch(/the role id|print one JSON object/);
    const en = await runCli(['--help'], { env: { LANG: 'C' } });
    expect(en.stdout).toMatch(/^Usage: benchmatch/);
    expect(en.stdout).toContain('import a *.bench.json or engineers *.csv');
  });

  it('says a refused file’s problems in Portuguese, placed by line and column, and writes nothing', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, [HEADER, 'e-1,Ana Souza,ana@example.com,BR,Recife,EST,09:00,18:00,B2+,mid,5,Backend Engineer,"Python:4:5",30,55,USD,available,,vetted,'].join('\n'));
    const r = await runCli(['--db', db, 'import', bad], { env: { LANG: 'pt_BR.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2 problemas em bad.csv');
    expect(r.stderr).toContain("linha 2, coluna englishLevel: 'B2+' não é um nível de inglês; use A1-C2");
    expect(r.stderr).toMatch(/linha 2, coluna timeZone: EST é uma abreviação, não um lugar/);
    const stats = await runCli(['--db', db, 'stats', '--json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({ engineers: 0 });
  });

  it('reports an import in Spanish', async () => {
    const r = await runCli(['--db', db, 'import', EXAMPLE, '--dry-run'], { env: { LC_ALL: 'es_AR.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Prueba (no se escribió nada). Se crearían: 3 ingenieros, 6 evaluaciones, 1 cliente, 1 vacante y 1 preselección\nse actualizarían: 0 ingenieros, 0 evaluaciones, 0 clientes, 0 vacantes y 0 preselecciones\n');
  });

  it('says a CV import’s missing fields in Portuguese and a duplicate’s reasons in Spanish', async () => {
    const cvDb = join(dir, 'cv.sqlite');
    const ana = join(dir, 'ana.txt');
    const bruno = join(dir, 'bruno.txt');
    writeFileSync(ana, 'Ana Souza\nana.souza@example.com\nRecife, Brazil\nSenior Backend Engineer\nSkills: Python, Django, PostgreSQL\n');
    writeFileSync(bruno, 'Bruno Lima\nSkills: Python, Go\n');
    const pt = await runCli(['--db', cvDb, 'cv', 'import', ana, bruno], { env: { LANG: 'pt_BR.UTF-8' } });
    expect(pt.code).toBe(1);
    expect(pt.stderr).toContain('bruno.txt: recusado (o currículo não tem país e fuso horário; importe-o no app para digitá-los à mão)');
    expect(pt.stdout).toContain('Criados: 1; atualizados: 0; já no banco de talentos: 0; recusados: 1.');
    expect(pt.stderr).toContain('1 currículo foi recusado (os motivos estão acima); os outros foram importados.');
    const es = await runCli(['--db', cvDb, '--lang', 'es-419', 'cv', 'import', ana]);
    expect(es.code).toBe(0);
    expect(es.stderr).toMatch(/¿la misma persona que eng-\d+\? mismo correo, mismo nombre, ambos en Recife y 100 % de habilidades en común; no se agregó/);
    const read = await runCli(['--db', cvDb, 'cv', 'read', ana], { env: { LANG: 'es_MX.UTF-8' } });
    expect(read.stdout).toMatch(/probablemente ya está en la banca: eng-\d+ Ana Souza \(mismo correo/);
    // --json keeps the English words (cli.md).
    const json = await runCli(['--db', cvDb, 'cv', 'read', ana, '--json'], { env: { LANG: 'es_MX.UTF-8' } });
    expect(JSON.parse(json.stdout).samePerson[0].reasons).toContain('same e-mail');
  });

  it('says a job posting’s notes in Spanish', async () => {
    const r = await runCli(['--lang', 'es-419', 'role', 'draft', join(ROOT, 'test/fixtures/jd/13-issue-ml-es.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"Machine Learning" es un área, no una habilidad concreta: quedó como deseable');
    expect(r.stdout).toMatch(/Presupuesto de 6,400 al mes tomado como USD\s40 por hora \(con 160 horas al mes\)\./);
    expect(r.stdout).not.toMatch(/is a field|read as/);
    // The draft's own labels too.
    expect(r.stdout).toMatch(/obligatorias\s+Python 3\+ años/);
    expect(r.stdout).toContain('Notas:');
    expect(r.stdout).not.toMatch(/must have|Notes:|Why:/);
  });

  it('says the team server\'s start-up refusals in Spanish', async () => {
    const r = await runCli(['--lang', 'es-419', 'team', 'server', '--data', join(dir, 'team-data'), '--listen', 'a;b']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--listen recibe direcciones como 0.0.0.0 o 192.168.1.20 (se recibió "a;b")');
    expect(r.stderr).not.toMatch(/takes addresses/);
  });

  it('reads a CV, lists what is due and says a missing posting file in Portuguese', async () => {
    const cv = join(dir, 'cv.txt');
    writeFileSync(cv, 'Ana Souza\nEngenheira de Dados\nRecife, Brasil · ana.souza@example.com\n\nExperiência\nNubank — Engenheira de Dados (mar/2020 – atual)\nPython, Spark, Airflow\n');
    const read = await runCli(['--db', db, '--lang', 'pt-BR', 'cv', 'read', cv]);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain('(TEXT, 1 página)');
    expect(read.stdout).toMatch(/ {2}nome: Ana Souza/);
    expect(read.stdout).toMatch(/habilidades \(\d+\):/);
    expect(read.stdout).not.toMatch(/\bpage\b| name:|skills \(|, last /);
    const due = await runCli(['--db', db, '--lang', 'pt-BR', 'privacy', 'due']);
    expect(due.code).toBe(0);
    expect(due.stdout).toMatch(/vence|Nada vence/);
    expect(due.stdout).not.toMatch(/due on|Nothing is due|legal basis/);
    const missing = await runCli(['--lang', 'pt-BR', 'role', 'draft', join(dir, 'nada.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Não é possível ler a descrição da vaga');
    expect(missing.stderr).toContain('o arquivo não existe');
  });

  it('refuses a restore in Spanish, by place, and leaves the bench as it was', async () => {
    const bench = join(dir, 'restore.sqlite');
    expect((await runCli(['--db', bench, 'import', EXAMPLE])).code).toBe(0);
    const notABackup = join(dir, 'notes.txt');
    writeFileSync(notABackup, 'not a database');
    const r = await runCli(['--db', bench, 'restore', notABackup], { env: { LANG: 'es_419.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^benchmatch: .*notes\.txt también está dañado \(integrity_check: .*\); la banca no cambió\. Prueba con una copia de seguridad más antigua\.\n\/backup: una copia de seguridad que pase integrity_check\n$/);
    const missing = await runCli(['--db', bench, '--lang', 'pt-BR', 'restore', join(dir, 'nowhere.sqlite')]);
    expect(missing.stderr).toContain('Não há nenhum arquivo de backup em');
    const stats = await runCli(['--db', bench, 'stats', '--json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({ engineers: 3 });
    const found = await runCli(['--db', bench, 'search', 'python'], { env: { LANG: 'es_419.UTF-8' } });
    expect(found.stdout).toMatch(/^\d+ ingenieros? coinciden? con "python":\npuntaje {2}nombre/);
    const said = await runCli(['--db', bench, 'stats'], { env: { LANG: 'es_419.UTF-8' } });
    expect(said.stdout).toMatch(/ingenieros\s+3 \(\d+ validados, \d+ archivados\)/);
    expect(said.stdout).toMatch(/vacantes\s+1 \(\d+ abiertas\)/);
    // A backup and its restore, said in Portuguese.
    const copy = join(dir, 'copy.sqlite');
    const backup = await runCli(['--db', bench, 'backup', '--out', copy], { env: { LANG: 'pt_BR.UTF-8' } });
    expect(backup.stdout).toMatch(/^Backup gravado em .*copy\.sqlite \(/);
    const restored = await runCli(['--db', bench, 'restore', copy], { env: { LANG: 'pt_BR.UTF-8' } });
    expect(restored.stdout).toMatch(/foi restaurado a partir de .*copy\.sqlite\nO arquivo anterior foi guardado como /);
  });

  it('says a file’s encoding and JSON syntax refusals in Spanish and Portuguese, placed by line and column', async () => {
    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.concat([Buffer.from(HEADER + '\nrt-1,Jos'), Buffer.from([0xe9]), Buffer.from(' Pérez\n')]));
    const es = await runCli(['--db', db, 'import', latin1], { env: { LANG: 'es_419.UTF-8' } });
    expect(es.code).toBe(1);
    expect(es.stderr).toContain('1 problema en latin1.csv');
    expect(es.stderr).toContain('línea 2, columna 9: el byte 0xe9 no es UTF-8 (el archivo está en otra codificación, como Latin-1 o Windows-1252); guárdalo como UTF-8');
    const broken = join(dir, 'broken.bench.json');
    writeFileSync(broken, '{\n  "format": "benchmatch.bench",\n  "version": 1,,\n}');
    const pt = await runCli(['--db', db, '--lang', 'pt-BR', 'import', broken]);
    expect(pt.code).toBe(1);
    expect(pt.stderr).toMatch(/linha 3, coluna \d+: não é um JSON válido: /);
    const stats = await runCli(['--db', db, 'stats', '--json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({ engineers: 0 });
  });
});
