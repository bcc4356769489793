// The catalogs are complete and used: every language has every key of English and no other, no empty
// message, the same {{variables}}, the plural forms its language needs; every English key is used by
// some code; every catalog file on disk is bundled. Each check is also shown failing on a broken catalog.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { NAMESPACES, resources } from '../../../shared/i18n/resources';
import { checkCatalogs, keysByNamespace, unknownKeys, unusedKeys, usedKeys, type Catalogs } from './catalog-check';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LOCALES = join(ROOT, 'shared', 'i18n', 'locales');
const SOURCE_DIRS = ['renderer', 'shared', 'electron', 'db', 'bench'];

function sourceFiles(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') });
  }
  return out;
}

describe('the catalogs', () => {
  it('are on disk exactly as resources.ts bundles them', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...LANGUAGES].sort());
    for (const lng of LANGUAGES) {
      const onDisk = readdirSync(join(LOCALES, lng)).map((f) => f.replace(/\.json$/, '')).sort();
      expect(onDisk, lng).toEqual([...NAMESPACES].sort());
      for (const ns of NAMESPACES) expect(resources[lng][ns], `${lng}/${ns}`).toEqual(JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8')));
    }
  });

  it('agree in every language: keys, no empty message, variables, plural forms', () => {
    expect(checkCatalogs(resources as Catalogs, 'en')).toEqual([]);
  });

  it('hold no key that no code uses, and every key code declares', () => {
    const files = SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));
    const known = keysByNamespace(resources.en);
    expect(unusedKeys(resources.en, usedKeys(files, known))).toEqual([]);
    // Keys passed as data (declared lists, error texts) escape tsc's typed t(); a typo is caught here.
    expect(unknownKeys(files, known)).toEqual([]);
  });
});

describe('the catalog checks catch', () => {
  const good: Catalogs = {
    en: { ns: { hello: 'Hello {{name}}', rows_one: '{{count}} row', rows_other: '{{count}} rows' } },
    'es-419': { ns: { hello: 'Hola {{name}}', rows_one: '{{count}} fila', rows_many: '{{count}} de filas', rows_other: '{{count}} filas' } },
  };
  const broken = (lng: string, ns: Record<string, unknown>): Catalogs => ({ ...good, [lng]: { ns } });

  it('nothing in good catalogs', () => {
    expect(checkCatalogs(good, 'en')).toEqual([]);
  });
  it('a missing key, a missing namespace', () => {
    expect(checkCatalogs(broken('es-419', { rows_one: 'a', rows_many: 'b', rows_other: 'c {{count}}' }), 'en')).toContain('es-419/ns: hello is missing');
    expect(checkCatalogs({ ...good, 'es-419': {} }, 'en')).toContain('es-419: namespace ns is missing');
  });
  it('an extra key', () => {
    expect(checkCatalogs(broken('es-419', { ...good['es-419']!.ns, adios: 'Adiós' }), 'en')).toEqual(['es-419/ns: adios is not in en']);
  });
  it('an empty message', () => {
    expect(checkCatalogs(broken('es-419', { ...good['es-419']!.ns, hello: ' ' }), 'en')).toContain('es-419/ns:hello is empty');
  });
  it('different variables', () => {
    expect(checkCatalogs(broken('es-419', { ...good['es-419']!.ns, hello: 'Hola {{nombre}}' }), 'en')).toEqual(['es-419/ns: hello uses {{nombre}}; en uses {{name}}']);
  });
  it('plural forms a language lacks, or a plural where English has none', () => {
    expect(checkCatalogs(broken('es-419', { hello: 'Hola {{name}}', rows_one: '{{count}} fila', rows_other: '{{count}} filas' }), 'en'))
      .toEqual(['es-419/ns: rows has plural forms one, other; es-419 needs many, one, other']);
    expect(checkCatalogs(broken('es-419', { hello_one: 'Hola {{name}}', hello_many: 'Hola {{name}}', hello_other: 'Hola {{name}}', ...{ rows_one: '{{count}} fila', rows_many: '{{count}} de filas', rows_other: '{{count}} filas' } }), 'en'))
      .toContain('es-419/ns: hello is plural in es-419 but not in en');
  });
  it('an unused key, and sees keys used each documented way', () => {
    const known = keysByNamespace({ a: { x: '1', y: '2', z_one: '3', z_other: '4', w: '5' }, b: { v: '6' } });
    const used = usedKeys([
      { path: 'one.tsx', text: "const { t } = useTranslation(['a', 'b']); t('x'); t('z', { count: 2 }); t('b:v');" },
      { path: 'two.ts', text: "const LIST = ['a:w'] as const;" },
      { path: 'three.ts', text: "const t = translatorFor(currentLanguage(), 'b'); t('v');" },
    ], known);
    expect([...used].sort()).toEqual(['a:w', 'a:x', 'a:z', 'b:v']);
    expect(unusedKeys({ a: { x: '1', y: '2', z_one: '3', z_other: '4', w: '5' } }, used)).toEqual(['a:y']);
    expect(unknownKeys([{ path: 'four.ts', text: "const E = { key: 'a:wrong' }; const ok = 'a:x'; const other = 'http:x';" }], known)).toEqual(['four.ts: a:wrong']);
  });
});
