// Clients: get, list and upsert.
import type { Kysely } from 'kysely';
import { clientSchema, type Client } from '../../shared/bench/schema';
import type { Database } from '../database';
import { toClient } from './rows';
import { writeOne, type Upserted } from './write-one';

export async function getClient(db: Kysely<Database>, id: string): Promise<Client | undefined> {
  const row = await db.selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toClient(row) : undefined;
}

export async function listClients(db: Kysely<Database>): Promise<Client[]> {
  return (await db.selectFrom('clients').selectAll().orderBy('pk').execute()).map(toClient);
}

export function upsertClient(db: Kysely<Database>, client: Client, actor: string): Upserted {
  const c = clientSchema.parse(client);
  return writeOne(db, 'clients', c.id, { clients: [c] }, actor, Object.keys(c));
}
