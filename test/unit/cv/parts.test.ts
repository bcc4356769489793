// The CV reader's parts on the phrasings CVs use, one by one.
import { describe, expect, it } from 'vitest';
import { findEmail } from '../../../shared/cv/contact';
import { findDateRanges, monthsCovered } from '../../../shared/cv/dates';
import { findEnglish } from '../../../shared/cv/english';
import { findPlace } from '../../../shared/cv/places';
import { draftCv } from '../../../shared/cv/draft';

const TODAY = '2026-12-01';

describe('job dates', () => {
  it.each([
    ['ene. 2019 – actualidad', 2019 * 12, 2026 * 12 + 11],
    ['mar/2018 - atual', 2018 * 12 + 2, 2026 * 12 + 11],
    ['Jan 2020 - Present', 2020 * 12, 2026 * 12 + 11],
    ['03/2017 – 06/2019', 2017 * 12 + 2, 2019 * 12 + 5],
    ['2016 - 2019', 2016 * 12, 2019 * 12 + 11],
    ['septiembre de 2015 hasta la fecha', 2015 * 12 + 8, 2026 * 12 + 11],
    ['dezembro 2020 até o momento', 2020 * 12 + 11, 2026 * 12 + 11],
    ['desde 2021', 2021 * 12, 2026 * 12 + 11],
  ])('%s', (text, start, end) => {
    const [r] = findDateRanges(text, TODAY);
    expect(r).toMatchObject({ start, end });
  });
  it('counts overlapping jobs once', () => {
    expect(monthsCovered([{ start: 0, end: 11 }, { start: 6, end: 17 }, { start: 30, end: 35 }])).toBe(24);
  });
});

describe('English level', () => {
  it.each([
    ['Inglés avanzado', 'C1'], ['Inglês fluente', 'C1'], ['TOEFL iBT 105', 'C1'], ['TOEFL iBT 80', 'B2'], ['IELTS 7.5', 'C1'],
    ['English: native', 'C2'], ['Inglés intermedio', 'B1'], ['Inglês intermediário avançado', 'B2'], ['English - B2', 'B2'],
    ['Inglés: básico', 'A2'], ['Idiomas: Español nativo, Inglés avanzado', 'C1'], ['English, fluent', 'C1'], ['Cambridge First (FCE)', 'B2'],
  ])('%s -> %s', (text, level) => {
    expect(findEnglish(text)?.level).toBe(level);
  });
  it('never takes another language for English', () => {
    expect(findEnglish('Español: nativo\nPortugués: intermedio')).toBeUndefined();
  });
});

describe('place and zone', () => {
  it.each([
    ['Ubicación: Monterrey, NL, México', 'MX', 'America/Monterrey'],
    ['Manaus - AM', 'BR', 'America/Manaus'],
    ['Bogotá D.C., Colombia', 'CO', 'America/Bogota'],
    ['Remote from Costa Rica', 'CR', 'America/Costa_Rica'],
    ['Porto, Portugal', 'PT', 'Europe/Lisbon'],
  ])('%s', (line, country, zone) => {
    expect(findPlace([line])).toMatchObject({ country, zone });
  });
  it('does not take a first name for a city', () => {
    expect(findPlace(['Santiago Gómez', 'Quito, Ecuador'], new Set([0]))).toMatchObject({ country: 'EC', city: 'Quito' });
  });
});

describe('a whole CV in text', () => {
  it('reads stated years, skills with their years, and sources for each field', () => {
    const d = draftCv(['Ana Lima', 'Engenheira de Machine Learning', 'ana@ex.com | Curitiba, Brasil', '',
      'Experiência', 'ML Engineer — Acme', 'jan/2020 - atual', 'Modelos em PyTorch e k8s.', 'Analista — Beta', 'jan/2017 - dez/2019', 'Relatórios em Postgres.'].join('\n'), TODAY);
    expect(d.fields.primaryRole?.value).toBe('ML Engineer');
    expect(d.fields.yearsExperience?.value).toBe(10);
    const pytorch = d.skills.find((s) => s.value === 'PyTorch');
    expect(pytorch).toMatchObject({ years: 7, lastUsed: 2026, source: 'Modelos em PyTorch e k8s.' });
    expect(d.skills.find((s) => s.value === 'PostgreSQL')).toMatchObject({ years: 3, lastUsed: 2019 });
    expect(d.fields.city).toMatchObject({ value: 'Curitiba', source: 'ana@ex.com | Curitiba, Brasil' });
  });
});

describe('e-mail written against scrapers', () => {
  it.each([
    ['joao.albuquerque [at] gmail [dot] com · (81) 99876-5432', 'joao.albuquerque@gmail.com'],
    ['ana(arroba)correo.com.ar', 'ana@correo.com.ar'],
    ['Maria @ Mail . com', 'maria@mail.com'],
    ['x (at) y (punto) co', 'x@y.co'],
  ])('%s', (line, email) => {
    expect(findEmail([line])?.value).toBe(email);
  });
  it('not from prose: "Engineer at Globant.com" is a job', () => {
    expect(findEmail(['Senior Engineer at Globant.com', 'Data Engineer at Nubank dot com'])).toBeUndefined();
  });
  it('a plain address anywhere wins over a spelled one', () => {
    expect(findEmail(['ana [at] old [dot] com', 'ana@new.com'])?.value).toBe('ana@new.com');
  });
});

describe('levels the CV states and years said in a summary', () => {
  const cv = [
    'Lucas Ferreira', 'Senior Frontend Developer', 'Buenos Aires, Argentina', '',
    'SUMMARY', 'Frontend developer with 9+ years building web apps.', '',
    'WORK EXPERIENCE', 'Acme | Frontend Engineer | Jun 2012 – Present', '• React and Jest every day.', '',
    'SKILLS', 'Expert: React, TypeScript', 'Avanzado: GraphQL', 'Intermediário: Docker', 'Básico: Kotlin', 'Other: Figma',
  ].join('\n');
  it('takes "Expert:", "Avanzado:", "Intermediário:", "Básico:" as the level of the skills after them', () => {
    const level = Object.fromEntries(draftCv(cv, TODAY).skills.map((s) => [s.value, s.level]));
    expect(level).toMatchObject({ React: 5, TypeScript: 5, GraphQL: 4, Docker: 3, Kotlin: 2 });
    // No level stated: the guess from the years the jobs show (14 years of Jest: 4).
    expect(level.Jest).toBe(4);
  });
  it('takes "with 9+ years building" as the stated total over the job dates', () => {
    expect(draftCv(cv, TODAY).fields.yearsExperience?.value).toBe(9);
  });
});
