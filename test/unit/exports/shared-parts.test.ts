// The pure parts of exports: formula neutralising, anonymising, rubric strengths in words, the
// overlap picture's geometry.
import { describe, expect, it } from 'vitest';
import { candidateLabel, redactPersonal } from '../../../shared/export/anonymize';
import { overlapBand, overlapLabel } from '../../../shared/export/band';
import { isFormulaLike, neutraliseFormula } from '../../../shared/export/formula';
import { recommendationInWords, strengthsInWords } from '../../../shared/export/strengths';
import { overlapFor } from '../../../shared/matching/overlap';

describe('formula neutralising', () => {
  it.each([
    '=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR', '=HYPERLINK("http://x","y")',
    // Full-width and look-alike triggers, and triggers behind what a person cannot see.
    '\uFF1D1+1', '\uFF0BSUM(A1)', '\uFF0D2', '\uFF20cmd', '\u2212 2', ' =x', '  +1', '\u00A0=1', '\uFEFF=1', '\u200B@cmd', '\u200B\u00A0 -1', '\t =1',
  ])('prefixes a quote to %j', (s) => {
    expect(isFormulaLike(s)).toBe(true);
    expect(neutraliseFormula(s)).toBe(`'${s}`);
  });
  it.each(['Valentina', '', '1+1', ' x=1', 'Ríos', "'already", '   ', '\u200B', 'a-b', 'C++ @ Acme'])('leaves %j alone', (s) => {
    expect(neutraliseFormula(s)).toBe(s);
  });
});

describe('anonymising', () => {
  it('labels candidates A..Z then AA', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(candidateLabel)).toEqual([
      'Candidate A', 'Candidate B', 'Candidate Z', 'Candidate AA', 'Candidate AB', 'Candidate AZ', 'Candidate BA',
    ]);
  });
  it('replaces names (accent- and case-insensitively), e-mails, links and phones in free text', () => {
    const people = [{ name: 'Valentina Ríos', label: 'Candidate A' }, { name: 'João da Silva', label: 'Candidate B' }];
    const out = redactPersonal('Valentina Ríos (valentina.rios@mail.example, +54 11 5555-1234, www.vrios.dev, https://x.example/p) works with JOAO SILVA and rios; da capo, Python 3.12 for 5 years.', people);
    expect(out).toBe('Candidate A ([e-mail removed], [phone removed], [link removed], [link removed]) works with Candidate B and Candidate A; da capo, Python 3.12 for 5 years.');
  });
});

describe('strengths in words', () => {
  it('keeps 4s and 5s, best first, in rubric order on ties', () => {
    expect(strengthsInWords({ communication: 4, productionExperience: 4, codeQuality: 5, tradeOffs: 3 })).toEqual([
      'Exceptional: writes readable, tested, well-structured code',
      'Strong: has shipped and run systems in production',
      'Strong: explains technical decisions clearly to non-engineers',
    ]);
    expect(strengthsInWords(undefined)).toEqual([]);
    expect(recommendationInWords('strong_yes')).toBe('Strongly recommended');
    expect(recommendationInWords(undefined)).toBe('Not yet assessed');
  });
});

describe('overlap band', () => {
  it('places São Paulo 09-18 on a New York day in January: 07:00-16:00, 7 h overlap with 09-17', () => {
    const eng = { timeZone: 'America/Sao_Paulo' };
    const core = { start: '09:00', end: '17:00' };
    const band = overlapBand(overlapFor(eng, { timeZone: 'America/New_York', coreHours: core }, '2027-01-15'), eng, 'America/New_York', core, '2027-01-15');
    expect(band.hours).toBe(7);
    expect(band.dayHours).toBe(24);
    expect(band.client).toEqual({ start: 9, end: 17 });
    expect(band.overlap).toEqual([{ start: 9, end: 16 }]);
    expect(band.engineer).toContainEqual({ start: 7, end: 16 });
    expect(band.engineerOnClientClock).toBe('07:00-16:00');
    expect(band.label).toBe('most');
  });
  it('is unknown without a client zone, and 23 hours long on a spring-forward day', () => {
    const eng = { timeZone: 'Europe/Madrid' };
    const core = { start: '09:00', end: '17:00' };
    expect(overlapBand(overlapFor(eng, {}, '2027-01-15'), eng, null, core, '2027-01-15').label).toBe('unknown');
    const dst = overlapBand(overlapFor(eng, { timeZone: 'America/New_York', coreHours: core }, '2027-03-14'), eng, 'America/New_York', core, '2027-03-14');
    expect(dst.dayHours).toBe(23);
    expect(overlapLabel(8, 8)).toBe('full');
    expect(overlapLabel(0, 8)).toBe('none');
    expect(overlapLabel(2, 8)).toBe('little');
  });
});
