// The checks behind test/unit/i18n/catalogs.test.ts, as functions of plain values so that the test can
// also prove each one fails on a broken catalog. Keys are flat ("nav.bench"); plural forms are
// "<key>_<category>" with exactly the categories Intl.PluralRules gives the language (en: one, other;
// es-419 and pt-BR: one, many, other).

export type Catalog = Record<string, unknown>;
/** language -> namespace -> catalog */
export type Catalogs = Record<string, Record<string, Catalog>>;

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Nested JSON as "a.b.c" -> value. */
export function flatten(catalog: Catalog, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(catalog)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [kk, vv] of flatten(v as Catalog, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

/** "items_one" -> "items" when the catalog has "items_other" too; any other key is its own base. */
export function baseKey(key: string, keys: ReadonlySet<string> | Map<string, unknown>): string {
  const m = PLURAL.exec(key);
  if (!m) return key;
  const base = key.slice(0, -m[0].length);
  return keys.has(`${base}_other`) ? base : key;
}

/** The variables a message interpolates ({{name}}, {{rate, money}}) and the keys it nests ($t(...)). */
export function variablesOf(message: string): string[] {
  const vars = [...message.matchAll(/{{\s*([^,}\s]+)[^}]*}}/g)].map((m) => m[1]!);
  const nested = [...message.matchAll(/\$t\(([^,)]+)/g)].map((m) => `$t(${m[1]!.trim()})`);
  return [...new Set([...vars, ...nested])].sort();
}

interface Entry { forms: Map<string, string>; plural: boolean }

/** Every base key of a namespace with its forms ('' for a key that is not plural). */
function entries(catalog: Catalog, where: string, problems: string[]): Map<string, Entry> {
  const flat = flatten(catalog);
  const out = new Map<string, Entry>();
  for (const [key, value] of flat) {
    if (typeof value !== 'string') {
      problems.push(`${where}:${key} is not a string`);
      continue;
    }
    if (value.trim() === '') problems.push(`${where}:${key} is empty`);
    const base = baseKey(key, flat);
    const form = base === key ? '' : key.slice(base.length + 1);
    const e = out.get(base) ?? { forms: new Map(), plural: form !== '' };
    e.forms.set(form, value);
    out.set(base, e);
  }
  return out;
}

/**
 * Compares every language with the source language: same namespaces, same keys, no empty message, the
 * same variables, and plural keys with exactly the forms the language needs.
 */
export function checkCatalogs(catalogs: Catalogs, source: string): string[] {
  const problems: string[] = [];
  const languages = Object.keys(catalogs);
  const namespaces = new Set(languages.flatMap((l) => Object.keys(catalogs[l]!)));
  for (const ns of [...namespaces].sort()) {
    const byLang = new Map<string, Map<string, Entry>>();
    for (const lng of languages) {
      const cat = catalogs[lng]![ns];
      if (!cat) problems.push(`${lng}: namespace ${ns} is missing`);
      byLang.set(lng, entries(cat ?? {}, `${lng}/${ns}`, problems));
    }
    const base = byLang.get(source)!;
    for (const lng of languages) {
      const these = byLang.get(lng)!;
      const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories.slice().sort();
      for (const key of base.keys()) if (!these.has(key)) problems.push(`${lng}/${ns}: ${key} is missing`);
      for (const [key, entry] of these) {
        const ref = base.get(key);
        if (!ref) {
          if (lng !== source) problems.push(`${lng}/${ns}: ${key} is not in ${source}`);
          continue;
        }
        if (ref.plural !== entry.plural) problems.push(`${lng}/${ns}: ${key} is ${entry.plural ? '' : 'not '}plural in ${lng} but ${ref.plural ? '' : 'not '}in ${source}`);
        if (entry.plural) {
          const have = [...entry.forms.keys()].sort();
          if (have.join() !== needed.join()) problems.push(`${lng}/${ns}: ${key} has plural forms ${have.join(', ')}; ${lng} needs ${needed.join(', ')}`);
        }
        const varsOf = (e: Entry) => [...new Set([...e.forms.values()].flatMap(variablesOf))].sort().join(', ');
        if (varsOf(entry) !== varsOf(ref)) problems.push(`${lng}/${ns}: ${key} uses {{${varsOf(entry)}}}; ${source} uses {{${varsOf(ref)}}}`);
      }
    }
  }
  return problems;
}

/**
 * The keys source code uses, as "ns:key" (docs/i18n.md, "Keys the test can see"):
 * - a full key in any string literal: 'frame:nav.bench' (declared key lists, typed records, t('ns:key'));
 * - t('key') / i18nKey="key" in a file that names its namespaces with useTranslation('ns'),
 *   useTranslation(['ns', ...]) or translatorFor(lng, 'ns'): the key in the first of them that has it.
 */
export function usedKeys(files: readonly { path: string; text: string }[], known: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const used = new Set<string>();
  const mark = (ns: string, key: string) => {
    if (known.get(ns)?.has(key)) used.add(`${ns}:${key}`);
  };
  for (const { text } of files) {
    for (const m of text.matchAll(/['"`]([a-z][a-z-]*):([A-Za-z0-9_.-]+)['"`]/g)) mark(m[1]!, m[2]!);
    const fileNs: string[] = [];
    for (const m of text.matchAll(/(?:useTranslation\(|translatorFor\([^,]+,)\s*(\[[^\]]*\]|'[^']+'|"[^"]+")/g)) {
      for (const n of m[1]!.matchAll(/['"]([a-z][a-z-]*)['"]/g)) fileNs.push(n[1]!);
    }
    if (fileNs.length === 0) continue;
    for (const m of text.matchAll(/\bt\(\s*['"`]([A-Za-z0-9_.-]+)['"`]|i18nKey=["']([A-Za-z0-9_.-]+)["']/g)) {
      const key = m[1] ?? m[2]!;
      const ns = fileNs.find((n) => known.get(n)?.has(key));
      if (ns) mark(ns, key);
    }
  }
  return used;
}

/** Full 'ns:key' literals in source whose namespace exists but whose key does not (a typo in a declared list). */
export function unknownKeys(files: readonly { path: string; text: string }[], known: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const out: string[] = [];
  for (const { path, text } of files) {
    for (const m of text.matchAll(/['"`]([a-z][a-z-]*):([A-Za-z0-9_.-]+)['"`]/g)) {
      const keys = known.get(m[1]!);
      if (keys && !keys.has(m[2]!)) out.push(`${path}: ${m[1]}:${m[2]}`);
    }
  }
  return out;
}

/** Keys of the source catalogs that no code uses (plural forms count as their base key). */
export function unusedKeys(source: Record<string, Catalog>, used: ReadonlySet<string>): string[] {
  const unused: string[] = [];
  for (const [ns, cat] of Object.entries(source)) {
    const flat = flatten(cat);
    const bases = new Set([...flat.keys()].map((k) => baseKey(k, flat)));
    for (const key of bases) if (!used.has(`${ns}:${key}`)) unused.push(`${ns}:${key}`);
  }
  return unused.sort();
}

/** Base keys per namespace of a language's catalogs, for usedKeys. */
export function keysByNamespace(source: Record<string, Catalog>): Map<string, Set<string>> {
  return new Map(Object.entries(source).map(([ns, cat]) => {
    const flat = flatten(cat);
    return [ns, new Set([...flat.keys()].map((k) => baseKey(k, flat)))];
  }));
}
