// Helpers for checking screens in every language (issue 19): save the interface language the way
// Settings does, and take each screen's screenshot per language at the layout check's size.
//   await saveLanguage(app, 'es-419');
//   const page = await app.open('/match', 'light', LAYOUT_CHECK);
//   await languageScreenshot(app, page, 'match', 'es-419');   // test-results/screenshots/match-es-419-light.png
import type { Page } from 'playwright-core';
import type { Language } from '../../shared/i18n/languages';
import type { App } from './harness';

/** The smallest window the layouts must hold in Spanish and Portuguese. */
export const LAYOUT_CHECK = { viewport: { width: 1024, height: 700 } } as const;

/** Saves the interface language in the bench's settings, as Settings > Language does ('' follows the browser). */
export async function saveLanguage(app: App, lng: Language | ''): Promise<void> {
  await app.bench.call('updateSettings', { settings: { language: lng } }, { actor: 'e2e' });
}

/** <name>-<lng>-<scheme>.png in test-results/screenshots. */
export function languageScreenshot(app: App, page: Page, name: string, lng: Language): Promise<string> {
  return app.screenshot(page, `${name}-${lng}`);
}

/** The text a page shows, for checks such as "no English left": visible body text only. */
export function visibleText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}
