// The Privacy view in real Chromium against browser mode on the demo bench: people past retention and
// without a legal basis are listed with their reasons; "Export their data" downloads their JSON; "Erase
// person…" asks for a confirmation, then the record becomes an anonymous remainder everywhere (the
// profile, the Bench). The profile shows the basis and retention, and Edit records a basis. Axe scan and
// screenshots in light and dark.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonData } from '../../shared/api/privacy';
import { todayLocal } from '../../shared/bench/dates';
import { privacyDue } from '../../shared/privacy/due';
import { startApp, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
}, 240_000);
afterAll(async () => {
  await app?.close();
});

describe('Privacy', { timeout: 240_000 }, () => {
  it('lists what is due, exports a person\'s data, and erases them after a confirmation', async () => {
    const expected = privacyDue(app.bench.snapshot().engineers!, todayLocal());
    expect(expected.some((d) => d.reason === 'past_retention')).toBe(true);
    expect(expected.some((d) => d.reason === 'no_basis')).toBe(true);

    const page = await app.open('/privacy');
    await page.getByTestId('privacy-due').waitFor();
    expect(await page.getByTestId('privacy-row').count()).toBe(expected.length);
    expect(await page.getByTestId('privacy-row').first().textContent()).toContain(expected[0]!.name);
    expect(await app.axe(page)).toEqual([]);
    await app.screenshot(page, 'privacy');
    const dark = await app.open('/privacy', 'dark');
    await dark.getByTestId('privacy-due').waitFor();
    await app.screenshot(dark, 'privacy');
    await dark.context().close();

    const victim = expected[0]!;
    const download = page.waitForEvent('download');
    await page.getByTestId(`person-data-${victim.engineerId}`).click();
    const file = await (await download).path();
    const data = JSON.parse(readFileSync(file, 'utf8')) as PersonData;
    expect(data.engineer.id).toBe(victim.engineerId);
    expect(data.engineer.name).toBe(victim.name);

    await page.getByTestId(`erase-${victim.engineerId}`).click();
    await page.getByTestId('erase-confirm').waitFor();
    expect(await page.getByTestId('erase-confirm').isDisabled()).toBe(true);
    await app.screenshot(page, 'privacy-erase-dialog');
    await page.getByTestId('erase-understood').check();
    await page.getByTestId('erase-confirm').click();
    await page.getByTestId('erase-done').waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="privacy-row"]').length === n, expected.length - 1);
    const after = app.bench.snapshot().engineers!.find((e) => e.id === victim.engineerId)!;
    expect(after.name).toBe('Erased person');
    expect(after.email).toBeUndefined();
    await page.context().close();
  });

  it('shows the basis on the profile and records one with Edit', async () => {
    const noBasis = app.bench.snapshot().engineers!.find((e) => !e.privacy && !e.archived)!;
    const page = await app.open(`/engineers/${noBasis.id}`);
    await page.getByTestId('privacy-panel').waitFor();
    expect(await page.getByTestId('privacy-panel').textContent()).toContain('no legal basis recorded');
    await page.getByTestId('edit-engineer').click();
    await page.getByTestId('field-basis').click();
    await page.getByRole('option', { name: 'consent' }).click();
    await page.getByTestId('field-retain').fill('2029-06-30');
    await page.getByTestId('save-engineer').click();
    await page.getByTestId('edit-modal').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelector('[data-testid="privacy-panel"]')?.textContent?.includes('Jun 30, 2029')); // the panel formats the date for people
    const saved = app.bench.snapshot().engineers!.find((e) => e.id === noBasis.id)!;
    expect(saved.privacy).toEqual({ basis: 'consent', retainUntil: '2029-06-30' });
    expect(saved.name).toBe(noBasis.name);
    await app.screenshot(page, 'engineer-privacy');
    await page.context().close();
  });
});
