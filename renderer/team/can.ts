// Screens hide what the person's team role cannot do (the server refuses it anyway): the same matrix
// the server enforces (shared/team/permissions.ts). Not joined to a team bench: everything is allowed.
import { mayWrite, type TeamEntity, type WriteAction } from '../../shared/team/permissions';
import { useTeamStatus } from './team-store';

/** May this person write `field` (or any field, when omitted) of an `entity` record? */
export function useCan(entity: TeamEntity, action: WriteAction, field = '*'): boolean {
  const role = useTeamStatus()?.role;
  if (!role) return true;
  return field === '*' ? mayWriteSome(role, entity, action) : mayWrite(role, entity, field, action);
}

/** A grant covering at least one field: e.g. account managers change engineers (not their vetting status). */
function mayWriteSome(role: Parameters<typeof mayWrite>[0], entity: TeamEntity, action: WriteAction): boolean {
  // 'name' stands for "some field" on every entity but assessment and shortlist entries, whose grants are per field.
  const probes: Record<TeamEntity, string> = { engineer: 'name', client: 'name', role: 'title', shortlist: 'order', shortlist_entry: 'status', assessment: 'record', firm: 'name', document: 'bytes', merge: 'record' };
  return mayWrite(role, entity, probes[entity], action);
}
