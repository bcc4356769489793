// The team bench in real Chromium: two browser-mode servers on two SQLite files joined to one real
// PostgreSQL (through Settings > Team, with the URL a person was given), syncing in the background as
// `serve` does. An edit saved in one window shows in the other within seconds without a reload;
// Settings > Team shows the person and role; the screens hide what the role cannot do. Screenshots in
// light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamRuntimeOf } from '../../db/team/runtime';
import { useTeamServer } from '../unit/team/server-helpers';
import { startApp, type App } from './harness';

const team = useTeamServer();
let a: App;
let b: App;
let c: App | undefined;
beforeAll(async () => {
  a = await startApp({ engineers: 30, seed: 42 });
  b = await startApp({ bench: { format: 'benchmatch.bench', version: 1 } });
}, 240_000);
afterAll(async () => {
  for (const app of [a, b, c]) {
    if (!app) continue;
    await teamRuntimeOf(app.bench).stopBackground();
    await app.close();
  }
});

describe('Team bench in two windows', { timeout: 240_000 }, () => {
  it('joins in Settings > Team, shows who and what role, and brings an edit from one window to the other', async () => {
    const amUrl = await team.addPerson('account_manager', 'Ana Account');
    const vlUrl = await team.addPerson('vetting_lead', 'Vic Vetting');
    const amLogin = decodeURIComponent(new URL(amUrl).username);
    const vlLogin = decodeURIComponent(new URL(vlUrl).username);

    const pa = await a.open('/settings', 'light');
    await pa.getByTestId('team-url').fill(amUrl);
    await pa.getByTestId('team-join').click();
    await expect.poll(() => pa.getByTestId('team-login').textContent(), { timeout: 30_000 }).toBe(amLogin);
    expect(await pa.getByTestId('team-role').textContent()).toBe('Account manager');
    expect(await pa.getByTestId('team-server').textContent()).not.toContain(new URL(amUrl).password);
    await expect.poll(() => pa.getByTestId('team-state').getAttribute('data-state'), { timeout: 30_000 }).toBe('synced');
    await a.screenshot(pa, 'team-settings');

    const pb = await b.open('/settings', 'dark');
    await pb.getByTestId('team-url').fill(vlUrl);
    await pb.getByTestId('team-join').click();
    await expect.poll(() => pb.getByTestId('team-login').textContent(), { timeout: 30_000 }).toBe(vlLogin);
    expect(await pb.getByTestId('team-role').textContent()).toBe('Vetting lead');
    await b.screenshot(pb, 'team-settings');
    // The fresh laptop received the whole team bench.
    expect(b.bench.snapshot().engineers).toHaveLength(30);

    // Both sync in the background from here on, as `serve` and the desktop app do.
    teamRuntimeOf(a.bench).startBackground();
    teamRuntimeOf(b.bench).startBackground();

    const id = a.bench.snapshot().engineers![0]!.id;
    const watch = await b.open(`/engineers/${id}`, 'dark');
    await watch.getByTestId('engineer-name').waitFor();
    // The vetting lead may record assessments; the account manager may not (the button is hidden).
    await watch.getByTestId('new-assessment').waitFor();

    const edit = await a.open(`/engineers/${id}`, 'light');
    await edit.getByTestId('engineer-name').waitFor();
    await edit.getByTestId('edit-engineer').click();
    await edit.getByTestId('field-name').fill('Renata Synced-Across');
    await edit.getByTestId('save-engineer').click();
    await expect.poll(() => edit.getByTestId('engineer-name').textContent()).toBe('Renata Synced-Across');
    expect(await edit.getByTestId('new-assessment').count()).toBe(0);

    // The other window shows it without a reload: NOTIFY -> background sync -> the frame's status poll.
    await expect.poll(() => watch.getByTestId('engineer-name').textContent(), { timeout: 15_000 }).toBe('Renata Synced-Across');
    await expect.poll(() => watch.getByTestId('team-state').getAttribute('data-state'), { timeout: 15_000 }).toBe('synced');
    await b.screenshot(watch, 'team-synced-engineer');
    await a.screenshot(edit, 'team-synced-engineer');
    expect(await a.axe(pa)).toEqual([]);
    for (const p of [pa, pb, watch, edit]) await p.context().close();
  });

  it('lets an admin erase a person from every laptop, with a dialog that says so, and hides Erase from the others', async () => {
    const adminUrl = await team.addPerson('admin', 'Ada Admin');
    c = await startApp({ bench: { format: 'benchmatch.bench', version: 1 } });
    const settings = await c.open('/settings', 'light');
    await settings.getByTestId('team-url').fill(adminUrl);
    await settings.getByTestId('team-join').click();
    await expect.poll(() => settings.getByTestId('team-state').getAttribute('data-state'), { timeout: 30_000 }).toBe('synced');
    const person = c.bench.snapshot().engineers![1]!;

    // The account manager's window: no Erase (the server would refuse it anyway).
    const am = await a.open(`/engineers/${person.id}`, 'light');
    await am.getByTestId('engineer-name').waitFor();
    await expect.poll(() => am.getByTestId('team-state').getAttribute('data-state'), { timeout: 15_000 }).toBe('synced');
    expect(await am.getByTestId(`erase-${person.id}`).count()).toBe(0);

    const page = await c.open(`/engineers/${person.id}`, 'light');
    await page.getByTestId(`erase-${person.id}`).click();
    // The team wording, not the solo one's "kept without identity".
    await page.getByTestId('erase-team-note').waitFor();
    await c.screenshot(page, 'team-erase-dialog');
    await page.getByTestId('erase-understood').check();
    await page.getByTestId('erase-confirm').click();
    await expect.poll(() => c!.bench.snapshot().engineers!.some((e) => e.id === person.id), { timeout: 30_000 }).toBe(false);
    // The account manager's laptop deletes them at its next (background) sync.
    await expect.poll(() => a.bench.snapshot().engineers!.some((e) => e.id === person.id), { timeout: 30_000 }).toBe(false);
    for (const p of [settings, am, page]) await p.context().close();
  });
});
