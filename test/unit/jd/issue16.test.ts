// The posting phrasings issue 16 lists, in English, Spanish and Portuguese (fixtures 13-15).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../../shared/api/errors';
import { draftRoleFromText } from '../../../shared/jd/extract';

const TODAY = '2026-12-01';
const draft = (f: string) => draftRoleFromText(readFileSync(join(__dirname, '../../fixtures/jd', f), 'utf8'), TODAY);
/** The draft's notes as the role editor says them in a language. */
const said = (notes: ReturnType<typeof draftRoleFromText>['notes'], lng: 'en' | 'es-419' | 'pt-BR' = 'en') => notes.map((n) => renderText(n, lng));
const skills = (l?: { skill: string }[]) => (l ?? []).map((r) => r.skill);

describe('issue 16 postings', () => {
  it('English: ranges, "or" and "we also use" as nice-to-haves, overlap with CET, start, headcount, a monthly budget', () => {
    const { role, notes } = draft('15-issue-ml-en.txt');
    expect(role.seniority).toEqual(['mid', 'senior']);
    expect(role.mustHave).toEqual(expect.arrayContaining([{ skill: 'Python', minYears: 3 }, { skill: 'PyTorch', minYears: 3 }]));
    expect(skills(role.mustHave)).not.toEqual(expect.arrayContaining(['MLflow']));
    expect(skills(role.niceToHave)).toEqual(expect.arrayContaining(['MLflow', 'Weights & Biases', 'scikit-learn', 'Pandas']));
    expect(role).toMatchObject({ minEnglish: 'B2', minOverlapHours: 3, timeZone: 'Europe/Berlin', startDate: '2027-03-01', headcount: 2, maxBillRate: 45 });
    expect(said(notes).join(' ')).toMatch(/7,200 a month read as \$45\/h/);
    expect(said(notes).join(' ')).toMatch(/MLflow or Weights & Biases/);
  });

  it('Spanish: años ranges, excluyente, deseable, también usamos, Chicago business hours, fecha de inicio, vacantes, mensual', () => {
    const { role, notes } = draft('13-issue-ml-es.txt');
    expect(role.seniority).toEqual(['mid', 'senior']);
    expect(role.mustHave).toEqual([{ skill: 'Python', minYears: 3 }]);
    expect(skills(role.niceToHave)).toEqual(expect.arrayContaining(['Machine Learning', 'MLOps', 'MLflow', 'Weights & Biases', 'Kubernetes', 'scikit-learn', 'Pandas']));
    expect(role).toMatchObject({ minEnglish: 'C1', minOverlapHours: 6, timeZone: 'America/Chicago', coreHours: { start: '09:00', end: '17:00' }, startDate: '2027-01-15', headcount: 2, maxBillRate: 40 });
    expect(said(notes).some((n) => n.includes('"Machine Learning" is a field'))).toBe(true);
    expect(said(notes, 'es-419').some((n) => n.startsWith('"Machine Learning" es un área, no una habilidad concreta'))).toBe(true);
  });

  it('Portuguese: Pleno/Sênior, anos, ou, diferenciais, compartilhar horas com CET, início dd/mm, vagas, budget per year', () => {
    const { role, notes } = draft('14-issue-data-pt.txt');
    expect(role.seniority).toEqual(['mid', 'senior']);
    expect(role.mustHave).toEqual(expect.arrayContaining([{ skill: 'SQL', minYears: 3 }, { skill: 'Spark', minYears: 3 }]));
    expect(skills(role.niceToHave)).toEqual(expect.arrayContaining(['Airflow', 'Dagster', 'dbt', 'Snowflake']));
    expect(role).toMatchObject({ minEnglish: 'C1', minOverlapHours: 3, timeZone: 'Europe/Berlin', startDate: '2027-02-01', headcount: 3, maxBillRate: 50 });
    expect(said(notes).join(' ')).toMatch(/96,000 a year read as \$50\/h \(at 1,920 hours a year\)/);
    // The account manager in São Paulo reads the same note in Portuguese, with Brazilian number formats.
    expect(said(notes, 'pt-BR').join(' ')).toMatch(/Orçamento de 96\.000 por ano lido como US\$\s50 por hora \(considerando 1\.920 horas por ano\)/);
  });
});
