// Checks a bench file and lists EVERY problem by JSON pointer (see BenchCheck). Records are validated
// one by one and kept as they are (the schema has no transforms), so no record is held twice.
import { z } from 'zod';
import { problemInWords } from '../../shared/bench/problem-words';
import { benchFileSchema, type BenchFile, type Engineer, type Role } from '../../shared/bench/schema';
import { problem, toPointer, type KeyedText, type Problem } from '../../shared/api/errors';
import type { ImportWarning } from '../../shared/api/bench';
import { resolveSkill } from '../../shared/taxonomy';
import { fold } from '../../shared/text/fold';
import type { ExistingBench } from './existing';
import { sourceOfValue } from './json-source';
import { surelyValidEngineer } from './fast-check';

const shape = benchFileSchema.shape;
const recordSchemas = {
  engineers: shape.engineers.unwrap().element,
  clients: shape.clients.unwrap().element,
  roles: shape.roles.unwrap().element,
  shortlists: shape.shortlists.unwrap().element,
} as const;
export type RecordArray = keyof typeof recordSchemas;
type Collection = RecordArray;
/** The record arrays of a bench file. Readers visit them in the file's own order; the import holds roles and shortlists to the end. */
export const RECORD_ARRAYS = Object.keys(recordSchemas) as RecordArray[];
const COLLECTIONS = RECORD_ARRAYS;

// The top level alone; each record is checked on its own below.
const topSchema = benchFileSchema.extend(
  Object.fromEntries(COLLECTIONS.map((k) => [k, z.array(z.unknown()).optional()])) as Record<Collection, z.ZodOptional<z.ZodArray<z.ZodUnknown>>>,
);

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface CheckResult {
  bench: BenchFile;
  problems: Problem[];
  warnings: ImportWarning[];
}

/** Problems from one zod parse, placed under `base`. */
export function zodProblems(error: z.ZodError, base: readonly PropertyKey[] = []): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) {
        if (!FORBIDDEN_KEYS.has(k)) out.push(problem(toPointer([...path, k]), { key: 'errors:import.unknownField', params: { field: k } }));
      }
    } else {
      out.push(problem(toPointer(path), problemInWords(issue)));
    }
  }
  return out;
}

/** Own keys named __proto__ / constructor / prototype anywhere: refused so no record can reach a prototype. */
function forbiddenKeys(value: unknown, path: (string | number)[], out: Problem[]): void {
  // One shared path stack (push/pop): walking 100k engineers must not allocate a path per node.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (v !== null && typeof v === 'object') {
        path.push(i);
        forbiddenKeys(v, path, out);
        path.pop();
      }
    }
  } else if (value !== null && typeof value === 'object') {
    for (const k in value) {
      if (FORBIDDEN_KEYS.has(k)) out.push(problem(toPointer([...path, k]), { key: 'errors:import.forbiddenKey', params: { field: k } }));
      const v = (value as Record<string, unknown>)[k];
      if (v !== null && typeof v === 'object') {
        path.push(k);
        forbiddenKeys(v, path, out);
        path.pop();
      }
    }
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const WARNING_CAP = 500;

/** "no client with id …", per kind of record referred to. */
const MISSING_REFERENCE = {
  clients: 'errors:import.noSuchClient',
  roles: 'errors:import.noSuchRole',
  engineers: 'errors:import.noSuchEngineer',
} as const satisfies Record<string, KeyedText['key']>;

/**
 * Checks a bench file one record at a time, so a 100k-engineer import can check each engineer as it
 * reads it and keep only ids and keys, not the records: `record` for every record of every array and
 * `head` (the top level without its record arrays) in any order, then `finish`. It lists EVERY problem: the
 * zod schema per record, plus what a schema cannot say (duplicate ids in one file, references that
 * resolve nowhere, prototype keys). Warnings (possible duplicates, custom skills) are kept only when
 * there is no problem.
 */
export class BenchCheck {
  readonly problems: Problem[] = [];
  private readonly warnings: ImportWarning[] = [];
  /** Each id of each array -> where it first appears (also the ids references resolve against). */
  private readonly ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Map<string, number>()])) as Record<Collection, Map<string, number>>;
  private readonly assessmentIds = new Map<string, readonly [number, number]>(); // id -> [engineer index, assessment index]
  private readonly refs: { where: (string | number)[]; kind: 'clients' | 'roles' | 'engineers'; id: string }[] = [];
  private readonly skillNamesSeen = new Set<string>();
  private readonly customWarned = new Set<string>();
  /** Key -> the name of the first record of this file with it. */
  private readonly fileEmails = new Map<string, string>();
  private readonly fileNames = new Map<string, string>();
  private moreDuplicates = 0;

  constructor(private readonly existing: ExistingBench) {}

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /** The top-level value with its record arrays left out. */
  head(head: unknown): void {
    forbiddenKeys(head, [], this.problems);
    if (!isObj(head)) {
      this.problems.push(problem('/', { key: 'errors:import.notOneObject' }));
      return;
    }
    const top = topSchema.safeParse(head, { reportInput: true });
    if (!top.success) this.problems.push(...zodProblems(top.error));
  }

  /** One record of an array at index i. */
  record(c: Collection, value: unknown, i: number): void {
    const before = this.problems.length;
    // The fast pre-check accepts only engineers zod accepts, and no key it accepts is a prototype key.
    if (!(c === 'engineers' && surelyValidEngineer(value))) {
      forbiddenKeys(value, [c, i], this.problems);
      const r = recordSchemas[c].safeParse(value, { reportInput: true });
      if (!r.success) this.problems.push(...zodProblems(r.error, [c, i]));
    }
    const id = isObj(value) ? str(value.id) : undefined;
    if (id !== undefined) {
      const first = this.ids[c];
      const at = first.get(id);
      // A pointer is built only for a duplicate, not for 100k+ ids.
      if (at !== undefined) this.problems.push(problem(toPointer([c, i, 'id']), { key: 'errors:import.duplicateId', params: { id, other: toPointer([c, at, 'id']) } }));
      else first.set(id, i);
    }
    if (isObj(value)) {
      if (c === 'engineers') this.assessmentIdsOf(value, i);
      else this.referencesOf(c, value, i);
    }
    if (this.problems.length === before) this.warningsFor(c, value, i);
  }

  /** References (checked once every id of the file is known); warnings only when there is no problem. */
  finish(): { problems: Problem[]; warnings: ImportWarning[] } {
    for (const r of this.refs) {
      const known = r.kind === 'clients' ? this.existing.clientIds : r.kind === 'roles' ? this.existing.roleIds : this.existing.engineerIds;
      if (!this.ids[r.kind].has(r.id) && !known.has(r.id)) {
        this.problems.push(problem(toPointer(r.where), { key: MISSING_REFERENCE[r.kind], params: { id: r.id } }));
      }
    }
    if (this.moreDuplicates) this.warnings.push({ kind: 'possibleDuplicate', ...problem('/engineers', { key: 'errors:import.moreDuplicates', params: { count: this.moreDuplicates } }) });
    return { problems: this.problems, warnings: this.ok ? this.warnings : [] };
  }

  private assessmentIdsOf(e: Record<string, unknown>, i: number) {
    if (!Array.isArray(e.assessments)) return;
    const pointer = ([x, y]: readonly [number, number]) => toPointer(['engineers', x, 'assessments', y, 'id']);
    const list = e.assessments as unknown[];
    for (let j = 0; j < list.length; j++) {
      const a = list[j];
      const id = isObj(a) ? str(a.id) : undefined;
      if (id === undefined) continue;
      const at = this.assessmentIds.get(id);
      if (at) this.problems.push(problem(pointer([i, j]), { key: 'errors:import.duplicateAssessmentId', params: { id, other: pointer(at) } }));
      else this.assessmentIds.set(id, [i, j]);
    }
  }

  private referencesOf(c: Collection, r: Record<string, unknown>, i: number) {
    const ref = (where: (string | number)[], kind: 'clients' | 'roles' | 'engineers', id: string | undefined) => {
      if (id !== undefined) this.refs.push({ where, kind, id });
    };
    if (c === 'roles') ref(['roles', i, 'clientId'], 'clients', str(r.clientId));
    if (c !== 'shortlists') return;
    ref(['shortlists', i, 'roleId'], 'roles', str(r.roleId));
    if (Array.isArray(r.entries)) r.entries.forEach((x, j) => ref(['shortlists', i, 'entries', j, 'engineerId'], 'engineers', isObj(x) ? str(x.engineerId) : undefined));
  }

  /** For a valid record only: `value` is then what the schema says. */
  private warningsFor(c: Collection, value: unknown, i: number) {
    if (c === 'engineers') {
      const r = value as Engineer;
      r.skills.forEach((s, j) => this.customSkill(s.name, ['engineers', i, 'skills', j, 'name']));
      r.assessments?.forEach((a, j) => a.verifiedSkills?.forEach((s, k) => this.customSkill(s.name, ['engineers', i, 'assessments', j, 'verifiedSkills', k, 'name'])));
      this.possibleDuplicate(this.fileEmails, r.email?.trim().toLowerCase() || undefined, 'errors:import.sameEmailInFile', r, i);
      this.possibleDuplicate(this.fileNames, `${fold(r.name)}\u0000${r.country}`, 'errors:import.sameNameInFile', r, i);
    } else if (c === 'roles') {
      const r = value as Role;
      r.mustHave?.forEach((q, j) => this.customSkill(q.skill, ['roles', i, 'mustHave', j, 'skill']));
      r.niceToHave?.forEach((q, j) => this.customSkill(q.skill, ['roles', i, 'niceToHave', j, 'skill']));
    }
  }

  /** One warning per skill name the taxonomy does not know, at its first use. */
  private customSkill(name: string, path: (string | number)[]) {
    if (this.skillNamesSeen.has(name)) return;
    this.skillNamesSeen.add(name);
    const r = resolveSkill(name);
    const key = fold(r.name);
    if (r.known || this.customWarned.has(key)) return;
    this.customWarned.add(key);
    this.warnings.push({ kind: 'customSkill', ...problem(toPointer(path), { key: 'errors:import.customSkill', params: { skill: r.name } }) });
  }

  /**
   * Possible duplicates within the file (same email; same folded name and country), named by their names.
   * Records like people already on the bench are the import's matches (import-matches.ts), scored on more
   * than a name.
   */
  private possibleDuplicate(inFile: Map<string, string>, key: string | undefined, what: KeyedText['key'], e: Engineer, i: number) {
    if (key === undefined) return;
    const other = inFile.get(key);
    if (other !== undefined) {
      if (this.warnings.length < WARNING_CAP) this.warnings.push({ kind: 'possibleDuplicate', ...problem(toPointer(['engineers', i]), { key: what, params: { name: e.name, other } }) });
      else this.moreDuplicates++;
    }
    if (!inFile.has(key)) inFile.set(key, e.name);
  }
}

/** Checks a whole bench file already in memory (a CSV's rows): BenchCheck over every record. */
export function checkBench(data: unknown, existing: ExistingBench): CheckResult {
  const check = new BenchCheck(existing);
  check.head(sourceOfValue(data, RECORD_ARRAYS).read((key, item, i) => check.record(key as Collection, item, i)));
  return { bench: data as BenchFile, ...check.finish() };
}
