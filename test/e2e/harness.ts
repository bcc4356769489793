// The e2e harness: a real bench (temp SQLite file seeded through the service), the real loopback server
// in-process, and Debian's Chromium driven by playwright-core. It builds nothing: `npm test` runs
// `npm run build` first, so dist/renderer is the app under test.
//
// Usage (one app per test file; see bench.test.ts):
//   const app = await startApp();                  // 500-engineer demo bench (seed 42); or { engineers: N }
//   const page = await app.open('/', 'dark');      // a fresh browser context, token passed as in real use
//   await app.screenshot(page, 'bench');           // test-results/screenshots/bench-dark.png
//   expect(await app.axe(page)).toEqual([]);       // serious/critical axe violations (want none)
//   await app.close();
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BenchFile } from '../../shared/bench/schema';
import { openBench, type Bench } from '../../db/service/bench-service';
import { generateDemoBench } from '../../db/seed';
import { startHttpServer, type RunningServer } from '../../electron/server/http';

export type Scheme = 'light' | 'dark';
export const SCREENSHOT_DIR = resolve('test-results/screenshots');
const CHROMIUM = process.env.BENCHMATCH_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface App {
  bench: Bench;
  server: RunningServer;
  /** http://127.0.0.1:<port> */
  origin: string;
  browser: Browser;
  /**
   * Opens a path (e.g. '/engineers/eng-1?zone=Europe/Berlin') in a fresh context with the given color
   * scheme. The browser's language is en-US unless `locale` says otherwise (the app follows it until a
   * language is saved in Settings: see languageScreens / saveLanguage).
   */
  open(path: string, scheme?: Scheme, opts?: OpenOptions): Promise<Page>;
  screenshot(page: Page, name: string, scheme?: Scheme): Promise<string>;
  /** axe-core violations of impact serious or critical, as "rule: target" strings (empty is good). */
  axe(page: Page): Promise<string[]>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The browser's language (navigator.languages), e.g. 'es-MX'. */
  locale?: string;
  /** 1440×900 unless given; issue 19's layout check is 1024×700. */
  viewport?: { width: number; height: number };
  /** Called with the page before it loads the app (to listen to console and network from the start). */
  listen?: (page: Page) => void;
}

export interface AppOptions {
  /** Demo bench size (default 500, seed 42). Ignored when `bench` is given. */
  engineers?: number;
  seed?: number;
  /** A specific bench file to import instead of the demo. */
  bench?: BenchFile;
}

export async function launchChromium(): Promise<Browser> {
  // A fresh temporary profile per launch (playwright's default for launch()).
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Seeds a temp database through the service (import of a bench file, as a user would). */
export async function seededBench(dir: string, opts: AppOptions = {}): Promise<Bench> {
  const bench = await openBench({ path: join(dir, 'bench.sqlite') });
  const file = join(dir, 'seed.bench.json');
  writeFileSync(file, JSON.stringify(opts.bench ?? generateDemoBench({ engineers: opts.engineers ?? 500, seed: opts.seed ?? 42 })));
  await bench.importFile(file, { actor: 'e2e' });
  return bench;
}

export async function startApp(opts: AppOptions = {}): Promise<App> {
  const dir = mkdtempSync(join(tmpdir(), 'bm-e2e-'));
  const bench = await seededBench(dir, opts);
  const server = await startHttpServer({ service: bench, staticDir: resolve('dist/renderer'), actor: 'e2e' });
  const browser = await launchChromium();
  const origin = `http://127.0.0.1:${server.port}`;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const schemes = new WeakMap<Page, Scheme>();

  return {
    bench, server, origin, browser,
    async open(path, scheme = 'light', opts = {}) {
      const context = await browser.newContext({ colorScheme: scheme, viewport: opts.viewport ?? { width: 1440, height: 900 }, reducedMotion: 'reduce', locale: opts.locale ?? 'en-US' });
      const page = await context.newPage();
      // Fail with the locator's name well before the test's own timeout.
      page.setDefaultTimeout(15_000);
      schemes.set(page, scheme);
      // Fail loudly on page errors: a thrown render error must not pass as an empty screen.
      page.on('pageerror', (err) => { throw err; });
      opts.listen?.(page);
      await page.goto(`${origin}${path}#token=${server.token}`);
      return page;
    },
    async screenshot(page, name, scheme) {
      const file = join(SCREENSHOT_DIR, `${name}-${scheme ?? schemes.get(page) ?? 'light'}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async axe(page) {
      // WCAG 2.1 A/AA rules: the standard the app is held to (best-practice rules add minutes on 2 cores).
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id}: ${n.target.join(' ')}`));
    },
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
      await bench.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
