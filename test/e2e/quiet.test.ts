// Console and network noise (issue 18): every screen, opened by its own URL in real Chromium against the
// real server, must load without a console warning or error and without a failed request. Opening each
// URL directly (not by clicking) is what makes a lazily loaded screen the first route the router
// resolves, which is when React Router's "No HydrateFallback element" warning appears.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateDemoBench } from '../../db/seed';
import { startApp, type App } from './harness';

const demo = generateDemoBench({ engineers: 200, seed: 42 });

const LONG = 300_000;
let app: App;
beforeAll(async () => {
  app = await startApp({ bench: demo });
}, LONG);
afterAll(async () => app?.close());

/** Opens a path and collects every console warning / error and failed request until the page is idle. */
async function noise(path: string): Promise<string[]> {
  const heard: string[] = [];
  const listen = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'warning' || msg.type() === 'error') heard.push(`console ${msg.type()}: ${msg.text()}`);
    });
    page.on('requestfailed', (req) => heard.push(`request failed: ${req.method()} ${new URL(req.url()).pathname} ${req.failure()?.errorText ?? ''}`));
  };
  const page = await app.open(path, 'light', { listen });
  await page.waitForLoadState('networkidle');
  // The screen has drawn its data (not only the frame): its loading state is gone.
  await expect.poll(() => page.getByRole('status').filter({ hasText: /loading/i }).count(), { timeout: 30_000 }).toBe(0);
  await page.waitForLoadState('networkidle');
  await page.context().close();
  return heard;
}

describe('no console or network noise', () => {
  it('opens every screen quietly', async () => {
    const engineer = demo.engineers?.[0];
    const role = demo.roles?.[0];
    expect(engineer && role).toBeTruthy();
    const paths = ['/', `/engineers/${engineer!.id}`, '/roles', `/roles/${role!.id}`, '/match', `/match/${role!.id}`,
      '/shortlists', `/shortlists/${role!.id}`, '/vetting', '/import-export', '/privacy', '/settings'];
    const heard: Record<string, string[]> = {};
    for (const path of paths) heard[path] = await noise(path);
    expect(heard).toEqual(Object.fromEntries(paths.map((p) => [p, []])));
  }, LONG);
});
