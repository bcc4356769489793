// Engineer methods: compact rows for the Bench table, one engineer, and a profile edit written through
// the bench writer (the same path as import) and recorded in the change log (field names only).
import { noEngineer } from '../not-found';
import { toColumns, type EngineerRow, type EngineerRowColumns } from '../../../shared/api/engineer-rows';
import type { engineersApi } from '../../../shared/api/engineers';
import type { HandlersFor } from '../../../shared/api/define';
import type { Engineer } from '../../../shared/bench/schema';
import { effectiveEnglish, effectiveSkills } from '../../../shared/matching/effective';
import { readEngineers } from '../../repos/bench-reader';
import { countEngineers, listEngineers } from '../../repos/engineers';
import { writeBench } from '../../repos/bench-writer';
import { appendChange } from '../../repos/change-log';
import type { ServiceContext } from '../context';

export function toRow(e: Engineer): EngineerRow {
  const skills = [...effectiveSkills(e).values()].sort((a, b) => b.level - a.level || b.years - a.years || a.name.localeCompare(b.name)).slice(0, 6).map((s) => s.name);
  const english = effectiveEnglish(e).level;
  return {
    id: e.id,
    name: e.name,
    country: e.country,
    ...(e.city ? { city: e.city } : {}),
    timeZone: e.timeZone,
    seniority: e.seniority,
    ...(e.primaryRole ? { primaryRole: e.primaryRole } : {}),
    ...(english ? { english } : {}),
    ...(e.availability ? { availability: e.availability.status, ...(e.availability.from ? { availableFrom: e.availability.from } : {}) } : {}),
    ...(e.vettingStatus ? { vetting: e.vettingStatus } : {}),
    ...(e.rate?.billPerHour !== undefined ? { billPerHour: e.rate.billPerHour } : {}),
    ...(e.rate?.currency ? { currency: e.rate.currency } : {}),
    ...(e.yearsExperience !== undefined ? { yearsExperience: e.yearsExperience } : {}),
    skills,
    tags: e.tags ?? [],
    assessments: e.assessments?.length ?? 0,
    archived: e.archived === true,
  };
}

const byId = (a: EngineerRow, b: EngineerRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function engineersHandlers({ bench, raw }: ServiceContext): HandlersFor<typeof engineersApi> {
  // Rows are derived from the cached snapshot and kept, in columns, until the bench changes (version).
  let rowsCache: { version: number; all: EngineerRow[]; active: EngineerRow[]; columns: { all?: EngineerRowColumns; active?: EngineerRowColumns } } | undefined;
  const answer = (rows: EngineerRow[], count = rows.length) => ({ columns: toColumns(rows), count, version: bench.version });

  /**
   * The first rows in id order, read from the database for the few engineers they are: the whole bench
   * (the snapshot the cache derives from) takes a second or more to read at 10k+ engineers, and the
   * Bench screen's first paint needs only a screenful.
   */
  async function firstRows(first: number, includeArchived: boolean) {
    const [engineers, count] = await Promise.all([listEngineers(bench.db, { includeArchived, limit: first, orderBy: 'id' }), countEngineers(bench.db, { includeArchived })]);
    return answer(engineers.map(toRow), count);
  }

  function readOne(id: string): Engineer {
    const e = readEngineers(raw, [id])[0];
    if (!e) throw noEngineer(id, '/id');
    return e;
  }

  return {
    listEngineerRows({ includeArchived, first }) {
      if (rowsCache?.version !== bench.version) {
        if (first !== undefined) return firstRows(first, !!includeArchived);
        const all = (bench.snapshot().engineers ?? []).map(toRow).sort(byId);
        rowsCache = { version: bench.version, all, active: all.filter((r) => !r.archived), columns: {} };
      }
      const which = includeArchived ? 'all' : 'active';
      const rows = rowsCache[which];
      if (first !== undefined) return answer(rows.slice(0, first), rows.length);
      return { columns: (rowsCache.columns[which] ??= toColumns(rows)), count: rows.length, version: bench.version };
    },
    getEngineer({ id }) {
      return readOne(id);
    },
    updateEngineer({ id, profile }, ctx) {
      return raw.transaction(() => {
        const before = readOne(id);
        // Assessments are history: an edit of the profile keeps them exactly as they were.
        const after: Engineer = { ...profile, id, ...(before.assessments?.length ? { assessments: before.assessments } : {}) };
        writeBench(raw, { format: 'benchmatch.bench', version: 1, engineers: [after] }, { actor: ctx.actor });
        const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
        const fields = [...keys].filter((k) => JSON.stringify(before[k as keyof Engineer]) !== JSON.stringify(after[k as keyof Engineer])).sort();
        appendChange(raw, { actor: ctx.actor, action: 'update', entity: 'engineer', entityId: id, detail: { fields } });
        return readOne(id);
      }).immediate();
    },
  };
}
