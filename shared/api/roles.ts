// Clients and roles for the account manager's screens: list, read one, save (validated by the same zod
// schemas as the bench file, so a role saved here always exports cleanly, its weight preset included).
import { z } from 'zod';
import { clientSchema, idSchema, roleSchema, ROLE_STATUSES, type Client, type Role, type RoleStatus } from '../bench/schema';
import { method } from './define';

export interface ClientSummary extends Client {
  roles: number;
  openRoles: number;
}

export interface RoleSummary {
  id: string;
  clientId: string;
  clientName: string;
  title: string;
  status: RoleStatus;
  headcount?: number;
  startDate?: string;
  mustHave: string[];
  /** Entries on the role's shortlist (0 when it has none). */
  shortlisted: number;
  shortlistId: string | null;
}

export interface RoleDetail {
  role: Role;
  client: Client;
  shortlistId: string | null;
}

export const roleStatusSchema = z.enum(ROLE_STATUSES);

export const rolesApi = {
  listClients: method(z.strictObject({}))<{ clients: ClientSummary[] }>(),
  /** Creates (`create: true`, the id must be new) or replaces a client; logged to the change log. */
  saveClient: method(z.strictObject({ client: clientSchema, create: z.boolean().optional() }), { mutates: true })<Client>(),
  listRoles: method(z.strictObject({ clientId: idSchema.optional() }))<{ roles: RoleSummary[] }>(),
  getRole: method(z.strictObject({ id: idSchema }))<RoleDetail>(),
  /** Creates or replaces a role in one transaction: every problem is reported by place and nothing is saved. */
  saveRole: method(z.strictObject({ role: roleSchema, create: z.boolean().optional() }), { mutates: true })<RoleDetail>(),
  setRoleStatus: method(z.strictObject({ id: idSchema, status: roleStatusSchema }), { mutates: true })<RoleDetail>(),
};
