// Posting phrasings met when trying the reader on new postings (fixtures 16-17): a "Vaga:"/"Puesto:"
// label before the title, a nice-to-have aside in parentheses that must not demote the skill before it,
// clocks written "9h–18h" and "de 9:00 a 17:00", "Início previsto:" and "Fecha de inicio estimada:",
// and the client's zone named in Spanish or Portuguese ("horário de Lisboa", "hora de Bogotá").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftRoleFromText } from '../../../shared/jd/extract';
import { findTimeZone } from '../../../shared/jd/zones';

const TODAY = '2026-12-01';
const draft = (f: string) => draftRoleFromText(readFileSync(join(__dirname, '../../fixtures/jd', f), 'utf8'), TODAY);
const skills = (l?: { skill: string }[]) => (l ?? []).map((r) => r.skill);

describe('postings in Spanish and Portuguese, as clients write them', () => {
  it('Portuguese: Vaga label, "(NestJS é um diferencial)" aside, horário de Lisboa 9h–18h, Início previsto', () => {
    const { role } = draft('16-lisbon-fullstack-pt.txt');
    expect(role.title).toBe('Desenvolvedor(a) Full Stack Pleno/Sênior');
    expect(role.seniority).toEqual(['mid', 'senior']);
    expect(role.mustHave).toEqual([{ skill: 'TypeScript', minYears: 4 }, { skill: 'React', minYears: 4 }, { skill: 'Node.js' }]);
    expect(skills(role.niceToHave)).toEqual(expect.arrayContaining(['NestJS', 'PostgreSQL', 'MySQL', 'Kafka']));
    expect(role).toMatchObject({ timeZone: 'Europe/Lisbon', coreHours: { start: '09:00', end: '18:00' }, minOverlapHours: 4, minEnglish: 'B2', maxBillRate: 55, startDate: '2027-01-15', headcount: 2 });
  });

  it('Spanish: Puesto label, "(Databricks es deseable)" aside, de 9:00 a 17:00 hora del Este, fecha de inicio estimada', () => {
    const { role } = draft('17-miami-data-es.txt');
    expect(role.title).toBe('Ingeniero/a de Datos Semi Senior');
    expect(role.seniority).toEqual(['mid']);
    expect(role.mustHave).toEqual([{ skill: 'Python', minYears: 3 }, { skill: 'SQL', minYears: 3 }, { skill: 'dbt' }, { skill: 'Snowflake' }, { skill: 'Airflow' }]);
    expect(skills(role.niceToHave)).toEqual(['Databricks']);
    expect(role).toMatchObject({ timeZone: 'America/New_York', coreHours: { start: '09:00', end: '17:00' }, minOverlapHours: 5, minEnglish: 'B2', maxBillRate: 45, startDate: '2027-02-01', headcount: 3 });
  });

  it('English: "7+ yrs …, at least 3 of them running Kubernetes" asks 3 years of Kubernetes; 10am–2pm ET; a monthly range', () => {
    const { role } = draft('18-platform-staff-en.txt');
    expect(role.mustHave?.find((r) => r.skill === 'Kubernetes')).toMatchObject({ minYears: 3 });
    expect(skills(role.mustHave)).toEqual(expect.arrayContaining(['Terraform', 'Helm', 'Amazon Web Services', 'Prometheus', 'Grafana', 'OpenTelemetry']));
    expect(skills(role.niceToHave)).toEqual(expect.arrayContaining(['Argo CD', 'Flux', 'Go']));
    expect(role).toMatchObject({ title: 'Staff Platform Engineer', seniority: ['lead'], timeZone: 'America/New_York', coreHours: { start: '10:00', end: '14:00' }, minEnglish: 'C1', maxBillRate: 59, headcount: 1 });
    expect(role.startDate).toBeUndefined();
  });

  it('reads no clock from year ranges or overlap spans, and no client zone from where engineers may live', () => {
    const a = draftRoleFromText('Backend Engineer\nRequisitos:\n- 3 a 5 años con Go\n- 4-6 h de solapamiento con el equipo\n', TODAY);
    expect(a.role.coreHours).toBeUndefined();
    expect(a.role.mustHave).toEqual([{ skill: 'Go', minYears: 3 }]);
    expect(findTimeZone('Remoto desde Bogotá, Lima o Ciudad de México')).toBeUndefined();
    expect(findTimeZone('4 horas en común con la hora de Bogotá')).toBe('America/Bogota');
    expect(findTimeZone('sobreposição com o horário de Brasília')).toBe('America/Sao_Paulo');
    expect(findTimeZone('equipo en Nueva York')).toBe('America/New_York');
  });
});
