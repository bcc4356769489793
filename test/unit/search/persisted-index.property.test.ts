// The search index persisted in the bench file (db/search-index/, issue 20) answers exactly as the warm
// index built in memory from the same engineers: hits, scores, order, totals and facet counts, for random
// benches and random queries (words, typos, prefixes, phrases, exclusions, fields, concepts, facets),
// before and after edits, merges and erasures on a real SQLite file. And the lists kept current one
// engineer at a time equal the lists rebuilt from scratch.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readU32 } from '../../../db/search-index/blobs';
import { refreshSearchIndex, searchIndexState } from '../../../db/search-index/refresh';
import { persistedSource } from '../../../db/search-index/source';
import { generateDemoBench } from '../../../db/seed';
import { openBench, type Bench } from '../../../db/service/bench-service';
import type { Engineer } from '../../../shared/bench/schema';
import { AVAILABILITY_STATUSES, CEFR, SENIORITIES, VETTING_STATUSES } from '../../../shared/bench/schema';
import { buildSearchIndex, searchOver, type SearchOptions } from '../../../shared/search';
import { tokenize } from '../../../shared/search/tokenize';

const dir = mkdtempSync(join(tmpdir(), 'bm-search-persisted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Custom skills and tags in one spelling each: a second spelling of the same tag or custom skill
// ("Open Source" / "open source") is labelled by whoever wrote it first, which differs between a
// rebuild and the incremental path (docs/taxonomy.md says so); the lists and hits do not.
const CUSTOM_SKILLS = ['Quarkus Mobile', 'Zebra-Print', 'LegacyCobolX'];
const TAGS = ['open source', 'Remote first', 'speaker', 'Ex-FAANG'];

/** A query built from the bench's own words, possibly mistyped, cut short, quoted, negated or fielded. */
function queryArb(words: string[], phrases: string[]): fc.Arbitrary<string> {
  const word = fc.constantFrom(...words);
  const typo = word.filter((w) => w.length >= 4).map((w) => w.slice(0, 1) + w[2] + w[1] + w.slice(3));
  const prefix = word.filter((w) => w.length >= 3).chain((w) => fc.integer({ min: 2, max: w.length - 1 }).map((k) => w.slice(0, k)));
  const term = fc.oneof(
    word, typo,
    word.map((w) => `-${w}`),
    fc.constantFrom(...phrases).map((p) => `"${p}"`),
    fc.constantFrom('skill:python', 'skill:pytoch', 'country:BR', 'country:mexico', 'seniority:senior', 'tag:speaker', 'tag:"open source"', 'skill:"Quarkus Mobile"'),
    fc.constantFrom('machine learning', 'k8s', 'node.js', 'hugging face', 'data engineering', 'pyhton'),
  );
  return fc.tuple(fc.array(term, { minLength: 0, maxLength: 3 }), fc.option(prefix, { nil: undefined })).map(([ts, p]) => [...ts, ...(p ? [p] : [])].join(' '));
}

const optionsArb: fc.Arbitrary<SearchOptions> = fc.record(
  {
    includeArchived: fc.boolean(),
    limit: fc.integer({ min: 0, max: 40 }),
    offset: fc.integer({ min: 0, max: 5 }),
    facets: fc.oneof({ arbitrary: fc.constant({}), weight: 2 }, { arbitrary: fc.record(
      {
        country: fc.subarray(['BR', 'MX', 'AR', 'CO', 'CL']),
        seniority: fc.subarray([...SENIORITIES]),
        skill: fc.subarray(['Python', 'React', 'AWS', 'Quarkus Mobile']),
        englishAtLeast: fc.constantFrom(...CEFR),
        availability: fc.subarray([...AVAILABILITY_STATUSES]),
        vettingStatus: fc.subarray([...VETTING_STATUSES]),
        tag: fc.subarray(TAGS),
      },
      { requiredKeys: [] },
    ), weight: 1 }),
  },
  { requiredKeys: [] },
);

function benchWords(engineers: readonly Engineer[]): { words: string[]; phrases: string[] } {
  const words = new Set<string>();
  const phrases = new Set<string>();
  for (const e of engineers.slice(0, 40)) {
    for (const t of tokenize([e.name, e.city, e.primaryRole, ...(e.skills.map((s) => s.name)), ...(e.tags ?? [])].join(' '))) words.add(t);
    const summary = tokenize(e.summary ?? '');
    if (summary.length > 3) phrases.add(summary.slice(1, 3).join(' '));
    if (e.primaryRole) phrases.add(e.primaryRole);
  }
  return { words: [...words], phrases: [...phrases] };
}

/** Both indexes over the bench as it is now, compared on the queries. */
function expectSameAnswers(bench: Bench, raw: Database.Database, queries: [string, SearchOptions][]): void {
  expect(searchIndexState(raw).fresh).toBe(true);
  const warm = buildSearchIndex(bench.snapshot().engineers ?? []);
  const cold = searchOver(persistedSource(raw));
  for (const [q, opts] of queries) {
    const r = warm.search(q, opts);
    compared.queries++;
    if (r.total > 0) compared.found++;
    expect({ q, opts, r: cold.search(q, opts) }).toEqual({ q, opts, r });
  }
}

/** How many comparisons found someone: the property is about something only if many do. */
const compared = { queries: 0, found: 0 };

/** The persisted lists by name and the docs by engineer, with list ids spelled as names (ids differ between builds). */
function dump(raw: Database.Database): unknown {
  const keyOf = new Map(raw.prepare('SELECT id, key FROM search_lists').raw().all() as [number, string][]);
  const names = (b: Buffer) => [...readU32(b)].map((id) => keyOf.get(id));
  const lists = (raw.prepare('SELECT key, label, df, ids, weights FROM search_lists ORDER BY key').all() as { key: string; label: string | null; df: number; ids: Buffer; weights: Buffer }[])
    .map((l) => ({ ...l, ids: [...readU32(l.ids)], weights: [...l.weights] }));
  const docs = (raw.prepare('SELECT * FROM search_docs ORDER BY engineer_pk').all() as Record<string, unknown>[])
    .map((d) => ({ ...d, skills: names(d.skills as Buffer), tags: names(d.tags as Buffer), lists: names(d.lists as Buffer).sort() }));
  return { lists, docs };
}

describe('the persisted search index (property)', () => {
  it('answers as the warm index, and its incremental lists equal a rebuild', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 20, max: 90 }), fc.context(), async (seed, size, ctx) => {
        const demo = generateDemoBench({ engineers: size, seed });
        const engineers = demo.engineers!;
        engineers.forEach((e, k) => {
          if (k % 7 === 0) e.skills.push({ name: CUSTOM_SKILLS[k % CUSTOM_SKILLS.length]!, level: 1 + (k % 5) });
          if (k % 3 === 0) e.tags = [TAGS[k % TAGS.length]!, ...(k % 2 ? [TAGS[(k + 1) % TAGS.length]!] : [])];
        });
        // Written in another order than by id, so engineers' pks (the persisted numbering) and ids (the
        // ranking's tie-break) disagree.
        demo.engineers = [...engineers].sort((a, b) => ((a.id.charCodeAt(a.id.length - 1) * 7 + seed) % 11) - ((b.id.charCodeAt(b.id.length - 1) * 7 + seed) % 11) || (a.id < b.id ? 1 : -1));
        const file = join(dir, `bench-${run}.bench.json`);
        const db = join(dir, `bench-${run++}.sqlite`);
        writeFileSync(file, JSON.stringify(demo));
        const bench = await openBench({ path: db });
        const raw = new Database(db);
        try {
          await bench.importFile(file);
          const { words, phrases } = benchWords(engineers);
          const queries = fc.sample(fc.tuple(queryArb(words, phrases), optionsArb), { numRuns: 60, seed });
          refreshSearchIndex(raw);
          expectSameAnswers(bench, raw, queries);

          // An erasure, an edit and a merge; then the lists catch up one engineer at a time.
          const ids = engineers.map((e) => e.id).sort();
          const other = engineers[(seed % (size - 2)) + 1]!;
          const { id: _id, assessments: _a, ...profile } = other;
          // An erasure brings the lists up to date at once (the person's words must leave the file), so
          // it goes first: the edit and the merge after it leave marks for the refresh below.
          await bench.call('erasePerson', { engineerId: ids[3]! });
          expect(searchIndexState(raw).fresh).toBe(true);
          await bench.call('updateEngineer', { id: ids[0]!, profile: { ...profile, name: `${other.name} Ríos`, tags: ['speaker'], archived: !other.archived } });
          await bench.call('mergeEngineers', { keep: ids[1]!, other: ids[2]! });
          ctx.log(`seed ${seed}, ${size} engineers, ${searchIndexState(raw).dirty} marked after the edits`);
          expect(searchIndexState(raw).fresh).toBe(false);
          refreshSearchIndex(raw);
          expectSameAnswers(bench, raw, queries);

          const incremental = dump(raw);
          refreshSearchIndex(raw, { rebuild: true });
          expect(dump(raw)).toEqual(incremental);
        } finally {
          raw.close();
          await bench.close();
        }
      }),
      { numRuns: 8 },
    );
    expect(compared.found).toBeGreaterThan(compared.queries / 5);
  }, 240_000);
});
