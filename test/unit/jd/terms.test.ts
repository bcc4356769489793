// A posting's terms one by one: start dates, headcount, budgets and their conversion, overlap, seniority ranges.
import { describe, expect, it } from 'vitest';
import { renderText } from '../../../shared/api/errors';
import { budgetFrom, headcountFrom, overlapFrom, seniorityRange, startDateFrom } from '../../../shared/jd/terms';

const TODAY = '2026-12-01';

describe('posting terms', () => {
  it.each([
    ['Start date: March 1, 2027', false, '2027-03-01'],
    ['Start: 15 January 2027', false, '2027-01-15'],
    ['Fecha de inicio: 15 de enero de 2027', true, '2027-01-15'],
    ['Início: 01/02/2027', true, '2027-02-01'],
    ['Start date: 01/02/2027', false, '2027-01-02'],
    ['Comienzo: marzo 2027', true, '2027-03-01'],
    ['Starting Feb 1st', false, '2027-02-01'],
    ['Start date: 2027-04-05', false, '2027-04-05'],
  ])('%s', (s, dayFirst, date) => {
    expect(startDateFrom(s, TODAY, dayFirst)?.date).toBe(date);
  });
  it('ASAP is no date, said so', () => {
    expect(startDateFrom('Start: ASAP', TODAY, false)).toMatchObject({ asap: true });
  });
  it.each([['Headcount: 3', 3], ['We are hiring two senior engineers', 2], ['3 vagas', 3], ['Buscamos 2 desarrolladores backend', 2], ['Vacantes: 4', 4]])('%s', (s, n) => {
    expect(headcountFrom(s)).toBe(n);
  });
  it.each([
    ['Budget: up to $70/h.', 70], ['Rate: $55-65 per hour.', 65], ['$6,000/month', 38], ['USD 80k-100k per year', 52],
    ['Presupuesto: USD 5.000 mensuales', 31], ['Remuneração: até US$ 8.000 por mês', 50], ['Salario: 60.000 USD anuales', 31],
  ])('%s', (s, hourly) => {
    expect(budgetFrom(s)?.hourly).toBe(hourly);
  });
  it('a converted budget says how', () => {
    expect(budgetFrom('$6,000/month')?.notes.map((n) => renderText(n, 'en'))).toEqual(['Budget of 6,000 a month read as $38/h (at 160 hours a month).']);
    expect(renderText(budgetFrom('$6,000/month')!.notes[0]!, 'es-419')).toMatch(/^Presupuesto de 6,000 al mes tomado como USD\s38 por hora \(con 160 horas al mes\)\.$/);
    expect(budgetFrom('Budget: $70/h')?.notes).toEqual([]);
    expect(budgetFrom('€50/h')?.notes).toEqual([{ key: 'errors:posting.euros' }]);
  });
  it.each([
    ['Share at least 3 hours with CET', 3], ['Overlap: 6+ hours with Chicago business hours', 6], ['4+ hours of overlap with EST', 4],
    ['coincidir 5 horas con Madrid', 5], ['pelo menos 4 horas de sobreposição com Nova York', 4], ['4 horas em comum com o horário de Brasília', 4],
  ])('%s', (s, h) => {
    expect(overlapFrom(s)).toBe(h);
  });
  it.each([['mid to senior', ['mid', 'senior']], ['Pleno/Sênior', ['mid', 'senior']], ['Semi Senior a Senior', ['mid', 'senior']], ['Senior or Lead', ['senior', 'lead']]])('%s', (s, levels) => {
    expect(seniorityRange(s)).toEqual(levels);
  });
});
