// Clients and roles: reads for the screens and validated saves. The zod schema (the bench file's own)
// has already checked the shape when a handler runs; here come the checks a schema cannot make (the
// client exists, the id is new or known, a skill is not listed twice), all reported by place before
// anything is written. Writes go through the bench writer in one transaction with their change-log line.
import { notFound } from '../not-found';
import type { HandlersFor } from '../../../shared/api/define';
import { ApiError, type Problem } from '../../../shared/api/errors';
import type { RoleDetail, rolesApi } from '../../../shared/api/roles';
import type { Client, Role } from '../../../shared/bench/schema';
import { skillKey } from '../../../shared/taxonomy';
import { writeBench } from '../../repos/bench-writer';
import { appendChange } from '../../repos/change-log';
import {
  readClient, readClientSummaries, readRole, readRoleSummaries, writeRoleStatus,
} from '../../repos/roles-edit';
import { shortlistHeadForRole } from '../../repos/shortlists-edit';
import type { RawDb } from '../../connection';
import type { ServiceContext } from '../context';

const BENCH = { format: 'benchmatch.bench', version: 1 } as const;

/** Field names whose value differs (the change log records names, never values). */
export function changedFields<T extends object>(before: T | undefined, after: T): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify((before as Record<string, unknown> | undefined)?.[k]) !== JSON.stringify((after as Record<string, unknown>)[k])).sort();
}

function refuse(problems: Problem[], what: 'role' | 'client'): never {
  throw ApiError.keyed('invalid_input', { key: what === 'role' ? 'errors:service.roleRefused' : 'errors:service.clientRefused', params: { count: problems.length } }, undefined, problems);
}

/** Problems a role has beyond its schema: the same skill twice, or both required and nice to have. */
export function roleProblems(role: Role): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const list of ['mustHave', 'niceToHave'] as const) {
    (role[list] ?? []).forEach((q, i) => {
      const key = skillKey(q.skill);
      const where = `/role/${list}/${i}/skill`;
      const prev = seen.get(key);
      if (prev) problems.push({ where, message: `${q.skill} is already listed at ${prev}` });
      else seen.set(key, where);
    });
  }
  return problems;
}

function detail(raw: RawDb, id: string): RoleDetail {
  const role = readRole(raw, id);
  if (!role) throw notFound('role', id, '/id');
  const client = readClient(raw, role.clientId)!;
  return { role, client, shortlistId: shortlistHeadForRole(raw, id)?.id ?? null };
}

export function rolesHandlers({ raw }: ServiceContext): HandlersFor<typeof rolesApi> {
  return {
    listClients() {
      return { clients: readClientSummaries(raw) };
    },
    saveClient({ client, create }, ctx) {
      return raw.transaction(() => {
        const before = readClient(raw, client.id);
        if (create && before) refuse([{ where: '/client/id', message: `a client with id ${client.id} already exists` }], 'client');
        if (!create && !before) throw notFound('client', client.id, '/client/id');
        writeBench(raw, { ...BENCH, clients: [client] }, { actor: ctx.actor });
        appendChange(raw, { actor: ctx.actor, action: before ? 'update' : 'create', entity: 'client', entityId: client.id, detail: { fields: changedFields<Client>(before, client) } });
        return readClient(raw, client.id)!;
      }).immediate();
    },
    listRoles({ clientId }) {
      return { roles: readRoleSummaries(raw, clientId) };
    },
    getRole({ id }) {
      return detail(raw, id);
    },
    saveRole({ role, create }, ctx) {
      return raw.transaction(() => {
        const before = readRole(raw, role.id);
        const problems = roleProblems(role);
        if (create && before) problems.unshift({ where: '/role/id', message: `a role with id ${role.id} already exists` });
        if (!readClient(raw, role.clientId)) problems.unshift({ where: '/role/clientId', message: `there is no client with id ${role.clientId}` });
        if (problems.length) refuse(problems, 'role');
        if (!create && !before) throw notFound('role', role.id, '/role/id');
        writeBench(raw, { ...BENCH, roles: [role] }, { actor: ctx.actor });
        appendChange(raw, { actor: ctx.actor, action: before ? 'update' : 'create', entity: 'role', entityId: role.id, detail: { fields: changedFields<Role>(before, role) } });
        return detail(raw, role.id);
      }).immediate();
    },
    setRoleStatus({ id, status }, ctx) {
      return raw.transaction(() => {
        const before = detail(raw, id);
        writeRoleStatus(raw, id, status);
        appendChange(raw, { actor: ctx.actor, action: 'status', entity: 'role', entityId: id, detail: { from: before.role.status ?? 'open', to: status } });
        return detail(raw, id);
      }).immediate();
    },
  };
}
