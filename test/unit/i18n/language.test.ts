// Language choice from OS / browser / environment locales, and formatting through Intl for each
// language, both directly (format.ts) and inside catalog messages (the formatters instance.ts registers).
import { describe, expect, it } from 'vitest';
import { languageFromEnv, pickLanguage } from '../../../shared/i18n/detect';
import { formatDate, formatList, formatMoney, formatNumber, formatRelative } from '../../../shared/i18n/format';
import { i18n, translatorFor } from '../../../shared/i18n/instance';

describe('pickLanguage', () => {
  it('maps every Spanish to es-419, every Portuguese to pt-BR, anything else to English', () => {
    expect(pickLanguage(['es-MX'])).toBe('es-419');
    expect(pickLanguage(['es-ES'])).toBe('es-419');
    expect(pickLanguage(['es'])).toBe('es-419');
    expect(pickLanguage(['pt-PT'])).toBe('pt-BR');
    expect(pickLanguage(['pt_BR.UTF-8'])).toBe('pt-BR');
    expect(pickLanguage(['fr-FR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
  it('takes the first language we speak in the order of preference', () => {
    expect(pickLanguage(['fr-FR', 'pt-BR', 'es-AR'])).toBe('pt-BR');
    expect(pickLanguage(['en-US', 'es-AR'])).toBe('en');
  });
  it('reads LC_ALL over LC_MESSAGES over LANG, and ignores C / POSIX', () => {
    expect(languageFromEnv({ LANG: 'es_CO.UTF-8' })).toBe('es-419');
    expect(languageFromEnv({ LANG: 'es_CO.UTF-8', LC_ALL: 'pt_BR.UTF-8' })).toBe('pt-BR');
    expect(languageFromEnv({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'es_MX' })).toBe('es-419');
    expect(languageFromEnv({ LANG: 'C' })).toBe('en');
    expect(languageFromEnv({})).toBe('en');
  });
});

describe('format', () => {
  it('writes money, numbers, lists and relative times per locale', () => {
    expect(formatMoney('en', 78)).toBe('$78');
    expect(formatMoney('es-419', 1078)).toBe('USD\u00a01,078');
    expect(formatMoney('pt-BR', 78.5)).toBe('US$\u00a078,50');
    expect(formatNumber('pt-BR', 1234.5)).toBe('1.234,5');
    expect(formatList('es-419', ['Python', 'Go', 'Rust'])).toBe('Python, Go y Rust');
    expect(formatList('pt-BR', ['Python', 'Go'])).toBe('Python e Go');
    expect(formatRelative('es-419', -3, 'day')).toBe('hace 3 días');
  });
  it('writes a bench date as that calendar day whatever the zone', () => {
    expect(formatDate('en', '2026-03-05')).toBe('Mar 5, 2026');
    expect(formatDate('es-419', '2026-03-05', 'long')).toBe('5 de marzo de 2026');
    expect(formatDate('pt-BR', '2026-03-05', 'long')).toBe('5 de março de 2026');
  });
});

describe('the i18next instance', () => {
  it('formats inside messages with the language’s Intl', () => {
    const es = translatorFor('es-419', 'frame');
    expect(es('progress', { label: 'Importando', fraction: 0.5 })).toBe('Importando: 50%');
    expect(translatorFor('en', 'frame')('progress', { label: 'Importing', fraction: 0.5 })).toBe('Importing: 50%');
    expect(translatorFor('pt-BR', 'frame')('progress', { label: 'Importando', fraction: 0.5 })).toBe('Importando: 50%');
  });
  it('leaves the process language alone when a fixed translator writes another one', () => {
    const before = i18n.language;
    translatorFor('pt-BR', 'settings')('title');
    expect(i18n.language).toBe(before);
    expect(translatorFor('pt-BR', 'settings')('title')).toBe('Configurações');
  });
});

describe('matching sentences in each language', () => {
  it('a gap, with the language’s plural, money, dates and list words', async () => {
    const { gapText } = await import('../../../shared/matching/failures');
    expect(gapText({ code: 'budget', rate: 96, overBy: 6, cap: 90 }, 'en')).toBe('$6/h over budget');
    expect(gapText({ code: 'budget', rate: 96, overBy: 6, cap: 90 }, 'es-419')).toBe('USD\u00a06/h por encima del presupuesto');
    expect(gapText({ code: 'budget', rate: 96, overBy: 6.5, cap: 90 }, 'pt-BR')).toBe('US$\u00a06,50/h acima do orçamento');
    expect(gapText({ code: 'seniority', have: 'mid', need: ['senior', 'lead'] }, 'es-419')).toBe('semi senior, se requiere senior o líder técnico');
    expect(gapText({ code: 'seniority', have: 'mid', need: ['senior', 'lead'] }, 'pt-BR')).toBe('pleno, exige sênior ou tech lead');
    expect(gapText({ code: 'must_have', skill: 'Go', have: 2, need: 3, years: 1, needYears: 1 }, 'es-419')).toBe('Go 2, se requiere 3 (y 1 año; tiene 1)');
    expect(gapText({ code: 'must_have', skill: 'Go', have: 4, need: 3, years: 1.5, needYears: 3 }, 'pt-BR')).toBe('Go: 1,5 ano, exige 3');
    expect(gapText({ code: 'availability', from: '2027-02-01', start: '2027-01-18', unavailable: false }, 'es-419')).toBe('disponible desde el 1 feb 2027; el inicio es el 18 ene 2027');
  });
  it('a supply warning picks one / many / other', async () => {
    const { supplyText } = await import('../../../shared/matching/words');
    expect(supplyText({ skill: 'MLOps', holders: 1, related: [] }, 'es-419')).toBe('Solo 1 ingeniero tiene MLOps, y nadie tiene una habilidad relacionada');
    expect(supplyText({ skill: 'MLOps', holders: 2, related: [{ skill: 'MLflow', holders: 38 }] }, 'pt-BR')).toBe('Só 2 engenheiros têm MLOps; 38 têm MLflow, relacionada');
    expect(supplyText({ skill: 'MLOps', holders: 1_000_000, related: [] }, 'pt-BR')).toBe('Só 1.000.000 de engenheiros têm MLOps, e ninguém tem uma habilidade relacionada');
  });
});

describe('match reasons', () => {
  it('come in the asked language, and in English without one (the CLI JSON contract)', async () => {
    const { rankRole } = await import('../../../shared/matching');
    const engineer = { id: 'e-1', name: 'Ana Souza', country: 'BR', timeZone: 'America/Sao_Paulo', seniority: 'senior', englishLevel: 'C1', vettingStatus: 'vetted', skills: [{ name: 'Python', level: 5, years: 6 }], availability: { status: 'available' }, rate: { billPerHour: 70 } } as const;
    const client = { id: 'c-1', name: 'Acme', timeZone: 'America/New_York' };
    const role = { id: 'r-1', clientId: 'c-1', title: 'ML engineer', mustHave: [{ skill: 'python', minLevel: 4 }], maxBillRate: 80 };
    const reasons = (lang?: 'es-419' | 'pt-BR') => rankRole({ engineers: [engineer] as never, clients: [client] }, role as never, { asOf: '2027-01-15', ...(lang ? { lang } : {}) }).matches[0]!;
    const en = reasons();
    expect(en.reasons).toContain('Python 5/5, 6 y, needs 4');
    expect(en.reasons).toContain('$70/h, $10/h under the $80/h cap');
    const es = reasons('es-419');
    expect(es.reasons).toContain('Python 5/5, 6 años; se requiere 4');
    expect(es.reasons).toContain('USD\u00a070/h, USD\u00a010/h por debajo del tope de USD\u00a080/h');
    expect(es.breakdown.map((b) => b.label)).toContain('Habilidades imprescindibles');
    expect(reasons('pt-BR').breakdown.map((b) => b.label)).toContain('Sobreposição de horário');
  });
});
