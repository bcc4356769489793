// `match`: ranks the bench against one role, with the role's own weight preset unless the call names
// another, so the app, the CLI and the library rank alike. Effective skills of every engineer are
// prepared once per bench version (a mutation bumps it), so repeated matches on a 100k bench only rank.
// Until something needs the whole prepared bench (skill supply), a match reads and prepares only the
// engineers its must-haves leave in (repos/match-candidates.ts), kept per bench version and must-have
// set: a cold match then reads a fraction of a big bench (issue 20).
import { notFound } from '../not-found';
import type { HandlersFor } from '../../../shared/api/define';
import { ApiError, problem } from '../../../shared/api/errors';
import type { matchApi } from '../../../shared/api/match';
import type { Client, Role } from '../../../shared/bench/schema';
import { applyRelax, PRESETS, prepareBench, rankRole, skillSupply, type PreparedBench, type Weights } from '../../../shared/matching';
import { resolveSkill, skillKey } from '../../../shared/taxonomy';
import { readClients, readEngineers, readRoles } from '../../repos/bench-reader';
import { matchCandidates } from '../../repos/match-candidates';
import type { ServiceContext } from '../context';

/** Candidate sets kept per bench version: the saved role's and a few what-ifs that change its must-haves. */
const CANDIDATE_SETS = 4;

interface Candidates { bench: PreparedBench; live: number }

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
  let candidateSets: { version: number; sets: Map<string, Candidates | null> } | undefined;
  /** The prepared candidates for these must-haves, or null when only the whole bench gives the answer. */
  const candidates = (mustKeys: string[]): Candidates | null => {
    const version = svc.bench.version;
    if (!candidateSets || candidateSets.version !== version) candidateSets = { version, sets: new Map() };
    const key = [...new Set(mustKeys)].sort().join('\n');
    const sets = candidateSets.sets;
    if (!sets.has(key)) {
      const found = matchCandidates(svc.raw, mustKeys);
      sets.set(key, found && { bench: prepareBench(readEngineers(svc.raw, found.ids)), live: found.live });
      if (sets.size > CANDIDATE_SETS) sets.delete(sets.keys().next().value!);
    }
    return sets.get(key)!;
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
      const ranked = applyRelax(role, input.relax);
      const few = prepared?.version === svc.bench.version ? null : candidates((ranked.mustHave ?? []).map((r) => skillKey(resolveSkill(r.skill).name)));
      const bench = few?.bench ?? prepare();
      const result = rankRole({ engineers: bench.engineers.map((p) => p.engineer), clients }, role, {
        ...(input.asOf ? { asOf: input.asOf } : {}),
        ...(input.top !== undefined && !input.all ? { top: input.top } : {}),
        weights,
        prepared: bench,
        ...(input.relax ? { relax: input.relax } : {}),
        ...(input.lang ? { lang: input.lang } : {}),
      });
      // Ranked over the candidates only: the bench-wide facts come from the candidate read, which
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
