// Who may write what on the team bench (team.md, "The server decides who may do what"). Pure data and
// two questions about it. The PostgreSQL server enforces the SAME matrix: `initTeamSchema` copies
// GRANTS and SENSITIVE_FIELDS into its tables (db/team/server/matrix.ts), and a test asks the real
// server every cell. The app uses it to hide what a role cannot do; the server refuses it anyway.

export const TEAM_ROLES = ['admin', 'account_manager', 'vetting_lead', 'sales'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/**
 * The synced record kinds (docs/team-design.md, "Records and fields"). `merge` is a merge of duplicate
 * records (field `record`: which record was kept and which went; field `undone`: the unmerge), applied
 * whole on every laptop (db/team/local/merge.ts).
 */
export const TEAM_ENTITIES = ['client', 'engineer', 'role', 'shortlist', 'shortlist_entry', 'assessment', 'firm', 'document', 'merge'] as const;
export type TeamEntity = (typeof TEAM_ENTITIES)[number];

/** `create`: the record does not exist on the server yet. `change`: it does. */
export type WriteAction = 'create' | 'change';

export interface Grant {
  role: TeamRole;
  entity: TeamEntity;
  /** The fields this grant covers: every field ('*'), or exactly these. */
  fields: '*' | readonly string[];
  /** With '*': fields left out of this grant. */
  except?: readonly string[];
  create: boolean;
  change: boolean;
}

const all = (role: TeamRole, entity: TeamEntity, except?: readonly string[]): Grant =>
  ({ role, entity, fields: '*', ...(except ? { except } : {}), create: true, change: true });

/**
 * The matrix. Anything not granted here is refused. Finalized assessments are append-only: no grant
 * carries `change` for them, not even admin's (an amendment is a new assessment record).
 */
export const GRANTS: readonly Grant[] = [
  all('admin', 'client'),
  all('admin', 'engineer'),
  all('admin', 'role'),
  all('admin', 'shortlist'),
  all('admin', 'shortlist_entry'),
  { role: 'admin', entity: 'assessment', fields: '*', create: true, change: false },
  // The firm's profile (Settings > Firm) brands every client packet: admins only; everyone receives it.
  all('admin', 'firm'),

  all('account_manager', 'engineer', ['vettingStatus']),
  all('account_manager', 'client'),
  all('account_manager', 'role'),
  all('account_manager', 'shortlist'),
  all('account_manager', 'shortlist_entry'),

  all('vetting_lead', 'engineer'),
  { role: 'vetting_lead', entity: 'assessment', fields: '*', create: true, change: false },

  // Kept CV files (contact details inside): the people who review profiles add and remove them; sales,
  // who pitch from allow-listed packets, neither send nor receive them (HIDDEN_ENTITIES).
  all('admin', 'document'),
  all('account_manager', 'document'),
  all('vetting_lead', 'document'),

  // Merging duplicates: the roles that may also make its ordinary changes (the kept record's fields, the moved
  // shortlist entries and the lists' order). Not vetting leads: they may not change shortlists. A merge
  // record is written once (`record`); undoing it sets `undone`, in the same push or a later one.
  ...(['admin', 'account_manager'] as const).flatMap((role): Grant[] => [
    { role, entity: 'merge', fields: ['record'], create: true, change: false },
    { role, entity: 'merge', fields: ['undone'], create: true, change: true },
  ]),

  // Sales approve the pitch note that goes to the client (approvedNote) as part of preparing the packet.
  { role: 'sales', entity: 'shortlist_entry', fields: ['status', 'statusChangedAt', 'note', 'approvedNote'], create: false, change: true },
];

/** Fields some roles never receive (not even in the data pulled to their laptop). */
export const SENSITIVE_FIELDS: ReadonlyArray<{ entity: TeamEntity; field: string; hiddenFrom: readonly TeamRole[] }> = [
  { entity: 'engineer', field: 'rate.costPerHour', hiddenFrom: ['sales'] },
];

/**
 * Whole record kinds some roles never receive: every field of every such record is hidden from them, as a
 * sensitive field is (the server stores it out of their reach; they cannot write it either, having no grant).
 */
export const HIDDEN_ENTITIES: ReadonlyArray<{ entity: TeamEntity; hiddenFrom: readonly TeamRole[] }> = [
  { entity: 'document', hiddenFrom: ['sales'] },
];

/** The field name that stands for "every field" of a hidden entity in the server's sensitive_fields table. */
export const EVERY_FIELD = '*';

/** Roles, per entity and field, that never receive it: the sensitive fields and the hidden entities together. */
export function hiddenFrom(entity: string, field: string): TeamRole[] {
  return [...new Set([
    ...SENSITIVE_FIELDS.filter((s) => s.entity === entity && s.field === field).flatMap((s) => s.hiddenFrom),
    ...HIDDEN_ENTITIES.filter((h) => h.entity === entity).flatMap((h) => h.hiddenFrom),
  ])];
}

/** Does anything stay hidden from `role` (so the server gives it no privilege on the secret_value columns)? */
export function hidesFrom(role: TeamRole): boolean {
  return SENSITIVE_FIELDS.some((s) => s.hiddenFrom.includes(role)) || HIDDEN_ENTITIES.some((h) => h.hiddenFrom.includes(role));
}

export const isTeamRole = (v: unknown): v is TeamRole => typeof v === 'string' && (TEAM_ROLES as readonly string[]).includes(v);
export const isTeamEntity = (v: unknown): v is TeamEntity => typeof v === 'string' && (TEAM_ENTITIES as readonly string[]).includes(v);

function covers(g: Grant, field: string): boolean {
  return g.fields === '*' ? !(g.except ?? []).includes(field) : g.fields.includes(field);
}

/** May `role` write `field` of an `entity` record it is creating or changing? */
export function mayWrite(role: TeamRole, entity: string, field: string, action: WriteAction): boolean {
  return GRANTS.some((g) => g.role === role && g.entity === entity && covers(g, field) && (action === 'create' ? g.create : g.change));
}

/** Why a merge record's `record` cannot change (the server's refusal says the same: migrations/0003_merges.ts). */
export const MERGE_RECORDED_ONCE = 'a merge is recorded once (undo it with unmerge)';

/** Why a write is refused, in words for `sync` to list; undefined when it is allowed. */
export function refusalReason(role: TeamRole, entity: string, field: string, action: WriteAction): string | undefined {
  if (mayWrite(role, entity, field, action)) return undefined;
  if (!isTeamEntity(entity)) return `unknown record kind "${entity}"`;
  if (entity === 'assessment' && action === 'change') return 'finalized assessments are append-only (record an amendment instead)';
  if (entity === 'merge') return GRANTS.some((g) => g.role === role && g.entity === 'merge') ? MERGE_RECORDED_ONCE : `the ${role} role may not merge or unmerge duplicate records`;
  return `the ${role} role may not ${action === 'create' ? 'create' : 'change'} ${entity} records' ${field}`;
}

/** Does `role` receive this field at all? */
export function mayRead(role: TeamRole, entity: string, field: string): boolean {
  return !hiddenFrom(entity, field).includes(role);
}
