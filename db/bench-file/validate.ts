// Checks a parsed bench file and lists EVERY problem by JSON pointer: the zod schema per record, plus
// what a schema cannot say (duplicate ids in one file, references that resolve nowhere, prototype keys).
// Records are validated one by one and the parsed JSON is kept as is (the schema has no transforms),
// so a 100k-engineer file is held in memory once, not twice.
import { z } from 'zod';
import { benchFileSchema, type BenchFile, type Engineer } from '../../shared/bench/schema';
import { toPointer, type Problem } from '../../shared/api/errors';
import { resolveSkill } from '../../shared/taxonomy';
import { fold } from '../../shared/text/fold';
import type { ExistingBench } from './existing';
import { surelyValidEngineer } from './fast-check';

const shape = benchFileSchema.shape;
const recordSchemas = {
  engineers: shape.engineers.unwrap().element,
  clients: shape.clients.unwrap().element,
  roles: shape.roles.unwrap().element,
  shortlists: shape.shortlists.unwrap().element,
} as const;
type Collection = keyof typeof recordSchemas;
const COLLECTIONS = Object.keys(recordSchemas) as Collection[];

// The top level alone; each record is checked on its own below.
const topSchema = benchFileSchema.extend(
  Object.fromEntries(COLLECTIONS.map((k) => [k, z.array(z.unknown()).optional()])) as Record<Collection, z.ZodOptional<z.ZodArray<z.ZodUnknown>>>,
);

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface CheckResult {
  bench: BenchFile;
  problems: Problem[];
  warnings: Problem[];
}

/** Problems from one zod parse, placed under `base`. */
export function zodProblems(error: z.ZodError, base: readonly PropertyKey[] = []): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) {
        if (!FORBIDDEN_KEYS.has(k)) out.push({ where: toPointer([...path, k]), message: `unknown field "${k}"` });
      }
    } else {
      out.push({ where: toPointer(path), message: issue.message });
    }
  }
  return out;
}

/**
 * Own keys named __proto__ / constructor / prototype anywhere: refused so no record can reach a prototype.
 * `cleared` names one array and which of its items are already known free of such keys (engineers the
 * fast pre-check accepted: it allows only listed keys at every level), so the walk skips them.
 */
function forbiddenKeys(value: unknown, path: (string | number)[], out: Problem[], cleared?: { list: unknown[]; ok: boolean[] }): void {
  // One shared path stack (push/pop): walking 100k engineers must not allocate a path per node.
  if (Array.isArray(value)) {
    const skip = cleared && cleared.list === value ? cleared.ok : undefined;
    for (let i = 0; i < value.length; i++) {
      if (skip?.[i]) continue;
      const v = value[i];
      if (v !== null && typeof v === 'object') {
        path.push(i);
        forbiddenKeys(v, path, out, cleared);
        path.pop();
      }
    }
  } else if (value !== null && typeof value === 'object') {
    for (const k in value) {
      if (FORBIDDEN_KEYS.has(k)) out.push({ where: toPointer([...path, k]), message: `the key "${k}" is not allowed` });
      const v = (value as Record<string, unknown>)[k];
      if (v !== null && typeof v === 'object') {
        path.push(k);
        forbiddenKeys(v, path, out, cleared);
        path.pop();
      }
    }
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Validates a parsed bench file against the schema and the existing bench. */
export function checkBench(data: unknown, existing: ExistingBench): CheckResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  // The fast pre-check runs once per engineer, first: what it accepts needs neither zod nor the key walk.
  const engineerList = isObj(data) && Array.isArray(data.engineers) ? (data.engineers as unknown[]) : [];
  const sure = engineerList.map(surelyValidEngineer);
  forbiddenKeys(data, [], problems, { list: engineerList, ok: sure });
  if (!isObj(data)) {
    problems.push({ where: '/', message: 'the file must hold one JSON object with "format": "benchmatch.bench"' });
    return { bench: { format: 'benchmatch.bench', version: 1 }, problems, warnings };
  }
  const top = topSchema.safeParse(data);
  if (!top.success) problems.push(...zodProblems(top.error));
  for (const c of COLLECTIONS) {
    const list = data[c];
    if (!Array.isArray(list)) continue;
    const schema = recordSchemas[c];
    for (let i = 0; i < list.length; i++) {
      if (c === 'engineers' && sure[i]) continue;
      const r = schema.safeParse(list[i]);
      if (!r.success) problems.push(...zodProblems(r.error, [c, i]));
    }
  }
  const arr = (c: Collection): unknown[] => (Array.isArray(data[c]) ? (data[c] as unknown[]) : []);
  const engineers = arr('engineers');
  const roles = arr('roles');
  const shortlists = arr('shortlists');

  // Duplicate ids within the file. Each id maps to where it first appears (that map is also the id
  // set references resolve against); pointers are built only for a duplicate, not for 100k+ ids.
  const ids = {} as Record<Collection, Map<string, number>>;
  for (const c of COLLECTIONS) {
    const first = new Map<string, number>();
    ids[c] = first;
    const list = arr(c);
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      const id = isObj(r) ? str(r.id) : undefined;
      if (id === undefined) continue;
      const at = first.get(id);
      if (at !== undefined) problems.push({ where: toPointer([c, i, 'id']), message: `duplicate id "${id}" (also at ${toPointer([c, at, 'id'])})` });
      else first.set(id, i);
    }
  }
  const assessmentIds = new Map<string, readonly [number, number]>(); // id -> [engineer index, assessment index]
  const assessmentPointer = ([i, j]: readonly [number, number]) => toPointer(['engineers', i, 'assessments', j, 'id']);
  for (let i = 0; i < engineers.length; i++) {
    const e = engineers[i];
    if (!isObj(e) || !Array.isArray(e.assessments)) continue;
    const list = e.assessments as unknown[];
    for (let j = 0; j < list.length; j++) {
      const a = list[j];
      const id = isObj(a) ? str(a.id) : undefined;
      if (id === undefined) continue;
      const at = assessmentIds.get(id);
      if (at) problems.push({ where: assessmentPointer([i, j]), message: `duplicate assessment id "${id}" (also at ${assessmentPointer(at)})` });
      else assessmentIds.set(id, [i, j]);
    }
  }

  // References resolve inside the file or in the existing bench.
  roles.forEach((r, i) => {
    const ref = isObj(r) ? str(r.clientId) : undefined;
    if (ref !== undefined && !ids.clients.has(ref) && !existing.clientIds.has(ref)) {
      problems.push({ where: toPointer(['roles', i, 'clientId']), message: `no client with id "${ref}" in the file or the bench` });
    }
  });
  shortlists.forEach((s, i) => {
    if (!isObj(s)) return;
    const ref = str(s.roleId);
    if (ref !== undefined && !ids.roles.has(ref) && !existing.roleIds.has(ref)) {
      problems.push({ where: toPointer(['shortlists', i, 'roleId']), message: `no role with id "${ref}" in the file or the bench` });
    }
    if (!Array.isArray(s.entries)) return;
    s.entries.forEach((x, j) => {
      const eng = isObj(x) ? str(x.engineerId) : undefined;
      if (eng !== undefined && !ids.engineers.has(eng) && !existing.engineerIds.has(eng)) {
        problems.push({ where: toPointer(['shortlists', i, 'entries', j, 'engineerId']), message: `no engineer with id "${eng}" in the file or the bench` });
      }
    });
  });

  if (problems.length === 0) {
    warnings.push(...customSkillWarnings(data as BenchFile), ...duplicateWarnings(data as BenchFile, existing));
  }
  return { bench: data as BenchFile, problems, warnings };
}

/** One warning per skill name the taxonomy does not know, at its first use. */
function customSkillWarnings(bench: BenchFile): Problem[] {
  const seen = new Set<string>();
  const warned = new Set<string>();
  const out: Problem[] = [];
  const visit = (name: string, path: (string | number)[]) => {
    if (seen.has(name)) return;
    seen.add(name);
    const r = resolveSkill(name);
    const key = fold(r.name);
    if (r.known || warned.has(key)) return;
    warned.add(key);
    out.push({ where: toPointer(path), message: `"${r.name}" is not in the skill taxonomy; it is kept as a custom skill` });
  };
  bench.engineers?.forEach((e, i) => {
    e.skills.forEach((s, j) => visit(s.name, ['engineers', i, 'skills', j, 'name']));
    e.assessments?.forEach((a, j) => a.verifiedSkills?.forEach((s, k) => visit(s.name, ['engineers', i, 'assessments', j, 'verifiedSkills', k, 'name'])));
  });
  bench.roles?.forEach((r, i) => {
    r.mustHave?.forEach((q, j) => visit(q.skill, ['roles', i, 'mustHave', j, 'skill']));
    r.niceToHave?.forEach((q, j) => visit(q.skill, ['roles', i, 'niceToHave', j, 'skill']));
  });
  return out;
}

const WARNING_CAP = 500;

/** Possible duplicates (same email; same folded name and country), within the file and against the bench. Reported, never merged. */
function duplicateWarnings(bench: BenchFile, existing: ExistingBench): Problem[] {
  const out: Problem[] = [];
  let more = 0;
  const fileEmails = new Map<string, string>();
  const fileNames = new Map<string, string>();
  const add = (p: Problem) => (out.length < WARNING_CAP ? out.push(p) : more++);
  // Plain calls per key, no per-engineer arrays: this runs once per engineer of a 100k file.
  const check = (inFile: Map<string, string>, inBench: Map<string, string>, key: string | undefined, what: string, e: Engineer, i: number) => {
    if (key === undefined) return;
    const other = inFile.get(key) ?? inBench.get(key);
    if (other !== undefined && other !== e.id) add({ where: toPointer(['engineers', i]), message: `possible duplicate: engineer "${e.id}" has ${what} as "${other}"` });
    if (!inFile.has(key)) inFile.set(key, e.id);
  };
  const engineers = bench.engineers ?? [];
  for (let i = 0; i < engineers.length; i++) {
    const e = engineers[i]!;
    check(fileEmails, existing.emails, e.email?.trim().toLowerCase() || undefined, 'the same email', e, i);
    check(fileNames, existing.nameCountry, `${fold(e.name)}\u0000${e.country}`, 'the same name and country', e, i);
  }
  if (more) out.push({ where: '/engineers', message: `and ${more} more possible duplicates` });
  return out;
}
