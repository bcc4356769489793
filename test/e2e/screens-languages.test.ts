// Every screen in Spanish (es-419) and Portuguese (pt-BR), in real Chromium on the demo bench, as a
// browser set to that language opens it on first run:
// - no English interface text: the page's visible text and its aria-labels, titles and placeholders hold
//   no word of the English catalogs that the language's own catalogs do not also use (data such as
//   names, skills, role titles and notes is taken out first: it is not translated). The same check run
//   on the English page must find English words, so it cannot pass by seeing nothing;
// - a screenshot per screen and language (light) in test-results/screenshots/<screen>-<lng>-light.png;
// - at 1024×700 the long labels do not break the layout: the page does not scroll sideways and no
//   button's text is clipped or pushed out of the window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resources } from '../../shared/i18n/resources';
import { startApp, type App } from './harness';
import { LAYOUT_CHECK, languageScreenshot, saveLanguage } from './languages';

let app: App;
/** Every string of the bench as seeded: the data the screens show, which is not translated. */
let data: string[];
/** Routes that need an id from the bench. */
let ids: { engineer: string; other: string; role: string; shortlistRole: string };

beforeAll(async () => {
  app = await startApp({ engineers: 80 });
  // The browser's language decides (first run): nothing saved in Settings.
  await saveLanguage(app, '');
  const snap = app.bench.snapshot();
  const strings = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(snap);
  // Longest first, so "Senior ML Engineer" goes before "ML" would split it.
  // Enum codes ("available", "mid", "vetted", "consent") are data in the file but words on screen: the
  // screen must show them in the reader's language, so they are not taken out as data.
  data = [...strings].filter((s) => s.length > 1 && !/^[a-z_]+$/.test(s)).sort((a, b) => b.length - a.length);
  const engineer = snap.engineers!.find((e) => !e.archived && (e.assessments?.length ?? 0) > 0) ?? snap.engineers![0]!;
  const shortlist = snap.shortlists?.find((s) => (s.entries?.length ?? 0) > 0);
  const other = snap.engineers!.find((e) => e.id !== engineer.id)!;
  ids = { engineer: engineer.id, other: other.id, role: snap.roles![0]!.id, shortlistRole: shortlist?.roleId ?? snap.roles![0]!.id };
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** Each screen: its name for the screenshot, its path, and what shows once it has loaded. */
const SCREENS: { name: string; path: () => string; ready: string }[] = [
  { name: 'bench', path: () => '/', ready: 'bench-row' },
  { name: 'engineer', path: () => `/engineers/${encodeURIComponent(ids.engineer)}`, ready: 'skills-table' },
  { name: 'clients', path: () => '/roles', ready: 'roles-table' },
  { name: 'role-editor', path: () => `/roles/${encodeURIComponent(ids.role)}`, ready: 'field-title' },
  { name: 'match', path: () => `/match/${encodeURIComponent(ids.role)}`, ready: 'near-misses' },
  { name: 'shortlists', path: () => '/shortlists', ready: 'shortlists-table' },
  { name: 'shortlist', path: () => `/shortlists/${encodeURIComponent(ids.shortlistRole)}`, ready: 'shortlist-title' },
  { name: 'vetting', path: () => '/vetting', ready: 'queue-summary' },
  { name: 'import-export', path: () => '/import-export', ready: 'bench-summary' },
  { name: 'privacy', path: () => '/privacy', ready: 'privacy-counts' },
  { name: 'duplicates', path: () => '/duplicates', ready: 'duplicates-count' },
  { name: 'merge', path: () => `/duplicates/merge?keep=${encodeURIComponent(ids.engineer)}&other=${encodeURIComponent(ids.other)}`, ready: 'merge-table' },
  { name: 'settings', path: () => '/settings', ready: 'team-settings' },
];

/** A refused engineers CSV: an English level that is not one, and a zone that is an abbreviation. */
const BAD_CSV = 'id,name,email,country,city,timeZone,englishLevel,seniority,yearsExperience,skills\n' +
  'x-1,Zulema Quispe,zq@example.com,PE,Cusco,EST,B2+,mid,4,"Go:4"\n';
/** Words in BAD_CSV's refusal that are data (the values typed, the IANA zones named), not interface. */
const BAD_CSV_DATA = /[A-Za-z_]+\/[A-Za-z_/]+|Zulema Quispe|englishLevel|timeZone|bad\.csv/g;

/** Dialogs and refusals a day's work meets: each opened from its screen, in every language. */
const DIALOGS: { name: string; screen: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'dialog-edit-engineer', screen: 'engineer', open: async (page) => { await page.getByTestId('edit-engineer').click(); await page.getByRole('dialog').waitFor(); await page.getByTestId('field-name').waitFor(); } },
  { name: 'dialog-erase', screen: 'engineer', open: async (page) => { await page.getByTestId(`erase-${ids.engineer}`).click(); await page.getByRole('dialog').waitFor(); await page.getByTestId('erase-confirm').waitFor(); } },
  { name: 'dialog-client-editor', screen: 'clients', open: async (page) => { await page.getByTestId('edit-client').first().click(); await page.getByTestId('client-name').waitFor(); } },
  {
    name: 'import-refused', screen: 'import-export', open: async (page) => {
      await page.getByTestId('import-file-input').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
      await page.getByTestId('import-refused').waitFor();
    },
  },
];

const LANGUAGES = [
  { lng: 'es-419', locale: 'es-MX' },
  { lng: 'pt-BR', locale: 'pt-BR' },
] as const;

/** The words (letters only, 3 or more) of every message of a language's catalogs, lower-cased. */
function catalogWords(lng: keyof typeof resources): Set<string> {
  const words = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      // Variables ({{name}}) and markup tags (<code>) are not words people read.
      for (const w of v.replace(/{{[^}]*}}/g, ' ').replace(/<\/?\w+>/g, ' ').match(/\p{L}{3,}/gu) ?? []) words.add(w.toLowerCase());
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(resources[lng]);
  return words;
}

/**
 * A language's own words: its catalogs, plus the month names Intl writes in its dates (Spanish "ago"
 * is August, Portuguese "set" September: they are not the English "ago" and "set").
 */
function ownWords(lng: 'es-419' | 'pt-BR'): Set<string> {
  const words = catalogWords(lng);
  for (const month of ['short', 'long'] as const) {
    const f = new Intl.DateTimeFormat(lng, { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) for (const w of f.format(Date.UTC(2026, m, 15)).match(/\p{L}{3,}/gu) ?? []) words.add(w.toLowerCase());
  }
  return words;
}

const ENGLISH = catalogWords('en');
const OWN = { 'es-419': ownWords('es-419'), 'pt-BR': ownWords('pt-BR') };

/** What a person reads or hears on the page: the visible text, and the labels of its elements. */
async function readable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = document.body.innerText.split('\n');
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out.map((s) => s.trim()).filter(Boolean);
  });
}

/** English interface words on the page: catalog English that the language's catalogs do not also use. */
function englishWords(texts: readonly string[], own: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const raw of texts) {
    let text = raw;
    for (const d of data) if (text.includes(d)) text = text.split(d).join(' ');
    for (const w of text.match(/\p{L}{3,}/gu) ?? []) {
      const lower = w.toLowerCase();
      if (ENGLISH.has(lower) && !own.has(lower)) found.add(`${w} (in “${raw.slice(0, 80)}”)`);
    }
  }
  return [...found];
}

/** Layout problems at the current size: the page scrolling sideways, buttons clipped or out of the window. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const b of document.querySelectorAll<HTMLElement>('button, a[role="button"], .mantine-Button-root')) {
      const r = b.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const name = (b.innerText || b.getAttribute('aria-label') || '').trim().slice(0, 40);
      // A button inside a scrolling region (the bench table) may sit beyond the window: that is scrolling, not breaking.
      if (r.right > window.innerWidth + 1 && !b.closest('[data-testid="bench-row"], table')) problems.push(`button “${name}” ends at ${Math.round(r.right)} > ${window.innerWidth}`);
      const label = b.querySelector<HTMLElement>('.mantine-Button-label') ?? b;
      if (label.scrollWidth > label.clientWidth + 1) problems.push(`button “${name}” text clipped: ${label.scrollWidth} > ${label.clientWidth}`);
    }
    return problems;
  });
}

async function openScreen(screen: (typeof SCREENS)[number], locale: string, size: { viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const page = await app.open(screen.path(), 'light', { locale, ...size });
  await page.getByTestId(screen.ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

describe('Every screen in Spanish and Portuguese', { timeout: 600_000 }, () => {
  it('a refused import says its problems in Portuguese: the place, the bad English level, the zone abbreviation', async () => {
    const page = await openScreen(SCREENS.find((s) => s.name === 'import-export')!, 'pt-BR');
    await DIALOGS.find((d) => d.name === 'import-refused')!.open(page);
    const table = (await page.getByTestId('import-problems').innerText()).replace(/\s+/g, ' ');
    expect(table).toContain("linha 2, coluna englishLevel 'B2+' não é um nível de inglês; use A1-C2");
    expect(table).toMatch(/linha 2, coluna timeZone EST é uma abreviação, não um lugar: .*America\/New_York/);
    expect(await page.getByTestId('import-refused').innerText()).toContain('2 problemas em bad.csv');
    await page.context().close();
  });

  it('the dialogs check finds English in the dialogs opened in English', async () => {
    for (const dialog of DIALOGS) {
      const page = await openScreen(SCREENS.find((s) => s.name === dialog.screen)!, 'en-US');
      await dialog.open(page);
      expect(englishWords((await readable(page)).map((t) => t.replace(BAD_CSV_DATA, ' ')), OWN['es-419']).length, dialog.name).toBeGreaterThan(0);
      await page.context().close();
    }
  });

  it('the English check finds English on every screen opened in English (it cannot pass by seeing nothing)', async () => {
    for (const screen of SCREENS) {
      const page = await openScreen(screen, 'en-US');
      const english = englishWords(await readable(page), new Set());
      expect(english.length, `${screen.name} in English`).toBeGreaterThan(2);
      // The Spanish catalogs' words do not hide an English page either: most English words are not Spanish.
      expect(englishWords(await readable(page), OWN['es-419']).length, `${screen.name} in English, against es-419`).toBeGreaterThan(0);
      await page.context().close();
    }
  });

  for (const { lng, locale } of LANGUAGES) {
    it(`${lng}: no English in the dialogs and refusals (edit, erase, client, a refused import), a screenshot of each`, async () => {
      const found: Record<string, string[]> = {};
      for (const dialog of DIALOGS) {
        const page = await openScreen(SCREENS.find((s) => s.name === dialog.screen)!, locale);
        await dialog.open(page);
        const texts = (await readable(page)).map((t) => t.replace(BAD_CSV_DATA, ' '));
        const english = englishWords(texts, OWN[lng]);
        if (english.length) found[dialog.name] = english;
        await languageScreenshot(app, page, dialog.name, lng);
        await page.context().close();
      }
      expect(found).toEqual({});
    });

    it(`${lng}: no English interface text on any screen, a screenshot of each`, async () => {
      const found: Record<string, string[]> = {};
      for (const screen of SCREENS) {
        const page = await openScreen(screen, locale);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lng);
        const english = englishWords(await readable(page), OWN[lng]);
        if (english.length) found[screen.name] = english;
        await languageScreenshot(app, page, screen.name, lng);
        await page.context().close();
      }
      expect(found).toEqual({});
    });

    it(`${lng}: at 1024×700 no long label breaks a layout`, async () => {
      const found: Record<string, string[]> = {};
      for (const screen of SCREENS) {
        const page = await openScreen(screen, locale, LAYOUT_CHECK);
        const problems = await layoutProblems(page);
        if (problems.length) found[screen.name] = problems;
        await page.context().close();
      }
      expect(found).toEqual({});
    });
  }
});
