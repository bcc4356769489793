// The account manager's day in real Chromium against browser mode on a fresh seeded bench: a client
// and a role made with the typo-tolerant picker; a job description drafted, trimmed and kept; the Match
// screen agreeing with the engine (top engineer, a near miss with its reason and gap, what-ifs that let
// the closest engineer in and then the next, marked; the focus kept in the list; a scarce must-have
// warned about and swapped, in the editor and on Match); a shortlist built from Match, reordered by keyboard, given a status, surviving a reload.
// axe scan of each screen; Role editor, Match and Shortlist screenshots in light and dark.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayLocal } from '../../shared/bench/dates';
import { draftRoleFromText } from '../../shared/jd/extract';
import { changeText, gapText } from '../../shared/matching';
import { relatedSkills, skillKey, SKILLS } from '../../shared/taxonomy';
import { startApp, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
}, 240_000);
afterAll(async () => {
  await app?.close();
});

const JD = `Senior Machine Learning Engineer
We are a healthcare analytics company in New York (EST).
Requirements:
- 4+ years of Python in production
- Strong PyTorch experience
- Kubernetes and Docker
Nice to have:
- Airflow
- Experience with MLflow is a plus
English C1. At least 4 hours overlap with our team. Budget up to $75/h.`;

async function pick(page: Page, testId: string, typed: string, option: string) {
  await page.getByTestId(testId).fill(typed);
  await page.getByTestId('skill-option').filter({ hasText: option }).first().click();
}

async function waitFor<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Clients, roles, Match and Shortlists', { timeout: 240_000 }, () => {
  it('creates a client and a role with the picker; a misspelled skill is still found', async () => {
    const page = await app.open('/roles');
    await page.getByTestId('client-item').first().waitFor();
    expect(await app.axe(page)).toEqual([]);
    await page.getByTestId('new-client').click();
    await page.getByTestId('client-name').fill('Acme Robotics');
    await page.getByTestId('client-zone').fill('America/New_York');
    await page.keyboard.press('Escape');
    await page.getByTestId('save-client').click();
    await page.getByTestId('client-title').filter({ hasText: 'Acme Robotics' }).waitFor();
    expect(await app.bench.call('listClients', {}).then((r) => r.clients.find((c) => c.id === 'acme-robotics'))).toMatchObject({ name: 'Acme Robotics', timeZone: 'America/New_York' });

    await page.getByTestId('new-role').click();
    await page.getByTestId('field-title').fill('ML Platform Engineer');
    await pick(page, 'mustHave-picker', 'pytroch', 'PyTorch');
    await pick(page, 'niceToHave-picker', 'k8s', 'Kubernetes');
    expect(await page.getByTestId('mustHave-row').allTextContents()).toEqual([expect.stringContaining('PyTorch')]);
    // Inline validation: a bad clock is shown at its field and nothing is saved.
    await page.getByTestId('field-coreStart').fill('25:00');
    await page.getByTestId('field-coreEnd').fill('17:00');
    await page.getByTestId('save-role').click();
    await page.getByTestId('role-problems').waitFor();
    expect((await app.bench.call('listRoles', { clientId: 'acme-robotics' })).roles).toEqual([]);
    await page.getByTestId('field-coreStart').fill('09:00');
    await page.getByTestId('save-role').click();
    await page.getByTestId('role-saved').waitFor();
    await page.waitForURL(/\/roles\/role-ml-platform-engineer/);
    const saved = await app.bench.call('getRole', { id: 'role-ml-platform-engineer' });
    expect(saved.role).toMatchObject({ clientId: 'acme-robotics', title: 'ML Platform Engineer', mustHave: [{ skill: 'PyTorch', minLevel: 3 }], niceToHave: [{ skill: 'Kubernetes', weight: 1 }], coreHours: { start: '09:00', end: '17:00' } });
    expect(await app.axe(page)).toEqual([]);
    for (const scheme of ['light', 'dark'] as const) {
      const p = scheme === 'light' ? page : await app.open('/roles/role-ml-platform-engineer', 'dark');
      await p.getByTestId('mustHave-row').first().waitFor();
      await app.screenshot(p, 'role-editor');
      if (p !== page) {
        expect(await app.axe(p)).toEqual([]);
        await p.context().close();
      }
    }
    await page.context().close();
  });

  it('drafts a role from a pasted job description; each item can be removed before it is kept', async () => {
    const expected = draftRoleFromText(JD).role;
    const must = (expected.mustHave ?? []).map((q) => q.skill);
    const nice = (expected.niceToHave ?? []).map((q) => q.skill);
    expect(must).toContain('PyTorch');
    expect(nice.length).toBeGreaterThan(0);
    const dropped = nice[0]!;

    const page = await app.open('/roles/new?client=northwind-health');
    await page.getByTestId('jd-text').fill(JD);
    await page.getByTestId('jd-extract').click();
    await page.getByTestId('jd-draft').waitFor();
    const items = await page.getByTestId('jd-item').allTextContents();
    for (const s of [...must, ...nice]) expect(items.some((t) => t.includes(s))).toBe(true);
    await page.getByRole('button', { name: new RegExp(`^Remove Nice-to-have: ${dropped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    expect((await page.getByTestId('jd-item').allTextContents()).some((t) => t.includes(`Nice-to-have: ${dropped}`))).toBe(false);
    await page.getByTestId('jd-apply').click();
    expect(await page.getByTestId('field-title').inputValue()).toBe(expected.title);
    await page.getByTestId('save-role').click();
    await page.getByTestId('role-saved').waitFor();
    // A new role opens as itself once saved, still saying so.
    await page.waitForURL((u) => !u.pathname.endsWith('/new'));
    await page.getByTestId('role-saved').waitFor();
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const role = (await app.bench.call('getRole', { id })).role;
    expect(role.mustHave?.map((q) => q.skill)).toEqual(must);
    expect(role.niceToHave?.map((q) => q.skill)).toEqual(nice.filter((s) => s !== dropped));
    if (expected.minEnglish) expect(role.minEnglish).toBe(expected.minEnglish);
    if (expected.maxBillRate !== undefined) expect(role.maxBillRate).toBe(expected.maxBillRate);
    expect(role.description).toBe(JD);
    await page.context().close();
  });

  it('Match shows the top engineer and a near miss with its gap; relaxing it lets the engineer in', async () => {
    const roleId = 'role-2';
    const expected = await app.bench.call('match', { roleId, asOf: todayLocal(), top: 100 });
    expect(expected.matches.length).toBeGreaterThan(1);
    const miss = expected.nearMisses.find((m) => m.failed[0] === 'budget') ?? expected.nearMisses.find((m) => m.failed[0] !== 'availability');
    expect(miss).toBeDefined();
    const code = miss!.failed[0]!;

    const page = await app.open(`/match/${roleId}`);
    await page.getByTestId('match-row').first().waitFor();
    expect(await page.getByTestId('match-row').first().getAttribute('data-engineer')).toBe(expected.matches[0]!.engineerId);
    // The first rows paint first; the rest of the list and the near misses follow.
    await page.locator('[data-testid="match-screen"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('match-row').count()).toBe(expected.matches.length);
    const group = page.locator(`[data-testid="near-miss-group"][data-code="${code}"]`);
    const row = group.locator(`[data-engineer="${miss!.engineerId}"]`);
    expect(await row.getByTestId('near-miss-gap').textContent()).toBe(gapText(miss!.failure, 'en'));
    expect(await page.locator(`[data-testid="match-list"] [data-engineer="${miss!.engineerId}"]`).count()).toBe(0);
    await page.getByTestId('score-legend').waitFor();
    // Enter expands a row and the focus stays on it, so the arrows go on working; a click on the
    // chevron keeps the focus in the list too.
    const isFocused = (l: ReturnType<Page['locator']>) => l.evaluate((el) => el === document.activeElement);
    const rows = page.getByTestId('match-row');
    await rows.nth(0).focus();
    await page.keyboard.press('Enter');
    await rows.nth(0).getByTestId('breakdown').waitFor();
    expect(await isFocused(rows.nth(0))).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await isFocused(rows.nth(1))).toBe(true);
    await rows.nth(1).getByRole('button', { name: /^Show details/ }).click();
    await rows.nth(1).getByTestId('breakdown').waitFor();
    expect(await isFocused(rows.nth(1))).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await isFocused(rows.nth(2))).toBe(true);
    await page.getByTestId('mini-overlap').first().waitFor();

    for (const scheme of ['light', 'dark'] as const) {
      const p = scheme === 'light' ? page : await app.open(`/match/${roleId}`, 'dark');
      await p.getByTestId('match-row').first().waitFor();
      await p.getByTestId('mini-overlap').first().waitFor();
      await app.screenshot(p, 'match');
      expect(await app.axe(p)).toEqual([]);
      if (p !== page) await p.context().close();
    }

    // The what-if lets the group's closest engineer in first, marked with the gap the saved role refused.
    const step = expected.groups.find((g) => g.code === code)!.next!;
    const letIn = (id: string) => page.locator(`[data-testid="match-list"] [data-engineer="${id}"] [data-testid="let-in"]`);
    await group.getByTestId('relax').click();
    await page.getByTestId('whatif-banner').filter({ hasText: changeText(step.change, 'en') }).waitFor();
    await letIn(step.closest!.engineerId).waitFor();
    const closestMiss = expected.nearMisses.find((m) => m.engineerId === step.closest!.engineerId);
    if (closestMiss) expect(await letIn(step.closest!.engineerId).textContent()).toBe(`let in: ${gapText(closestMiss.failure, 'en')}`);
    // Then the next one: the group's next step, against the role as relaxed.
    const then = (await app.bench.call('match', { roleId, asOf: todayLocal(), top: 100, relax: step.relax })).groups.find((g) => g.code === code)?.next;
    if (then) {
      await page.locator(`[data-testid="match-screen"][data-state="ready"]`).waitFor();
      await group.getByTestId('relax').click();
      await page.getByTestId('whatif-banner').filter({ hasText: changeText(then.change, 'en') }).waitFor();
      await letIn(then.closest!.engineerId).waitFor();
      await page.locator(`[data-testid="match-screen"][data-state="ready"]`).waitFor();
      await page.getByTestId('whatif-banner').scrollIntoViewIfNeeded();
      await app.screenshot(page, 'match-whatif');
    }
    // A what-if is never saved by itself.
    expect((await app.bench.call('getRole', { id: roleId })).role).toEqual(app.bench.snapshot().roles!.find((r) => r.id === roleId));
    await page.getByTestId('whatif-reset').click();
    await page.getByTestId('whatif-banner').waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('warns of a must-have no engineer holds, in the editor and on Match, with related skills as swaps', async () => {
    const held = new Set((app.bench.snapshot().engineers ?? []).flatMap((e) => e.skills.map((s) => skillKey(s.name))));
    const candidates = SKILLS.filter((s) => !held.has(skillKey(s.name)) && relatedSkills(s.name).some((r) => held.has(skillKey(r)))).slice(0, 50);
    const supply = (await app.bench.call('skillSupply', { skills: candidates.map((s) => s.name) })).skills;
    const rare = supply.find((s) => s.holders === 0 && s.related.length)!;
    expect(rare).toBeDefined();
    const swap = rare.related[0]!.skill;

    const page = await app.open('/roles/new?client=northwind-health');
    await page.getByTestId('field-title').fill('Rare skill role');
    await pick(page, 'mustHave-picker', rare.skill, rare.skill);
    const warning = page.getByTestId('scarce-skill').filter({ hasText: `No engineer has ${rare.skill}` });
    await warning.waitFor();
    expect(await warning.textContent()).toContain(`${rare.related[0]!.holders} ha${rare.related[0]!.holders === 1 ? 's' : 've'} related ${swap}`);
    await app.screenshot(page, 'role-editor-scarce');
    await warning.getByRole('button', { name: `Require ${swap} instead of ${rare.skill}` }).click();
    await waitFor(() => page.getByTestId('mustHave-row').allTextContents(), (t) => t.some((x) => x.includes(swap)));
    await page.getByTestId('scarce-skills').waitFor({ state: 'detached' });
    expect(await page.getByTestId('mustHave-row').allTextContents()).toEqual([expect.stringContaining(swap)]);
    await page.context().close();

    // On Match the swap is a what-if: the role keeps the rare skill until the change is saved.
    const { role } = await app.bench.call('getRole', { id: 'role-2' });
    await app.bench.call('saveRole', { role: { ...role, id: 'role-rare', title: 'Rare skill role', mustHave: [{ skill: rare.skill, minLevel: 1 }], status: 'open' }, create: true });
    const m = await app.open('/match/role-rare');
    await m.getByTestId('scarce-skill').filter({ hasText: `No engineer has ${rare.skill}` }).waitFor();
    expect(await app.axe(m)).toEqual([]);
    await app.screenshot(m, 'match-scarce');
    await m.getByRole('button', { name: `Require ${swap} instead of ${rare.skill}` }).first().click();
    await m.getByTestId('whatif-banner').filter({ hasText: `Require ${swap} instead of ${rare.skill}` }).waitFor();
    expect((await app.bench.call('getRole', { id: 'role-rare' })).role.mustHave).toEqual([{ skill: rare.skill, minLevel: 1 }]);
    await m.context().close();
  });

  it('adds two engineers from Match, reorders them by keyboard, sets a status; all survives a reload', async () => {
    const roleId = 'role-2';
    const before = (await app.bench.call('roleShortlist', { roleId })).shortlist;
    const listed = new Set(before?.entries.map((e) => e.engineerId) ?? []);
    const expected = await app.bench.call('match', { roleId, asOf: todayLocal(), top: 100 });
    const [a, b] = expected.matches.filter((m) => !listed.has(m.engineerId));
    expect(a && b).toBeTruthy();

    const page = await app.open(`/match/${roleId}`);
    const rowA = page.locator(`[data-testid="match-row"][data-engineer="${a!.engineerId}"]`);
    const rowB = page.locator(`[data-testid="match-row"][data-engineer="${b!.engineerId}"]`);
    await rowA.waitFor();
    await rowA.focus();
    await page.keyboard.press('s');
    await rowA.getByTestId('on-shortlist').waitFor();
    await rowB.getByTestId('add-to-shortlist').click();
    await rowB.getByTestId('on-shortlist').waitFor();
    await page.context().close();

    const sl = await app.open(`/shortlists/${roleId}`);
    const names = () => sl.getByTestId('entry-name').allTextContents();
    await sl.getByTestId('shortlist-entry').first().waitFor();
    expect((await names()).slice(-2)).toEqual([a!.name, b!.name]);
    expect(await app.axe(sl)).toEqual([]);
    // Keyboard reorder with @dnd-kit: Space picks up, ArrowUp moves, Space drops.
    await sl.locator(`[data-testid="shortlist-entry"][data-engineer="${b!.engineerId}"]`).getByTestId('drag-handle').focus();
    // Each step waits for @dnd-kit's live announcement, as a screen-reader user would hear it.
    const live = (text: string) => sl.locator('[aria-live]').filter({ hasText: text }).first().waitFor({ state: 'attached' });
    await sl.keyboard.press('Space');
    await live(`Draggable item ${b!.engineerId} was moved over droppable area ${b!.engineerId}.`);
    await sl.keyboard.press('ArrowUp');
    await live(`Draggable item ${b!.engineerId} was moved over droppable area ${a!.engineerId}.`);
    await sl.keyboard.press('Space');
    await waitFor(names, (n) => n.slice(-2)[0] === b!.name);
    expect((await names()).slice(-2)).toEqual([b!.name, a!.name]);
    const entryA = sl.locator(`[data-testid="shortlist-entry"][data-engineer="${a!.engineerId}"]`);
    await entryA.getByTestId('entry-status').click();
    await sl.getByRole('option', { name: 'client interview' }).click();
    await entryA.getByTestId('entry-note').fill('Shipped a PyTorch model to production');
    await entryA.getByTestId('entry-note').blur();
    await waitFor(() => app.bench.call('roleShortlist', { roleId }), (r) => r.shortlist?.entries.find((e) => e.engineerId === a!.engineerId)?.note !== undefined);

    // Remove with undo puts the entry back where it was.
    await entryA.getByTestId('entry-remove').click();
    await sl.getByTestId('undo-bar').waitFor();
    await sl.getByTestId('undo-remove').click();
    await entryA.waitFor();

    await sl.reload();
    await sl.getByTestId('shortlist-entry').first().waitFor();
    expect((await names()).slice(-2)).toEqual([b!.name, a!.name]);
    const reloadedA = sl.locator(`[data-testid="shortlist-entry"][data-engineer="${a!.engineerId}"]`);
    expect(await reloadedA.getByTestId('entry-status').inputValue()).toBe('client interview');
    expect(await reloadedA.getByTestId('entry-note').inputValue()).toBe('Shipped a PyTorch model to production');
    const saved = (await app.bench.call('roleShortlist', { roleId })).shortlist!;
    expect(saved.entries.slice(-2).map((e) => [e.engineerId, e.status])).toEqual([[b!.engineerId, 'proposed'], [a!.engineerId, 'client_interview']]);

    for (const scheme of ['light', 'dark'] as const) {
      const p = scheme === 'light' ? sl : await app.open(`/shortlists/${roleId}`, 'dark');
      await p.getByTestId('shortlist-entry').first().waitFor();
      await app.screenshot(p, 'shortlist');
      if (p !== sl) {
        expect(await app.axe(p)).toEqual([]);
        await p.context().close();
      }
    }
    await sl.context().close();
  });
});
