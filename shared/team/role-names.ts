// A team role's name for people ("Vetting lead", "Líder de evaluación"): the team catalog's keys, written
// out so the catalog test sees each one used. Settings > Team, the CLI and the server's refusals say them.
import type { TeamRoleName } from '../api/team';

export const TEAM_ROLE_NAMES = {
  admin: 'team:roleName.admin',
  account_manager: 'team:roleName.account_manager',
  vetting_lead: 'team:roleName.vetting_lead',
  sales: 'team:roleName.sales',
} as const satisfies Record<TeamRoleName, `team:${string}`>;
