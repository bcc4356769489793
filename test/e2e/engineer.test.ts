// The Engineer screen in real Chromium against browser mode on a fresh seeded bench: profile, effective
// skills with verified ones marked, the overlap band (DST included), an edit that persists, a refused
// edit that changes nothing; axe scan and screenshots in light and dark.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engineer } from '../../shared/bench/schema';
import { effectiveSkills } from '../../shared/matching/effective';
import { startApp, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
}, 240_000);
afterAll(async () => {
  await app?.close();
});

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).first().textContent()) ?? '';

/** An active engineer with at least one skill verified by an assessment. */
function verifiedEngineer(): Engineer {
  const e = app.bench.snapshot().engineers!.find((x) => !x.archived && x.assessments?.some((a) => a.verifiedSkills?.length));
  if (!e) throw new Error('the demo bench has no engineer with verified skills');
  return e;
}

// Real Chromium on 2 shared cores: generous per-test time; speed is measured in bench/suites/ui.ts.
describe('Engineer screen', { timeout: 240_000 }, () => {
  it('opens from the Bench and shows the skills and the overlap band', async () => {
    const page = await app.open('/');
    const link = page.getByTestId('engineer-link').first();
    await link.waitFor();
    const name = (await link.textContent())!;
    await link.click();
    await page.getByTestId('engineer-name').waitFor();
    expect(await text(page, 'engineer-name')).toBe(name);
    const engineer = app.bench.snapshot().engineers!.find((e) => e.name === name)!;
    expect(await page.getByTestId('skills-table').locator('tbody tr').count()).toBe(effectiveSkills(engineer).size);
    expect(await text(page, 'overlap-summary')).toMatch(/h overlap on [A-Z][a-z]{2} \d{1,2}, \d{4}|Overlap unknown/);
    expect(await page.getByTestId('band-engineer').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('marks verified skills with date and assessor, and shows a DST day for a chosen date', async () => {
    const e = verifiedEngineer();
    const verified = [...effectiveSkills(e).values()].filter((s) => s.verifiedOn);
    // 2027-03-14: New York springs forward, so the client's day has 23 hours.
    const page = await app.open(`/engineers/${e.id}?zone=America/New_York&date=2027-03-14`);
    await page.getByTestId('engineer-name').waitFor();
    expect(await page.getByTestId('verified-skill').count()).toBe(verified.length);
    const first = (await page.getByTestId('verified-skill').first().textContent()) ?? '';
    expect(first).toContain(verified.map((s) => s.verifiedOn).sort().at(-1)!.slice(0, 4));
    const assessors = (e.assessments ?? []).map((a) => a.assessor);
    expect(assessors.some((a) => first.includes(a))).toBe(true);
    expect(await page.getByTestId('overlap-band').count()).toBe(2);
    expect(await page.getByText('this day has 23 hours in America/New_York').count()).toBe(1);
    for (const scheme of ['light', 'dark'] as const) {
      const p = scheme === 'light' ? page : await app.open(`/engineers/${e.id}?zone=America/New_York&date=2027-03-14`, 'dark');
      await p.getByTestId('engineer-name').waitFor();
      await app.screenshot(p, 'engineer');
      expect(await app.axe(p)).toEqual([]);
      await p.context().close();
    }
  });

  it('refuses a bad edit by field without saving, and keeps a good edit across a reload', async () => {
    const e = verifiedEngineer();
    const page = await app.open(`/engineers/${e.id}`);
    await page.getByTestId('edit-engineer').click();
    await page.getByTestId('field-country').fill('Brasil');
    await page.getByTestId('save-engineer').click();
    await page.getByTestId('form-problems').waitFor();
    expect(await text(page, 'form-problems')).toContain('/country');
    expect((await app.bench.call('getEngineer', { id: e.id })).country).toBe(e.country);
    await app.screenshot(page, 'engineer-edit');
    expect(await app.axe(page)).toEqual([]);

    await page.getByTestId('field-country').fill('UY');
    await page.getByTestId('field-name').fill(`${e.name} Edited`);
    await page.getByTestId('field-bill').fill('77');
    await page.getByTestId('save-engineer').click();
    await page.getByTestId('edit-modal').waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('engineer-name').filter({ hasText: `${e.name} Edited` }).waitFor();
    expect(await page.getByText('77 USD/h').count()).toBeGreaterThan(0);
    const saved = await app.bench.call('getEngineer', { id: e.id });
    expect(saved).toMatchObject({ country: 'UY', name: `${e.name} Edited`, rate: { billPerHour: 77 } });
    // Assessments are history: the profile edit kept every one of them.
    expect(saved.assessments).toEqual(e.assessments);
    const log = await app.bench.db.selectFrom('change_log').selectAll().where('entity_id', '=', e.id).execute();
    expect(log.at(-1)).toMatchObject({ actor: 'e2e', action: 'update', entity: 'engineer' });
    expect(JSON.parse(log.at(-1)!.detail!).fields).toEqual(['country', 'name', 'rate']);
    await page.context().close();
  });

  it('says so when an engineer does not exist', async () => {
    const page = await app.open('/engineers/nobody-here');
    await page.getByTestId('error-view').waitFor();
    expect(await text(page, 'error-view')).toContain('nobody-here');
    await page.context().close();
  });
});
