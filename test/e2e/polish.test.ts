// Everyday polish (issue 18) in real Chromium against browser mode on a seeded demo bench: each stumble
// the issue lists, walked as the account manager, vetting lead or sales person who hit it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoBench } from '../../db/seed';
import { startApp, type App } from './harness';

const demo = generateDemoBench({ engineers: 300, seed: 42 });
const LONG = 240_000;
let app: App;
beforeAll(async () => {
  app = await startApp({ bench: demo });
}, LONG);
afterAll(async () => app?.close());

describe('client time zone', { timeout: LONG }, () => {
  it('finds real zones by city, country and abbreviation, refuses an abbreviation naming the likely zones, and saves the chosen zone', async () => {
    const page = await app.open('/roles');
    await page.getByTestId('client-item').first().waitFor();
    await page.getByTestId('new-client').click();
    await page.getByTestId('client-name').fill('Zona Test');
    const zone = page.getByTestId('client-zone');
    const options = async () => page.getByRole('option').allTextContents();

    await zone.fill('New York');
    await expect.poll(options).toEqual([expect.stringContaining('America/New_York')]);
    await zone.fill('São Paulo');
    await expect.poll(options).toEqual([expect.stringContaining('America/Sao_Paulo')]);
    // A country in the reader's language: Brazil's zones, São Paulo first.
    await zone.fill('Brazil');
    await expect.poll(async () => (await options())[0]).toContain('America/Sao_Paulo');
    expect((await options()).some((o) => o.includes('America/Manaus'))).toBe(true);
    // An abbreviation offers the cities it stands for, nothing else.
    await zone.fill('CET');
    await expect.poll(options).toEqual(['Europe/Berlin', 'Europe/Paris', 'Europe/Madrid', 'Europe/Amsterdam'].map((z) => expect.stringContaining(z)));

    // Left as typed, the abbreviation is refused at its field with the zones it likely means; nothing saved.
    await zone.fill('EST');
    await page.keyboard.press('Escape');
    await page.getByTestId('save-client').click();
    const error = page.getByText(/EST is an abbreviation, not a place/);
    await error.waitFor();
    expect(await error.textContent()).toContain('America/New_York');
    expect((await app.bench.call('listClients', {})).clients.some((c) => c.name === 'Zona Test')).toBe(false);
    // A city name left as typed is no zone either: the field says which zones it could be.
    await zone.fill('Sao Paulo');
    await page.keyboard.press('Escape');
    await page.getByTestId('save-client').click();
    await page.getByText(/“Sao Paulo” is not a time zone\. Choose one from the list: America\/Sao_Paulo/).waitFor();

    await zone.fill('são paulo');
    await page.getByRole('option').filter({ hasText: 'America/Sao_Paulo' }).click();
    expect(await zone.inputValue()).toBe('America/Sao_Paulo');
    await app.screenshot(page, 'polish-client-zone');
    await page.getByTestId('save-client').click();
    await page.getByTestId('client-title').filter({ hasText: 'Zona Test' }).waitFor();
    expect((await app.bench.call('listClients', {})).clients.find((c) => c.name === 'Zona Test')).toMatchObject({ timeZone: 'America/Sao_Paulo' });
    await page.context().close();

    // The same picker in dark, in Spanish: countries by their Spanish name.
    const dark = await app.open('/roles', 'dark', { locale: 'es-MX' });
    await dark.getByTestId('client-item').first().waitFor();
    await dark.getByTestId('new-client').click();
    await dark.getByTestId('client-zone').fill('Alemania');
    await expect.poll(() => dark.getByRole('option').allTextContents()).toEqual([expect.stringContaining('Europe/Berlin'), expect.stringContaining('Europe/Busingen')]);
    await app.screenshot(dark, 'polish-client-zone');
    expect(await app.axe(dark)).toEqual([]);
    await dark.context().close();
  });
});
