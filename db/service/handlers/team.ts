// The team bench methods (shared/api/team.ts): thin over the service's team runtime (db/team/runtime.ts),
// which holds the password in memory and runs the background sync.
import type { HandlersFor } from '../../../shared/api/define';
import type { teamApi } from '../../../shared/api/team';
import { createTeamRuntime } from '../../team/runtime';
import type { ServiceContext } from '../context';

export function teamHandlers(svc: ServiceContext): HandlersFor<typeof teamApi> {
  const team = createTeamRuntime(svc.bench, svc.raw);
  return {
    teamStatus: () => team.status(),
    teamJoin: ({ url }, ctx) => team.join(url, ctx.progress),
    teamLeave: () => team.leave(),
    syncNow: ({ url }) => team.syncNow(url),
  };
}
