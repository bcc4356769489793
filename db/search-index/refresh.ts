// Bringing the persisted search index up to date: the engineers the triggers marked in `search_dirty`
// (migration 0013) are taken out of their old lists and put into their new ones, in one write
// transaction; when many are marked (a fresh migration, a big import) or the recipe changed, every list
// is rebuilt from the profiles instead. Both ways must leave the same rows: a test rebuilds and compares.
import { SENIORITIES } from '../../shared/bench/schema';
import { listKey, searchDocument, type SearchDocument } from '../../shared/search/document';
import { SKILLS } from '../../shared/taxonomy';
import type { RawDb } from '../connection';
import { readEngineers } from '../repos/bench-reader';
import { readU32, readU8, u32Blob, u8Blob } from './blobs';
import { searchRecipe } from './recipe';

/** Lists that exist even when empty, as in the warm index: every taxonomy skill (labelled with its
 *  canonical name) and every seniority. */
export function permanentLists(): Map<string, string | null> {
  return new Map<string, string | null>([...SKILLS.map((s) => [listKey.skill(s.name), s.name] as const), ...SENIORITIES.map((s) => [listKey.seniority(s), null] as const)]);
}

export interface IndexState {
  /** The lists answer for the bench as it is now. */
  fresh: boolean;
  dirty: number;
  recipeOk: boolean;
}

export function searchIndexState(raw: RawDb): IndexState {
  const recipe = raw.prepare("SELECT value FROM search_meta WHERE key = 'recipe'").pluck().get() as string | undefined;
  const dirty = raw.prepare('SELECT count(*) FROM search_dirty').pluck().get() as number;
  const recipeOk = recipe === searchRecipe();
  return { fresh: recipeOk && dirty === 0, dirty, recipeOk };
}

/** Brings the index up to date in one write transaction; `rebuild` forces the whole rebuild. */
export function refreshSearchIndex(raw: RawDb, opts: { rebuild?: boolean } = {}): void {
  raw.transaction(() => {
    const state = searchIndexState(raw);
    if (state.fresh && !opts.rebuild) return;
    const docs = raw.prepare('SELECT count(*) FROM search_docs').pluck().get() as number;
    if (opts.rebuild || !state.recipeOk || state.dirty > Math.max(500, docs / 10)) rebuildAll(raw);
    else updateMarked(raw);
    raw.prepare('DELETE FROM search_dirty').run();
    raw.prepare("INSERT OR REPLACE INTO search_meta (key, value) VALUES ('recipe', ?)").run(searchRecipe());
  }).immediate();
}

function writeDoc(raw: RawDb, pk: number, id: string, doc: SearchDocument, idOf: (key: string) => number): number[] {
  const listIds = [...doc.weights.keys()].map(idOf);
  raw
    .prepare('INSERT OR REPLACE INTO search_docs (engineer_pk, id, country, seniority, english, availability, vetting, archived, skills, tags, lists) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(pk, id, doc.country, doc.seniority, doc.english, doc.availability, doc.vetting, doc.archived ? 1 : 0, u32Blob(doc.skills.map(idOf)), u32Blob(doc.tags.map(idOf)), u32Blob(listIds));
  return listIds;
}

function rebuildAll(raw: RawDb): void {
  raw.prepare('DELETE FROM search_lists').run();
  raw.prepare('DELETE FROM search_docs').run();
  const pkOf = new Map<string, number>();
  for (const [pk, id] of raw.prepare('SELECT pk, id FROM engineers').raw().iterate() as Iterable<[number, string]>) pkOf.set(id, pk);
  // Lists by name, numbered as first met; each collects (pk, weight) in pk order (engineers are read in pk order).
  const lists = new Map<string, { id: number; label: string | null; labelBy: string; pks: number[]; w: number[] }>();
  const listFor = (key: string): { id: number; label: string | null; labelBy: string; pks: number[]; w: number[] } => {
    let l = lists.get(key);
    if (!l) {
      l = { id: lists.size + 1, label: null, labelBy: '\uffff', pks: [], w: [] };
      lists.set(key, l);
    }
    return l;
  };
  for (const [key, label] of permanentLists()) Object.assign(listFor(key), { label, labelBy: '' });
  for (const e of readEngineers(raw, undefined, { assessments: false })) {
    const pk = pkOf.get(e.id)!;
    const doc = searchDocument(e);
    for (const [key, w] of doc.weights) {
      const l = listFor(key);
      l.pks.push(pk);
      l.w.push(w);
    }
    // A skill's or tag's label is the spelling of the lowest engineer id that has it (as the warm index);
    // a taxonomy skill keeps its canonical name (labelBy '' sorts before every id).
    for (const [key, label] of doc.labels) {
      const l = listFor(key);
      if (e.id < l.labelBy) {
        l.label = label;
        l.labelBy = e.id;
      }
    }
    writeDoc(raw, pk, e.id, doc, (key) => listFor(key).id);
  }
  const insert = raw.prepare('INSERT INTO search_lists (id, key, label, df, ids, weights) VALUES (?, ?, ?, ?, ?, ?)');
  for (const [key, l] of lists) insert.run(l.id, key, l.label, l.pks.length, u32Blob(l.pks), u8Blob(l.w));
}

function updateMarked(raw: RawDb): void {
  const marked = raw.prepare('SELECT engineer_pk FROM search_dirty ORDER BY engineer_pk').pluck().all() as number[];
  const markedSet = new Set(marked);
  const json = JSON.stringify(marked);
  const touched = new Set<number>();
  for (const b of raw.prepare('SELECT lists FROM search_docs WHERE engineer_pk IN (SELECT value FROM json_each(?))').pluck().all(json) as Buffer[]) {
    for (const id of readU32(b)) touched.add(id);
  }
  raw.prepare('DELETE FROM search_docs WHERE engineer_pk IN (SELECT value FROM json_each(?))').run(json);

  const findList = raw.prepare('SELECT id FROM search_lists WHERE key = ?').pluck();
  const createList = raw.prepare("INSERT INTO search_lists (key, label, df, ids, weights) VALUES (?, ?, 0, x'', x'')");
  const idOf = (key: string, label: string | undefined): number => {
    const have = findList.get(key) as number | undefined;
    if (have !== undefined) return have;
    return Number(createList.run(key, label ?? null).lastInsertRowid);
  };
  // New entries per list id, in pk order.
  const adds = new Map<number, { pks: number[]; w: number[] }>();
  const present = raw.prepare('SELECT pk, id FROM engineers WHERE pk IN (SELECT value FROM json_each(?)) ORDER BY pk').raw().all(json) as [number, string][];
  const byId = new Map(readEngineers(raw, present.map(([, id]) => id), { assessments: false }).map((e) => [e.id, e]));
  for (const [pk, id] of present) {
    const doc = searchDocument(byId.get(id)!);
    const listIds = writeDoc(raw, pk, id, doc, (key) => idOf(key, doc.labels.get(key)));
    let k = 0;
    for (const w of doc.weights.values()) {
      const l = listIds[k++]!;
      touched.add(l);
      const a = adds.get(l) ?? { pks: [], w: [] };
      a.pks.push(pk);
      a.w.push(w);
      adds.set(l, a);
    }
  }

  const permanent = permanentLists();
  const read = raw.prepare('SELECT key, ids, weights FROM search_lists WHERE id = ?');
  const write = raw.prepare('UPDATE search_lists SET df = ?, ids = ?, weights = ? WHERE id = ?');
  const drop = raw.prepare('DELETE FROM search_lists WHERE id = ?');
  for (const id of touched) {
    const row = read.get(id) as { key: string; ids: Buffer; weights: Buffer } | undefined;
    if (!row) continue;
    const oldIds = readU32(row.ids);
    const oldW = readU8(row.weights);
    const add = adds.get(id) ?? { pks: [], w: [] };
    // Merge: the list without the marked engineers, and their new entries, both ascending by pk.
    const ids: number[] = [];
    const w: number[] = [];
    let j = 0;
    for (let k = 0; k <= oldIds.length; k++) {
      const pk = k < oldIds.length ? oldIds[k]! : Infinity;
      while (j < add.pks.length && add.pks[j]! < pk) {
        ids.push(add.pks[j]!);
        w.push(add.w[j++]!);
      }
      if (k < oldIds.length && !markedSet.has(pk)) {
        ids.push(pk);
        w.push(oldW[k]!);
      }
    }
    if (ids.length === 0 && !permanent.has(row.key)) drop.run(id);
    else write.run(ids.length, u32Blob(ids), u8Blob(w), id);
  }
}
