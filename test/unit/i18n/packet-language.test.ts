// A client's packets are written in the client's packet language (kept in app data), whatever the
// user's language; without one they are English. Real service, real SQLite file, real writers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBench } from '../exports/fixture';
import { join } from 'node:path';
import { benchWith, pdfText, unescapeXml, xlsxXml, type TestBench } from '../exports/helpers';

let t: TestBench;
beforeAll(async () => {
  t = await benchWith(fixtureBench());
});
afterAll(() => t.cleanup());

const csvOf = async () => {
  const r = await t.bench.call('exportShortlistData', { shortlistId: 'sl-1', format: 'csv', asOf: '2026-11-25' });
  return Buffer.from(r.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '');
};

describe('packet language', () => {
  it('is English until set, then the client’s, and back to English when cleared', async () => {
    const clientId = fixtureBench().clients![0]!.id;
    expect(await t.bench.call('getClientPacketLanguage', { clientId })).toEqual({});
    expect((await csvOf()).split('\r\n')[0]).toMatch(/^#,Name,Country,Time zone,Overlap \(h\)/);

    expect(await t.bench.call('setClientPacketLanguage', { clientId, language: 'es-419' })).toEqual({ language: 'es-419' });
    const es = await csvOf();
    expect(es.split('\r\n')[0]).toMatch(/^#,Nombre,País,Zona horaria,Superposición \(h\)/);
    expect(es).toMatch(/,(junior|semi senior|senior|líder técnico),/);

    await t.bench.call('setClientPacketLanguage', { clientId, language: 'pt-BR' });
    const xlsx = await t.bench.call('exportShortlistData', { shortlistId: 'sl-1', format: 'xlsx', asOf: '2026-11-25' });
    const xml = unescapeXml(await xlsxXml(Buffer.from(xlsx.base64, 'base64')));
    for (const word of ['Pré-seleção', 'Perfil da vaga', 'Fuso horário', 'Taxa de faturamento (por hora)', 'Obrigatórias']) expect(xml).toContain(word);

    const pdf = join(t.dir, 'packet.pdf');
    await t.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'pdf', out: pdf, asOf: '2026-11-25' });
    const text = pdfText(pdf);
    for (const words of ['PRÉ-SELEÇÃO DE CANDIDATOS', 'A vaga', 'Preparado em 25 de novembro de 2026', 'Candidatos (']) expect(text).toContain(words);

    await t.bench.call('setClientPacketLanguage', { clientId, language: '' });
    expect((await csvOf()).split('\r\n')[0]).toMatch(/^#,Name,/);
  });

  it('refuses a language BenchMatch does not write', async () => {
    await expect(t.bench.call('setClientPacketLanguage', { clientId: 'c-1', language: 'fr' as never })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
