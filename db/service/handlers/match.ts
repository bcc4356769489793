// `match`: ranks the bench against one role, with the role's own weight preset unless the call names
// another, so the app, the CLI and the library rank alike. Effective skills of every engineer are
// prepared once per bench version (a mutation bumps it), so repeated matches on a 100k bench only rank.
// Until something needs the whole prepared bench (skill supply), a match reads and prepares only the
// engineers it may list (issue 20): the pool its must-haves leave in, read as a few columns
// (repos/match-candidates.ts, kept per bench version and must-have set), less those the prefilter
// (shared/matching/prefilter.ts) finds failing twice for the role as ranked; their records, with only the
// fields the ranking reads, are read once per bench version and reused by what-ifs.
import { notFound } from '../not-found';
import type { HandlersFor } from '../../../shared/api/define';
import { ApiError, problem } from '../../../shared/api/errors';
import type { matchApi } from '../../../shared/api/match';
import type { Client, Role } from '../../../shared/bench/schema';
import { todayLocal } from '../../../shared/bench/dates';
import {
  applyRelax, assembleBench, mayBeListed, PRESETS, prepareBench, prepareEngineer, rankRole, roleContext, skillSupply,
  type PreparedBench, type PreparedEngineer, type Weights,
} from '../../../shared/matching';
import { readClients, readRoles } from '../../repos/bench-reader';
import { matchPool, rankingRecords, type MatchPool } from '../../repos/match-candidates';
import type { ServiceContext } from '../context';

/** Pools kept per bench version: the saved role's must-haves and a few what-ifs that change them. */
const POOLS = 4;
/** Candidate layouts kept per bench version: the saved role and the what-ifs toggled on the screen. */
const LAYOUTS = 8;

/** Keeps at most `max` entries, dropping the one used longest ago. */
function remember<K, V>(map: Map<K, V>, key: K, make: () => V, max: number): V {
  if (map.has(key)) {
    const hit = map.get(key)!;
    map.delete(key);
    map.set(key, hit);
    return hit;
  }
  const made = make();
  map.set(key, made);
  if (map.size > max) map.delete(map.keys().next().value!);
  return made;
}

export function matchHandlers(svc: ServiceContext): HandlersFor<typeof matchApi> {
  let prepared: { version: number; bench: PreparedBench } | undefined;
  const prepare = () => {
    const version = svc.bench.version;
    if (!prepared || prepared.version !== version) {
      prepared = { version, bench: prepareBench(svc.bench.snapshot().engineers ?? []) };
    }
    return prepared.bench;
  };
  // Roles and clients alone, so a cold match does not read every engineer to find its role.
  let setup: { version: number; roles: Role[]; clients: Client[] } | undefined;
  const rolesAndClients = () => {
    const version = svc.bench.version;
    if (!setup || setup.version !== version) setup = { version, roles: readRoles(svc.raw), clients: readClients(svc.raw) };
    return setup;
  };
  // What a cold match has read, for this bench version: pools by must-have set, and the records of the
  // engineers it may list by the skills looked up (read once, whatever the what-if), with the rankings'
  // layouts by the engineers they hold.
  let cold: { version: number; pools: Map<string, MatchPool | null>; records: Map<string, Map<number, PreparedEngineer>>; layouts: Map<string, PreparedBench> } | undefined;
  /**
   * The layout of the engineers a ranking of `ranked` may list, or null when only the whole bench gives
   * the answer. `saved` is the role as saved: a what-if's rows say which of its must-haves they lack.
   */
  const candidates = (saved: Role, ranked: Role, clients: Client[], asOf: string): { bench: PreparedBench; live: number } | null => {
    const version = svc.bench.version;
    if (!cold || cold.version !== version) cold = { version, pools: new Map(), records: new Map(), layouts: new Map() };
    const { pools, records, layouts } = cold;
    const ctx = roleContext(ranked, clients, asOf);
    const mustKeys = ctx.must.map((r) => r.key).sort();
    const pool = remember(pools, mustKeys.join('\n'), () => matchPool(svc.raw, mustKeys), POOLS);
    if (!pool) return null;
    const keep = mayBeListed(pool, ctx);
    // Every skill either ranking looks up: must-haves, nice-to-haves and the skills related to those.
    const skills = new Set<string>();
    for (const c of [ctx, roleContext(saved, clients, asOf)]) {
      for (const r of c.must) skills.add(r.key);
      for (const r of c.nice) for (const k of [r.key, ...r.related.map((x) => x.key)]) skills.add(k);
    }
    const skillKeys = [...skills].sort();
    const known = remember(records, skillKeys.join('\n'), () => new Map<number, PreparedEngineer>(), POOLS);
    const bench = remember(layouts, `${skillKeys.join('\n')}\n\n${keep.map((i) => pool.pks[i]).join(',')}`, () => {
      const unread = keep.filter((i) => !known.has(pool.pks[i]!));
      for (const [pk, e] of rankingRecords(svc.raw, pool, unread, skillKeys)) known.set(pk, prepareEngineer(e));
      return assembleBench(keep.map((i) => known.get(pool.pks[i]!)!), 0);
    }, LAYOUTS);
    return { bench, live: pool.live };
  };

  return {
    match(input) {
      const { roles, clients } = rolesAndClients();
      const role = roles.find((r) => r.id === input.roleId);
      if (!role) throw notFound('role', input.roleId, '/roleId', { key: 'errors:service.listRoles' });
      const preset = input.preset ?? role.preset ?? 'balanced';
      const weights: Weights = { ...PRESETS[preset] };
      for (const [k, v] of Object.entries(input.weights ?? {})) if (v !== undefined) weights[k as keyof Weights] = v;
      if (Object.values(weights).every((w) => w === 0)) {
        throw ApiError.keyed('invalid_input', { key: 'errors:service.weightsZero' }, undefined, [problem('/weights', { key: 'errors:service.weightsAllZero' })]);
      }
      // The date once here, so the candidates and the ranking use the same one.
      const asOf = input.asOf ?? todayLocal();
      const few = prepared?.version === svc.bench.version ? null : candidates(role, applyRelax(role, input.relax), clients, asOf);
      const bench = few?.bench ?? prepare();
      const result = rankRole({ engineers: bench.engineers.map((p) => p.engineer), clients }, role, {
        asOf,
        ...(input.top !== undefined && !input.all ? { top: input.top } : {}),
        weights,
        prepared: bench,
        ...(input.relax ? { relax: input.relax } : {}),
        ...(input.lang ? { lang: input.lang } : {}),
      });
      // Ranked over the listed engineers only: the bench-wide facts come from the pool's read, which
      // counted everyone not archived and found every must-have held by enough engineers (none scarce).
      const whole = few ? { evaluated: few.live, scarce: [] } : {};
      // A role always has its client (the writer refuses a role without one).
      return { ...result, ...whole, role, client: clients.find((c) => c.id === role.clientId)!, preset };
    },
    skillSupply({ skills }) {
      const bench = prepare();
      return { skills: skills.map((s) => skillSupply(bench, s)) };
    },
  };
}
