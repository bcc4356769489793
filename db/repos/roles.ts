// Roles with their requirements: get, list, upsert, and the app's score weights per role.
import type { Kysely } from 'kysely';
import { ApiError } from '../../shared/api/errors';
import { roleSchema, type Role } from '../../shared/bench/schema';
import type { Database } from '../database';
import { toRole } from './rows';
import { writeOne, type Upserted } from './write-one';

const rolesWithClient = (db: Kysely<Database>) =>
  db.selectFrom('roles').innerJoin('clients', 'clients.pk', 'roles.client_pk').selectAll('roles').select('clients.id as client_id');

async function withRequirements(db: Kysely<Database>, rows: Awaited<ReturnType<ReturnType<typeof rolesWithClient>['execute']>>): Promise<Role[]> {
  if (rows.length === 0) return [];
  const reqs = await db.selectFrom('role_requirements').selectAll().where('role_pk', 'in', rows.map((r) => r.pk)).orderBy('role_pk').orderBy('kind').orderBy('position').execute();
  return rows.map((r) => toRole(r, reqs.filter((q) => q.role_pk === r.pk)));
}

export async function getRole(db: Kysely<Database>, id: string): Promise<Role | undefined> {
  const row = await rolesWithClient(db).where('roles.id', '=', id).executeTakeFirst();
  return row ? (await withRequirements(db, [row]))[0] : undefined;
}

export async function listRoles(db: Kysely<Database>, opts: { clientId?: string } = {}): Promise<Role[]> {
  let q = rolesWithClient(db).orderBy('roles.pk');
  if (opts.clientId) q = q.where('clients.id', '=', opts.clientId);
  return withRequirements(db, await q.execute());
}

export async function upsertRole(db: Kysely<Database>, role: Role, actor: string): Promise<Upserted> {
  const r = roleSchema.parse(role);
  const client = await db.selectFrom('clients').select('pk').where('id', '=', r.clientId).executeTakeFirst();
  if (!client) throw new ApiError('invalid_input', `No client with id "${r.clientId}"`, [{ where: '/clientId', message: `no client with id "${r.clientId}" in the bench` }]);
  return writeOne(db, 'roles', r.id, { roles: [r] }, actor, Object.keys(r));
}

/** The app's score weights for a role (not part of the bench file); undefined when never set. */
export async function getRoleWeights(db: Kysely<Database>, id: string): Promise<Record<string, number> | undefined> {
  const row = await db.selectFrom('roles').select('weights').where('id', '=', id).executeTakeFirst();
  return row?.weights ? (JSON.parse(row.weights) as Record<string, number>) : undefined;
}

export async function setRoleWeights(db: Kysely<Database>, id: string, weights: Record<string, number> | null, actor: string): Promise<void> {
  const r = await db.updateTable('roles').set({ weights: weights ? JSON.stringify(weights) : null, updated_at: new Date().toISOString() }).where('id', '=', id).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new ApiError('not_found', `No role with id "${id}"`);
  await db.insertInto('change_log').values({ at: new Date().toISOString(), actor, action: 'update', entity: 'role', entity_id: id, detail: JSON.stringify({ fields: ['weights'] }) }).execute();
}
