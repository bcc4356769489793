// The pure parts of exports: formula neutralising, the packet's words in three languages, the scrub of
// approved pitch notes (hostile inputs), the overlap picture's geometry.
import { describe, expect, it } from 'vitest';
import { overlapBand, overlapLabel } from '../../../shared/export/band';
import { isFormulaLike, neutraliseFormula } from '../../../shared/export/formula';
import { packetWords } from '../../../shared/export/packet-words';
import { scrubber } from '../../../shared/export/scrub';
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

describe('packet words', () => {
  it('labels candidates A..Z then AA, in the packet language', () => {
    const en = packetWords('en');
    expect([0, 1, 25, 26, 27, 51, 52].map(en.candidate)).toEqual([
      'Candidate A', 'Candidate B', 'Candidate Z', 'Candidate AA', 'Candidate AB', 'Candidate AZ', 'Candidate BA',
    ]);
    expect(packetWords('es-419').candidate(2)).toBe('Candidato C');
  });
  it('says strengths best first (rubric order on ties), recommendations and enum values in the packet language', () => {
    const en = packetWords('en');
    expect(en.strengths({ communication: 4, productionExperience: 4, codeQuality: 5, tradeOffs: 3 })).toEqual([
      'Exceptional: writes readable, tested, well-structured code',
      'Strong: has shipped and run systems in production',
      'Strong: explains technical decisions clearly to non-engineers',
    ]);
    expect(en.strengths(undefined)).toEqual([]);
    expect(en.recommendation('strong_yes')).toBe('Strongly recommended');
    expect(en.recommendation(undefined)).toBe('Not yet assessed');
    const pt = packetWords('pt-BR');
    expect(pt.strengths({ codeQuality: 5 })).toEqual(['Excepcional: escreve código legível, testado e bem estruturado']);
    expect(pt.seniority('mid')).toBe('pleno');
    expect(packetWords('es-419').seniority('mid')).toBe('semi senior');
    expect(packetWords('es-419').availability('on_assignment')).toBe('asignado a un proyecto');
  });
});

describe('the scrub of an approved pitch note', () => {
  const words = packetWords('en').scrub;
  const scrub = scrubber({
    candidates: [{ name: 'Valentina Ríos', label: 'Candidate A' }, { name: "Seán O'Neill", label: 'Candidate B' }],
    benchNames: ['Marta Quispe Huamán', 'Joaquín Benítez'],
    customSkills: ['Benitez Method', 'AcmeFlow'],
    keep: ['Python'],
    words,
  });
  it.each([
    ['names, accent- and case-insensitively, the candidates by letter and anyone else removed',
      'Valentina Ríos works with RIOS and marta quispe; ask Joaquin.', 'Candidate A works with Candidate A and [name removed]; ask [name removed].'],
    ["a name inside a longer word never leaves half of it", "O'Neill and Pérez-Benítez", 'Candidate B and [name removed]'],
    ['e-mails in any spelling', 'vr@mail.com, vr [at] mail [dot] com, vr(at)mail(dot)com, vr at mail dot com, vr arroba mail punto com',
      '[e-mail removed], [e-mail removed], [e-mail removed], [e-mail removed], [e-mail removed]'],
    ['phones in five national formats', '+1 (415) 555-0132 / +44 20 7946 0958 / +55 (11) 98765-4321 / +52 55 1234 5678 / +54 9 11 5555-1234',
      '[phone removed] / [phone removed] / [phone removed] / [phone removed] / [phone removed]'],
    ['links and handles', 'see https://x.example/p, www.vrios.dev, t.me/vrios; Skype: live:vrios, telegram @vr_ios, @vrios',
      'see [link removed], [link removed], [link removed]; [contact removed], [contact removed], [contact removed]'],
    ['custom skills, but not canonical ones, dates or small numbers', 'Knows AcmeFlow and the benitez method, Python 3.12 for 5 years since 2026-03-05.',
      'Knows [skill removed] and the [skill removed], Python 3.12 for 5 years since 2026-03-05.'],
  ])('%s', (_what, input, expected) => {
    expect(scrub(input)).toBe(expected);
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
