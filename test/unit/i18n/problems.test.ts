// Refusals and warnings from the service reach people in their language (issue 19): schema problems,
// CSV places, time zones, CV documents, the assessment form's rules and progress labels carry keyed words
// beside their English (logs, --json), through the real service on a real SQLite bench.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError, renderText, sayProblem, type KeyedText } from '../../../shared/api/errors';
import { checkDraft } from '../../../shared/vetting/draft';
import { dumpTables, EXAMPLE, openTemp, tempDir } from '../db/helpers';
import { removeDir } from '../reliability/helpers';

const HEADER = 'id,name,email,country,city,timeZone,workStart,workEnd,englishLevel,seniority,yearsExperience,primaryRole,skills,costPerHour,billPerHour,currency,availability,availableFrom,vettingStatus,tags';
const row = (id: string, over: Partial<Record<'zone' | 'english' | 'skills' | 'email' | 'name', string>> = {}) =>
  `${id},${over.name ?? `Ana ${id}`},${over.email ?? `${id}@example.com`},BR,Recife,${over.zone ?? 'America/Recife'},09:00,18:00,${over.english ?? 'B2'},mid,5,Backend Engineer,"${over.skills ?? 'Python:4:5'}",30,55,USD,available,,vetted,`;

const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('not refused'); }, (e: unknown) => e as ApiError);

describe('refusals and warnings in the reader’s language', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));
  const dir = () => {
    const d = tempDir();
    dirs.push(d);
    return d;
  };

  it('a refused CSV: places and messages in Spanish and Portuguese, English kept for logs, bench untouched', async () => {
    const d = dir();
    const bench = await openTemp(d);
    await bench.importFile(EXAMPLE);
    const before = dumpTables(bench.path);
    const file = join(d, 'bad.csv');
    writeFileSync(file, [HEADER, row('e-1', { english: 'B2+' }), row('e-2', { zone: 'EST' }), row('e-3', { skills: 'Python:five' })].join('\n'));
    const err = await refusal(bench.call('importFile', { path: file }));
    expect(err.message).toBe('3 problems in bad.csv');
    expect(err.say('es-419').message).toBe('3 problemas en bad.csv');
    expect(err.say('pt-BR').message).toBe('3 problemas em bad.csv');
    const [english, zone, skill] = err.problems!;
    expect(english).toMatchObject({ where: 'line 2, column englishLevel', message: "'B2+' is not an English level; use A1-C2" });
    expect(sayProblem(english!, 'es-419')).toEqual({ where: 'línea 2, columna englishLevel', message: "'B2+' no es un nivel de inglés; usa A1-C2" });
    expect(sayProblem(english!, 'pt-BR')).toEqual({ where: 'linha 2, coluna englishLevel', message: "'B2+' não é um nível de inglês; use A1-C2" });
    expect(sayProblem(zone!, 'pt-BR').message).toMatch(/^EST é uma abreviação, não um lugar/);
    expect(sayProblem(skill!, 'es-419').message).toBe('el elemento 1 "Python:five" no tiene la forma Nombre:nivel[:años] (por ejemplo Python:5:8)');
    // A choice list is joined in the reader's language ("o" / "ou", not "or").
    writeFileSync(file, [HEADER, row('e-1').replace(',mid,', ',medior,')].join('\n'));
    const seniority = (await refusal(bench.call('importFile', { path: file }))).problems![0]!;
    expect(seniority.message).toBe("'medior' is not a seniority; use junior, mid, senior, or lead");
    expect(sayProblem(seniority, 'es-419').message).toBe("'medior' no es una seniority; usa junior, mid, senior o lead");
    expect(sayProblem(seniority, 'pt-BR').message).toBe("'medior' não é uma senioridade; use junior, mid, senior ou lead");
    expect(dumpTables(bench.path)).toEqual(before);
    await bench.close();
  });

  it('import warnings say their kind, so the screen counts them in any language', async () => {
    const d = dir();
    const bench = await openTemp(d);
    const file = join(d, 'warn.csv');
    writeFileSync(file, [HEADER, row('w-1', { skills: 'Quantum Basket Weaving:3' }), row('w-2', { email: 'w-1@example.com' })].join('\n'));
    const report = await bench.call('importFile', { path: file, dryRun: true });
    expect(report.warnings.map((w) => w.kind).sort()).toEqual(['customSkill', 'possibleDuplicate']);
    const dup = report.warnings.find((w) => w.kind === 'possibleDuplicate')!;
    expect(sayProblem(dup, 'pt-BR').message).toMatch(/^possível duplicado: ".*" tem o mesmo e-mail que/);
    await bench.close();
  });

  it('a CV that is not a document: refused in Portuguese with what to do', async () => {
    const d = dir();
    const bench = await openTemp(d);
    const file = join(d, 'cv.pdf');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)]));
    const err = await refusal(bench.call('readCvFile', { path: file }));
    expect(err.code).toBe('invalid_input');
    const pt = err.say('pt-BR');
    expect(pt.message).toMatch(/^cv\.pdf: isto é .*, não um documento que o BenchMatch consiga ler\.$/);
    expect(pt.hint).toMatch(/^Parece um escaneamento ou uma foto/);
    expect(err.message).toMatch(/not a document BenchMatch can read/);
    await bench.close();
  });

  it('progress labels are keyed: the CLI and the window say them in their language', async () => {
    const d = dir();
    const bench = await openTemp(d);
    const labels: KeyedText[] = [];
    await bench.call('importFile', { path: EXAMPLE }, { progress: (_f, label) => labels.push(label) });
    expect(labels.map((l) => renderText(l, 'en'))).toContain('Imported');
    expect(labels.map((l) => renderText(l, 'es-419'))).toContain('Importado');
    expect(labels.map((l) => renderText(l, 'pt-BR'))).toContain('Lendo');
    await bench.close();
  });

  it('the assessment form’s rules and schema problems, in Spanish', () => {
    const today = '2026-03-05';
    const c = checkDraft({ date: '2026-04-01', kind: 'technical_interview', assessor: 'Ana', scores: {} }, today);
    expect(c.ok).toBe(false);
    const said = (c as { problems: Parameters<typeof sayProblem>[0][] }).problems.map((p) => sayProblem(p, 'es-419').message);
    expect(said).toEqual(['una fecha que no esté en el futuro (hoy es 5 mar 2026)', 'al menos un puntaje de la rúbrica o un nivel de inglés']);
    const bad = checkDraft({ date: today, kind: 'chat', assessor: 'Ana', englishLevel: 'B2' }, today);
    expect((bad as { problems: Parameters<typeof sayProblem>[0][] }).problems.map((p) => sayProblem(p, 'pt-BR').message)[0]).toMatch(/^'chat' não é um tipo válido; use technical_interview, /);
  });
});
