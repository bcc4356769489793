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
