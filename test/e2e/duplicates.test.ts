// The Duplicates and merge screens in real Chromium against browser mode, on a bench with known
// duplicates (test/fixtures/duplicates.ts): the pairs with their reasons, the filter, "Not a duplicate"
// with Undo, then a pair compared side by side, a field chosen from the other record (keyboard), the
// preview, Merge and Undo (the bench is as before). Axe scans and screenshots of both screens, light and
// dark; the screens in Spanish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelledBench } from '../fixtures/duplicates';
import { startApp, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp({ bench: labelledBench({ engineers: 200, duplicates: 16, seed: 3 }).bench });
}, 240_000);
afterAll(async () => {
  await app?.close();
});

describe('Duplicates', { timeout: 240_000 }, () => {
  it('lists pairs with reasons, filters, and remembers "not a duplicate" (with Undo)', async () => {
    const { pairs, names } = await app.bench.call('findDuplicates', {});
    expect(pairs.length).toBeGreaterThan(3);
    const page = await app.open('/duplicates');
    await page.getByTestId('duplicates-table').waitFor();
    expect(await page.getByTestId('duplicate-row').count()).toBe(pairs.length);
    expect(await page.getByTestId('duplicate-row').first().textContent()).toContain(names[pairs[0]!.a]);
    expect(await app.axe(page)).toEqual([]);
    await app.screenshot(page, 'duplicates');
    const dark = await app.open('/duplicates', 'dark');
    await dark.getByTestId('duplicates-table').waitFor();
    await app.screenshot(dark, 'duplicates');
    await dark.context().close();

    await page.getByTestId('duplicates-filter').fill(names[pairs[1]!.b]!);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="duplicate-row"]').length < 3);
    await page.getByTestId('duplicates-filter').fill('');

    const p = pairs[0]!;
    await page.getByTestId(`not-duplicate-${p.a}-${p.b}`).click();
    await page.getByTestId('marked-not-duplicate').waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="duplicate-row"]').length === n, pairs.length - 1);
    expect((await app.bench.call('findDuplicates', {})).pairs.some((x) => x.a === p.a && x.b === p.b)).toBe(false);
    await page.getByTestId('undo-not-duplicate').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="duplicate-row"]').length === n, pairs.length);
    await page.context().close();
  });

  it('merges a pair side by side with a chosen field, then undoes it', async () => {
    const before = app.bench.snapshot();
    const { pairs } = await app.bench.call('findDuplicates', {});
    const p = pairs.find((x) => {
      const name = (id: string) => before.engineers!.find((e) => e.id === id)!.name;
      return name(x.a) !== name(x.b);
    })!;
    const other = before.engineers!.find((e) => e.id === p.b)!;
    const page = await app.open('/duplicates');
    await page.getByTestId(`compare-${p.a}-${p.b}`).click();
    await page.getByTestId('merge-table').waitFor();
    // Keyboard: the name's radios are one group; the arrow keys move the choice, and the preview follows.
    const kept = before.engineers!.find((e) => e.id === p.a)!;
    const checked = (side: string) => page.waitForFunction((id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | null)?.checked === true, `merge-name-${side}`);
    await page.getByTestId('merge-name-other').focus();
    await page.keyboard.press('ArrowLeft');
    await checked('keep');
    expect(await page.getByTestId('merge-preview').textContent()).toContain(kept.name);
    await page.keyboard.press('ArrowRight');
    await checked('other');
    expect(await page.getByTestId('merge-preview').textContent()).toContain(other.name);
    expect(await app.axe(page)).toEqual([]);
    await app.screenshot(page, 'duplicates-merge');
    const dark = await app.open(`/duplicates/merge?keep=${p.a}&other=${p.b}`, 'dark');
    await dark.getByTestId('merge-table').waitFor();
    await app.screenshot(dark, 'duplicates-merge');
    await dark.context().close();

    await page.getByTestId('merge-confirm').click();
    await page.getByTestId('merge-done').waitFor();
    const merged = app.bench.snapshot();
    expect(merged.engineers!.some((e) => e.id === p.b)).toBe(false);
    expect(merged.engineers!.find((e) => e.id === p.a)!.name).toBe(other.name);
    await page.getByTestId('unmerge').click();
    await page.getByTestId('unmerge-done').waitFor();
    const { exportedAt: _x, ...after } = app.bench.snapshot() as typeof before & { exportedAt?: string };
    const { exportedAt: _y, ...was } = before as typeof before & { exportedAt?: string };
    expect(after).toEqual(was);

    // Changed after the merge: the undo says what it would lose and asks again.
    await page.getByTestId('merge-confirm').click();
    await page.getByTestId('merge-done').waitFor();
    const { id: keptId, assessments: _a, ...profile } = await app.bench.call('getEngineer', { id: p.a });
    await app.bench.call('updateEngineer', { id: keptId, profile: { ...profile, summary: 'Edited after the merge' } });
    await page.getByTestId('unmerge').click();
    await page.getByTestId('unmerge-anyway').waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain(p.a);
    expect(app.bench.snapshot().engineers!.some((e) => e.id === p.b)).toBe(false);
    await page.getByTestId('unmerge-anyway').click();
    await page.getByTestId('unmerge-done').waitFor();
    expect(app.bench.snapshot().engineers!.some((e) => e.id === p.b)).toBe(true);
    await page.context().close();
  });

  it('import: offers a record like a person on the bench as an update, and imports the valid rows only', async () => {
    const known = app.bench.snapshot().engineers!.find((e) => e.email && e.city)!;
    const header = 'id,name,email,country,city,timeZone,englishLevel,seniority,yearsExperience,skills';
    const csv = `${header}\n` +
      `new-1,${known.name.toUpperCase()},${known.email!.toUpperCase()},${known.country},${known.city},${known.timeZone},C1,${known.seniority},${known.yearsExperience ?? 3},"${known.skills.map((s) => `${s.name}:${s.level}`).join('; ')}"\n` +
      'new-2,Diego Pérez,d@example.com,AR,Córdoba,America/Argentina/Cordoba,B2+,mid,4,"Go:4"\n';
    const before = app.bench.snapshot().engineers!.length;
    const page = await app.open('/import-export');
    await page.getByTestId('import-file-input').setInputFiles({ name: 'later.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-refused').waitFor();
    expect(await page.getByTestId('import-problems').textContent()).toContain("'B2+' is not an English level; use A1-C2");
    await page.getByTestId('import-valid-only').click();
    await page.getByTestId('import-dry-run').waitFor();
    expect(await page.getByTestId('import-skipped').textContent()).toContain('Diego Pérez');
    expect(await page.getByTestId('import-matches').textContent()).toContain(known.name);
    expect(await page.getByTestId('import-update-matches').isChecked()).toBe(true);
    await app.screenshot(page, 'duplicates-import');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    const after = app.bench.snapshot().engineers!;
    expect(after.length).toBe(before); // the match updated its person; the bad row was left out
    expect(after.find((e) => e.id === known.id)!.englishLevel).toBe('C1');
    await page.context().close();
  });

  it('speaks Spanish', async () => {
    await app.bench.call('updateSettings', { settings: { language: 'es-419' } });
    try {
      const page = await app.open('/duplicates');
      await page.getByTestId('duplicates-table').waitFor();
      const text = await page.locator('main').textContent();
      expect(text).toContain('Duplicados');
      expect(text).toContain('Comparar y fusionar');
      expect(text).not.toContain('Compare and merge');
      await page.context().close();
    } finally {
      await app.bench.call('updateSettings', { settings: { language: '' } });
    }
  });
});
