// `match`: ranks the bench snapshot against one role, with the role's own weight preset unless the call
// names another, so the app, the CLI and the library rank alike. Effective skills of every engineer are
// prepared once per bench version (a mutation bumps it), so repeated matches on a 100k bench only rank.
import type { HandlersFor } from '../../../shared/api/define';
import { ApiError } from '../../../shared/api/errors';
import type { matchApi } from '../../../shared/api/match';
import { PRESETS, prepareBench, rankRole, skillSupply, type PreparedBench, type Weights } from '../../../shared/matching';
import type { ServiceContext } from '../context';

export function matchHandlers(svc: ServiceContext): HandlersFor<typeof matchApi> {
  let prepared: { version: number; bench: PreparedBench } | undefined;
  const prepare = () => {
    const version = svc.bench.version;
    if (!prepared || prepared.version !== version) {
      prepared = { version, bench: prepareBench(svc.bench.snapshot().engineers ?? []) };
    }
    return prepared.bench;
  };

  return {
    match(input) {
      const snap = svc.bench.snapshot();
      const role = (snap.roles ?? []).find((r) => r.id === input.roleId);
      if (!role) throw new ApiError('not_found', `No role with id "${input.roleId}"`, [{ where: '/roleId', message: 'no such role in the bench' }], 'List the roles with `benchmatch export` or open the Roles screen.');
      const preset = input.preset ?? role.preset ?? 'balanced';
      const weights: Weights = { ...PRESETS[preset] };
      for (const [k, v] of Object.entries(input.weights ?? {})) if (v !== undefined) weights[k as keyof Weights] = v;
      if (Object.values(weights).every((w) => w === 0)) {
        throw new ApiError('invalid_input', 'At least one weight must be above 0', [{ where: '/weights', message: 'all weights are 0' }]);
      }
      const clients = snap.clients ?? [];
      const result = rankRole({ engineers: snap.engineers ?? [], clients }, role, {
        ...(input.asOf ? { asOf: input.asOf } : {}),
        ...(input.top !== undefined && !input.all ? { top: input.top } : {}),
        weights,
        prepared: prepare(),
        ...(input.relax ? { relax: input.relax } : {}),
        ...(input.lang ? { lang: input.lang } : {}),
      });
      // A role always has its client (the writer refuses a role without one).
      return { ...result, role, client: clients.find((c) => c.id === role.clientId)!, preset };
    },
    skillSupply({ skills }) {
      const bench = prepare();
      return { skills: skills.map((s) => skillSupply(bench, s)) };
    },
  };
}
