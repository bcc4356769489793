// UI figures (issue 4), browser mode in Debian's Chromium, measured inside the page:
// - keystroke to updated results on a 10k demo bench: from the input event to the DOM showing the rows
//   that answer the new query (median and p95 over every prefix of typed queries; target median <= 50 ms);
// - server start to an interactive Bench on the same bench: opening the database, listening, loading the
//   page and rendering the first rows (target <= 2 s; Chromium itself is already running, as a user's is);
// - scrolling the 100k table for 5 s: the longest long task (PerformanceObserver 'longtask') and the
//   longest frame gap (target: nothing over 50 ms).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openBench, type Bench } from '../../db/service/bench-service';
import { startHttpServer, type RunningServer } from '../../electron/server/http';
import { launchChromium } from '../../test/e2e/harness';
import { ensureBenchDb, repoRoot } from '../fixtures';
import { TYPED_QUERIES } from './search';

type Report = (name: string, value: number, unit: string, note?: string) => void;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;

/** A private copy of a fixture database, so the run never changes the shared fixture. */
function copyDb(file: string): { dir: string; db: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bm-ui-'));
  const db = path.join(dir, 'bench.sqlite');
  copyFileSync(file, db);
  return { dir, db };
}

async function serve(db: string): Promise<{ bench: Bench; server: RunningServer }> {
  const bench = await openBench({ path: db });
  const server = await startHttpServer({ service: bench, staticDir: path.join(repoRoot(), 'dist/renderer'), actor: 'bench' });
  return { bench, server };
}

async function openBenchScreen(browser: Browser, server: RunningServer, timeout = 120_000): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.port}/#token=${server.token}`);
  await page.getByTestId('bench-row').first().waitFor({ timeout });
  return page;
}

/** Types one character the way React sees a keystroke, and waits until the shown rows answer it. */
async function keystroke(page: Page, ch: string): Promise<number> {
  return page.evaluate(async (c) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="bench-search"]')!;
    const marker = document.querySelector<HTMLElement>('[data-testid="result-count"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const want = c === '\b' ? '' : input.value + c;
    const t0 = performance.now();
    setValue.call(input, want);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (marker.dataset.resultsFor === want) return performance.now() - t0;
    return new Promise<number>((resolve) => {
      const obs = new MutationObserver(() => {
        if (marker.dataset.resultsFor === want) {
          obs.disconnect();
          resolve(performance.now() - t0);
        }
      });
      obs.observe(marker, { attributes: true, attributeFilter: ['data-results-for'] });
    });
  }, ch);
}

export async function run(report: Report): Promise<void> {
  const browser = await launchChromium();
  try {
    // --- 10k: start to interactive, then keystrokes ---
    const small = copyDb(await ensureBenchDb(10_000));
    const t0 = performance.now();
    const { bench, server } = await serve(small.db);
    const page = await openBenchScreen(browser, server);
    report('server start to interactive Bench (10k)', performance.now() - t0, 'ms', 'target <= 2000');

    const times: number[] = [];
    for (const q of TYPED_QUERIES.slice(0, 12)) {
      for (const ch of q) times.push(await keystroke(page, ch));
      await keystroke(page, '\b');
    }
    report('keystroke to updated results, median (10k)', median(times), 'ms', `target <= 50; ${times.length} keystrokes`);
    report('keystroke to updated results, p95 (10k)', p95(times), 'ms');
    await page.context().close();
    await server.close();
    await bench.close();
    rmSync(small.dir, { recursive: true, force: true });

    // --- 100k: scrolling ---
    const big = copyDb(await ensureBenchDb(100_000));
    const t1 = performance.now();
    const s = await serve(big.db);
    const p = await openBenchScreen(browser, s.server, 600_000);
    report('server start to interactive Bench (100k)', performance.now() - t1, 'ms', 'no target; reading and indexing 100k engineers');
    const result = await p.evaluate(async () => {
      const longTasks: number[] = [];
      const obs = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTasks.push(e.duration);
      });
      obs.observe({ type: 'longtask' });
      const el = document.querySelector<HTMLElement>('[data-testid="bench-table-scroll"]')!;
      const gaps: number[] = [];
      let last = performance.now();
      const end = last + 5000;
      // A fast, steady flick: 600 px a frame, wrapping at the bottom.
      await new Promise<void>((resolve) => {
        const step = (now: number) => {
          gaps.push(now - last);
          last = now;
          el.scrollTop = el.scrollTop + 600 >= el.scrollHeight - el.clientHeight ? 0 : el.scrollTop + 600;
          if (now < end) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
      obs.disconnect();
      return { longTasks, maxGap: Math.max(...gaps.slice(1)), frames: gaps.length, rows: el.querySelectorAll('[data-testid="bench-row"]').length };
    });
    report('scroll 100k for 5 s: longest long task', result.longTasks.length ? Math.max(...result.longTasks) : 0, 'ms', `target <= 50 (0 = none); ${result.longTasks.length} long tasks`);
    report('scroll 100k for 5 s: longest frame', result.maxGap, 'ms', `${result.frames} frames, ${result.rows} rows in the DOM`);
    await p.context().close();
    await s.server.close();
    await s.bench.close();
    rmSync(big.dir, { recursive: true, force: true });
  } finally {
    await browser.close();
  }
}
