// Name pools drawn once per seed from faker's seeded Spanish and Portuguese locales, then combined by
// our own random source. Drawing a few hundred names up front (instead of calling faker per engineer)
// keeps 100,000 engineers fast, and first × surname × second surname gives millions of distinct names.
import { createRequire } from 'node:module';
import type { Faker } from '@faker-js/faker';
import type { NameLocale } from './geo';

// Faker is loaded only when a bench is generated, through its per-locale entry points. The service
// imports this module, so a static import would make every `benchmatch stats` pay for faker's locale
// data; Node >= 20.19 can require() an ES module synchronously, which keeps generateDemoBench sync.
const requireModule = createRequire(import.meta.url);
const ENTRY: Record<NameLocale, string> = {
  pt_BR: '@faker-js/faker/locale/pt_BR',
  es_MX: '@faker-js/faker/locale/es_MX',
  es: '@faker-js/faker/locale/es',
};
const loaded = new Map<NameLocale, Faker>();

function fakerFor(locale: NameLocale): Faker {
  let f = loaded.get(locale);
  if (!f) {
    f = (requireModule(ENTRY[locale]) as { faker: Faker }).faker;
    loaded.set(locale, f);
  }
  return f;
}

export interface NamePool {
  female: string[];
  male: string[];
  surnames: string[];
}

const POOL_DRAWS = 400;

function distinct(draw: () => string, n: number): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    // Compound given names ("Maria Eduarda") are kept: they are realistic; only the first word is used
    // for emails.
    seen.add(draw().trim());
  }
  return [...seen].filter((s) => s.length > 0);
}

export function buildNamePools(seed: number): Record<NameLocale, NamePool> {
  const pools = {} as Record<NameLocale, NamePool>;
  let salt = 0;
  for (const key of ['pt_BR', 'es_MX', 'es'] as const) {
    const faker = fakerFor(key);
    faker.seed(seed * 31 + ++salt);
    pools[key] = {
      female: distinct(() => faker.person.firstName('female'), POOL_DRAWS),
      male: distinct(() => faker.person.firstName('male'), POOL_DRAWS),
      // Some locales return compound surnames ("Hinojosa Menchaca"); their first words are recombined
      // into paternal + maternal pairs, which is how most of these names are written anyway.
      surnames: [...new Set(distinct(() => faker.person.lastName(), POOL_DRAWS).map(firstWord).filter(isSurname))],
    };
  }
  return pools;
}

function firstWord(s: string): string {
  return s.split(/\s+/)[0] ?? '';
}
function isSurname(s: string): boolean {
  return s.length > 1 && !/^(de|del|da|do|dos|das|la|y|e)$/i.test(s);
}

const slugs = new Map<string, string>();

/** Plain ASCII for email local parts: "João" -> "joao". Memoised: pools hold a few hundred names. */
export function asciiSlug(s: string): string {
  let slug = slugs.get(s);
  if (slug === undefined) {
    slug = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
    slugs.set(s, slug);
  }
  return slug;
}
