// Vetting in real Chromium against the real server and a real SQLite bench: record a draft, reload,
// finalize, see the chart and the engineer move in the ranking; amend it; the queue shrinks when an
// engineer becomes vetted. Screenshots of the form, the rubric chart and the queue, light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { BenchFile, Engineer } from '../../shared/bench/schema';
import { generateDemoBench } from '../../db/seed';
import { todayLocal } from '../../shared/bench/dates';
import { formatDate } from '../../shared/i18n/format';
import { startApp, type App, type Scheme } from './harness';

const today = todayLocal();
const vt = (id: string, over: Partial<Engineer>): Engineer => ({
  id, name: `Vera Test ${id}`, country: 'AR', timeZone: 'America/Argentina/Buenos_Aires', seniority: 'senior', englishLevel: 'B2',
  skills: [{ name: 'Python', level: 5, years: 7 }], availability: { status: 'available' }, vettingStatus: 'vetted', ...over,
});

function bench(): BenchFile {
  const demo = generateDemoBench({ engineers: 200, seed: 42 });
  return {
    ...demo,
    clients: [...(demo.clients ?? []), { id: 'vt-client', name: 'Vetting Test Co', timeZone: 'America/New_York' }],
    roles: [...(demo.roles ?? []), { id: 'vt-role', clientId: 'vt-client', title: 'Python platform engineer', mustHave: [{ skill: 'Python', minLevel: 4 }], startDate: today }],
    engineers: [...(demo.engineers ?? []), vt('vt-1', {}), vt('vt-2', { vettingStatus: 'sourced' })],
  };
}

// Generous limits: the suite shares two cores with other work; these are not speed checks.
const LONG = 300_000;
let app: App;
beforeAll(async () => {
  app = await startApp({ bench: bench() });
}, LONG);
afterAll(async () => app?.close());

const inMatches = async (id: string) => {
  const r = await app.bench.call('match', { roleId: 'vt-role', all: true });
  return { match: r.matches.some((m) => m.engineerId === id), nearMiss: r.nearMisses.find((n) => n.engineerId === id)?.failed };
};

async function pickScore(page: Page, label: string, score: number) {
  await page.getByRole('radio', { name: new RegExp(`^${label}: ${score},`) }).check();
}

async function pickOption(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const saved = (page: Page) => page.getByTestId('save-state').filter({ hasText: 'Draft saved' }).waitFor();

async function open(path: string, scheme: Scheme = 'light') {
  const page = await app.open(path, scheme);
  page.setDefaultTimeout(60_000);
  return page;
}

async function shots(name: string, path: string, prepare: (p: Page) => Promise<void>) {
  for (const scheme of ['light', 'dark'] as Scheme[]) {
    const page = await open(path, scheme);
    await prepare(page);
    await app.screenshot(page, name);
    await page.context().close();
  }
}

describe('vetting', () => {
  it('settings name becomes the default assessor; a draft survives a reload; finalizing updates chart, skills and ranking', async () => {
    const page = await open('/settings');
    await page.getByTestId('settings-name').fill('Lucía Pérez');
    await page.getByTestId('settings-save').click();
    await page.getByText('Saved.').waitFor();
    expect(await app.axe(page)).toEqual([]);

    expect(await inMatches('vt-1')).toEqual({ match: true, nearMiss: undefined });
    await page.goto(`${app.origin}/engineers/vt-1`);
    await page.getByTestId('new-assessment').click();
    // The form opens below the profile: it scrolls into view and takes the focus (issue 18).
    const form = page.getByTestId('assessment-form');
    await expect.poll(() => form.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight / 2; })).toBe(true);
    expect(await form.evaluate((el) => el.contains(document.activeElement) && document.activeElement !== document.body)).toBe(true);
    expect(await page.getByTestId('field-assessor').inputValue()).toBe('Lucía Pérez');
    // Nothing assessed yet: the form says what is missing and saves nothing.
    await page.getByTestId('error-scores').waitFor();
    await pickScore(page, 'Shipped systems', 4);
    await pickScore(page, 'Failure and diagnosis', 2);
    await pickScore(page, 'System thinking', 3);
    await pickScore(page, 'Code', 3);
    await page.getByTestId('field-verified-skill').fill('python');
    await page.getByTestId('field-verified-skill').press('Enter');
    // A verified skill starts at the engineer's current level (Python 5 on the profile), never lower by
    // accident; lowering it is a choice, and the form says it is a downgrade.
    const pythonLevel = page.getByRole('combobox', { name: 'Python verified level' });
    expect(await pythonLevel.inputValue()).toBe('5');
    expect(await page.getByTestId('current-level').textContent()).toBe('now 5 on the profile');
    await pythonLevel.click();
    await page.getByRole('option', { name: '3', exact: true }).click();
    expect(await page.getByTestId('current-level').textContent()).toBe('below the current 5: a downgrade');
    await page.getByRole('checkbox', { name: /No failure story/ }).check();
    await pickOption(page, 'field-recommendation', 'No');
    await page.getByTestId('field-notes').fill('Could not describe a production incident.');
    await saved(page);
    expect(await app.axe(page)).toEqual([]);

    // A restart of the view: the draft comes back from SQLite, in the form.
    await page.reload();
    await page.getByTestId('assessment-form').waitFor();
    expect(await page.getByTestId('field-notes').inputValue()).toBe('Could not describe a production incident.');
    expect(await page.getByRole('radio', { name: /^Shipped systems: 4,/ }).isChecked()).toBe(true);
    await page.getByTestId('verified-skills').getByText('Python').waitFor();
    // Drafts never reach the ranking.
    expect((await inMatches('vt-1')).match).toBe(true);

    await page.getByTestId('finalize').click();
    await page.getByTestId('confirm-finalize').click();
    await page.getByTestId('assessment-form').waitFor({ state: 'detached' });
    await page.getByTestId('rubric-chart').locator('svg').first().waitFor();
    await page.getByTestId('latest-red-flags').getByText('No failure story').waitFor();
    const pythonRow = page.getByTestId('skills-table').getByRole('row', { name: /Python/ });
    // The profile shows the verification date as people read it (the English page: "Dec 3, 2026").
    await pythonRow.getByText(formatDate('en', today)).waitFor();
    expect(await pythonRow.innerText()).toMatch(/3\/5/);
    expect(await inMatches('vt-1')).toEqual({ match: false, nearMiss: ['must_have:Python'] });
    await page.getByTestId('record-vt-1-a1').getByTestId('record-status').filter({ hasText: 'final' }).waitFor();
    expect(await app.axe(page)).toEqual([]);

    // Amend: Python was really a 5. The amendment supersedes the original; both stay in the history.
    await page.getByTestId('amend').click();
    await page.getByTestId('assessment-form').getByText('Amendment of vt-1-a1').waitFor();
    // The amendment asks why, with the focus already there, and shows what it changes as it is edited.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('field-amend-reason');
    await page.getByTestId('assessment-form').getByTestId('amendment-changes').getByText('Nothing changed yet.').waitFor();
    await page.getByRole('combobox', { name: 'Python verified level' }).click();
    await page.getByRole('option', { name: '5', exact: true }).click();
    await pickOption(page, 'field-recommendation', 'Yes');
    await saved(page);
    expect(await page.getByTestId('assessment-form').getByTestId('amendment-change').allTextContents()).toEqual(['Python verified: 3 → 5', 'Recommendation: No → Yes']);
    expect(await page.getByTestId('finalize').isDisabled()).toBe(true);
    await page.getByTestId('field-amend-reason').fill('Python was marked down by mistake: the coding exercise was a 5.');
    await saved(page);
    expect(await page.getByTestId('finalize').isDisabled()).toBe(false);
    await app.screenshot(page, 'polish-amendment');
    await page.getByTestId('finalize').click();
    await page.getByTestId('confirm-finalize').click();
    await page.getByTestId('assessment-form').waitFor({ state: 'detached' });
    await page.getByTestId('record-vt-1-a1').getByText('superseded by vt-1-a2').waitFor();
    await page.getByTestId('record-vt-1-a2').getByText('amends vt-1-a1').waitFor();
    expect(await page.getByTestId('record-vt-1-a2').getByTestId('amend-reason').textContent()).toBe('Why: Python was marked down by mistake: the coding exercise was a 5.');
    expect(await page.getByTestId('record-vt-1-a2').getByTestId('amendment-change').allTextContents()).toEqual(['Python verified: 3 → 5', 'Recommendation: No → Yes']);
    expect(await inMatches('vt-1')).toEqual({ match: true, nearMiss: undefined });
    const history = await app.bench.call('listAssessments', { engineerId: 'vt-1' });
    expect(history.map((r) => [r.ref, r.status, r.createdBy])).toEqual([['vt-1-a1', 'final', 'Lucía Pérez'], ['vt-1-a2', 'final', 'Lucía Pérez']]);
    expect(history[1]?.assessment.amendReason).toBe('Python was marked down by mistake: the coding exercise was a 5.');
    await page.context().close();
  }, LONG);

  it('the queue shrinks when an engineer becomes vetted from a finalized assessment', async () => {
    const page = await open('/vetting');
    await page.getByTestId('vetting-queue').waitFor();
    const before = await app.bench.call('vettingQueue', {});
    expect(before.some((q) => q.engineerId === 'vt-2')).toBe(true);
    expect(await page.getByTestId('queue-summary').innerText()).toContain(`${before.length} engineer`);
    expect(await app.axe(page)).toEqual([]);

    await page.goto(`${app.origin}/engineers/vt-2`);
    await page.getByTestId('new-assessment').click();
    await pickOption(page, 'field-kind', 'System design');
    for (const [label, s] of [['Shipped systems', 5], ['System thinking', 4], ['Judgment', 4], ['Integration', 5]] as const) await pickScore(page, label, s);
    await pickOption(page, 'field-english', 'C1');
    await pickOption(page, 'field-recommendation', 'Strong yes');
    await saved(page);
    await page.getByTestId('finalize').click();
    await page.getByTestId('confirm-finalize').click();
    await page.getByTestId('assessment-form').waitFor({ state: 'detached' });
    await page.getByTestId('set-status').click();
    expect(await page.getByTestId('vetting-status-select').inputValue()).toBe('vetted');
    await page.getByTestId('confirm-vetting-status').click();
    await page.getByText('vetted', { exact: true }).first().waitFor();
    await page.getByTestId('facts').getByText('C1 (assessed').waitFor();

    await page.goto(`${app.origin}/vetting`);
    await page.getByTestId('vetting-queue').waitFor();
    expect(await page.getByTestId('queue-summary').innerText()).toContain(`${before.length - 1} engineer`);
    expect(await page.locator('[data-engineer="vt-2"]').count()).toBe(0);
    expect((await app.bench.call('vettingQueue', {})).length).toBe(before.length - 1);
    await page.context().close();
  }, LONG);

  it('screenshots: the form, the rubric chart and the queue, light and dark', async () => {
    // A draft in progress, as a lead leaves it: the engineer page reopens it in the form by itself.
    const draft = await app.bench.call('saveDraft', {
      engineerId: 'vt-2',
      draft: {
        date: today, kind: 'coding_exercise', assessor: 'Lucía Pérez', scores: { productionExperience: 4, codeQuality: 3, apiIntegration: 4 },
        verifiedSkills: [{ name: 'Python', level: 4 }, { name: 'FastAPI', level: 3 }], englishLevel: 'C1', redFlags: ['over_engineering'],
        recommendation: 'yes', recommendedSeniority: 'senior', notes: 'Clean service boundaries; reached for a queue where a cron job would do.',
      },
    });
    await shots('vetting-form', '/engineers/vt-2', async (p) => {
      await p.getByTestId('assessment-form').waitFor();
      await p.getByTestId('assessment-form').scrollIntoViewIfNeeded();
    });
    await app.bench.call('discardDraft', { ref: draft.ref });
    await shots('vetting-rubric-chart', '/engineers/vt-2', async (p) => {
      await p.getByTestId('rubric-chart').locator('svg').first().waitFor();
      await p.getByTestId('vetting-panel').scrollIntoViewIfNeeded();
    });
    // An amendment: the history's reason and changes, then a new amendment's form (issue 18).
    await shots('polish-amendment-history', '/engineers/vt-1', async (p) => {
      await p.getByTestId('record-vt-1-a2').getByTestId('amend-reason').scrollIntoViewIfNeeded();
    });
    const amendment = await app.bench.call('startAmendment', { ref: 'vt-1-a2' });
    const { id: _id, ...content } = amendment.assessment;
    await app.bench.call('saveDraft', { engineerId: 'vt-1', ref: amendment.ref, draft: { ...content, englishLevel: 'C2', amendReason: 'The English interview was held after the technical one.' } });
    await shots('polish-amendment', '/engineers/vt-1', async (p) => {
      await p.getByTestId('assessment-form').getByTestId('amendment-change').first().waitFor();
      await p.getByTestId('assessment-form').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    });
    await app.bench.call('discardDraft', { ref: amendment.ref });
    await shots('vetting-queue', '/vetting', async (p) => {
      await p.getByTestId('vetting-queue').waitFor();
    });
  }, LONG);
});
