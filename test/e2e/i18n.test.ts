// The interface language (issue 19): the browser's language on first run, Settings switches it at once
// and it is remembered across a reload and in another browser; the CLI speaks the language of LANG or
// --lang, and its JSON stays English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, EXAMPLE, removeDir, runCli, tempDir } from '../unit/reliability/helpers';
import { startApp, type App } from './harness';
import { LAYOUT_CHECK, languageScreenshot, saveLanguage } from './languages';

describe('the interface language', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp({ engineers: 30 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('follows the browser on first run (es-MX -> es-419, pt-PT -> pt-BR, fr -> English)', async () => {
    await saveLanguage(app, '');
    for (const [locale, heading, nav] of [['es-MX', 'Configuración', 'Banca'], ['pt-PT', 'Configurações', 'Banco de talentos'], ['fr-FR', 'Settings', 'Bench']] as const) {
      const page = await app.open('/settings', 'light', { locale });
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByRole('link', { name: new RegExp(`^${nav}`) }).first().waitFor();
      await page.context().close();
    }
  });

  it('switches at once in Settings, and is remembered across a reload and in another browser', async () => {
    await saveLanguage(app, '');
    const page = await app.open('/settings', 'light', LAYOUT_CHECK);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByTestId('settings-language').click();
    await page.getByRole('option', { name: 'Português (Brasil)' }).click();
    // At once: no reload, no Save.
    await page.getByRole('heading', { level: 1, name: 'Configurações' }).waitFor();
    await page.getByRole('link', { name: /^Pré-seleções/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pt-BR');
    expect((await app.bench.call('getSettings', {}, { actor: 'e2e' })).language).toBe('pt-BR');
    await languageScreenshot(app, page, 'settings', 'pt-BR');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Configurações' }).waitFor();
    // Saved in the bench, not in this browser: a browser asking for Spanish still gets Portuguese.
    const other = await app.open('/settings', 'light', { locale: 'es-AR' });
    await other.getByRole('heading', { level: 1, name: 'Configurações' }).waitFor();
    await other.context().close();

    await page.getByTestId('settings-language').click();
    await page.getByRole('option', { name: 'Español (Latinoamérica)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Configuración' }).waitFor();
    await languageScreenshot(app, page, 'settings', 'es-419');
    await page.context().close();
    await saveLanguage(app, '');
  });
});

describe('the command line in Spanish and Portuguese', () => {
  const dir = tempDir('benchmatch-i18n-');
  const db = join(dir, 'bench.sqlite');
  const roleId = (JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { roles: { id: string }[] }).roles[0]!.id;
  beforeAll(async () => {
    await buildCli();
    expect((await runCli(['--db', db, 'import', EXAMPLE])).code).toBe(0);
  });
  afterAll(() => removeDir(dir));

  it('speaks the language of LANG, or of --lang over it', async () => {
    const es = await runCli(['--db', db, 'match', '--role', roleId], { env: { LANG: 'es_MX.UTF-8' } });
    expect(es.code).toBe(0);
    expect(es.stdout).toMatch(new RegExp(`^Vacante ${roleId}, al \\d{4}-\\d{2}-\\d{2}: `));
    const pt = await runCli(['--lang', 'pt-BR', '--db', db, 'match', '--role', roleId], { env: { LANG: 'es_MX.UTF-8' } });
    expect(pt.stdout).toMatch(new RegExp(`^Vaga ${roleId}, em `));
  });

  it('says a damaged bench in Spanish', async () => {
    const bad = join(dir, 'bad.sqlite');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, Buffer.alloc(8192, 'no es una banca '));
    const r = await runCli(['--db', bad, 'stats'], { env: { LC_ALL: 'es_CO.UTF-8' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`El archivo de la banca ${bad} está dañado o no es una base de datos de BenchMatch`);
  });

  it('keeps --json in English whatever the language', async () => {
    const args = ['--db', db, 'match', '--role', roleId, '--as-of', '2026-06-01', '--json'];
    const pt = await runCli(args, { env: { LANG: 'pt_BR.UTF-8' } });
    const en = await runCli(args);
    expect(pt.code).toBe(0);
    expect(pt.stdout).toBe(en.stdout);
    expect(pt.stdout.length).toBeGreaterThan(100);
  });

  it('refuses an unknown --lang with the choices', async () => {
    const r = await runCli(['--lang', 'fr', '--db', db, 'stats']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown language "fr": use one of en, es-419, pt-BR.');
  });
});
