// What the team server says, as keyed words for the person at the laptop. The server speaks English (in
// psql too): its push refusals (`reason`) and the errors its functions raise. Every one of them is made
// from the templates below (the migrations build their SQL from the same constants), so the laptop
// recognises the text and says it in the user's language. Recognising the text, rather than a code the
// server would send, works with a server of every schema version and with refusals already stored in
// sync_refused; a text nobody knows (a newer server's) is shown as it came.
import type { KeyedText } from '../../shared/api/errors';
import { MERGE_RECORDED_ONCE } from '../../shared/team/permissions';
import { ENTITIES, MERGE_ENTITY } from '../../shared/team/fields';
import { TEAM_ROLES, type TeamRoleName } from '../../shared/api/team';
import { TEAM_ROLE_NAMES } from '../../shared/team/role-names';
import { ERASE_MESSAGES } from './erase-messages';
import { MERGE_MESSAGES } from './merge-messages';

const ENTITY_KEY = {
  client: 'errors:team.entity.client',
  engineer: 'errors:team.entity.engineer',
  role: 'errors:team.entity.role',
  shortlist: 'errors:team.entity.shortlist',
  shortlist_entry: 'errors:team.entity.shortlistEntry',
  assessment: 'errors:team.entity.assessment',
  firm: 'errors:team.entity.firm',
  document: 'errors:team.entity.document',
  merge: 'errors:team.entity.merge',
} as const satisfies Record<(typeof ENTITIES)[number] | typeof MERGE_ENTITY, KeyedText['key']>;

/** A record kind in words ("ingeniero"); a kind this laptop does not know stays as the server wrote it. */
export const entityText = (entity: string): KeyedText | string => (entity in ENTITY_KEY ? { key: ENTITY_KEY[entity as keyof typeof ENTITY_KEY] } : entity);
/** A team role's name as Settings > Team shows it ("Ventas"). */
export const roleText = (role: string): KeyedText | string => ((TEAM_ROLES as readonly string[]).includes(role) ? { key: TEAM_ROLE_NAMES[role as TeamRoleName] } : role);

/** Where a refused change was: the record kind, its id and the field. */
export const changePlace = (entity: string, recordId: string, field: string): KeyedText => ({ key: 'errors:team.place.field', params: { entity: entityText(entity), id: recordId, field } });
/** A record (an erased or merged person's). */
export const recordPlace = (entity: string, recordId: string): KeyedText => ({ key: 'errors:team.place.record', params: { entity: entityText(entity), id: recordId } });

/** What a refusal without a reason says (a server that answered none). */
export const REFUSED_BY_SERVER = 'refused by the team server';

type Reading = [RegExp, (m: RegExpExecArray) => KeyedText];
const exactly = (text: string, key: KeyedText['key']): Reading => [new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), () => ({ key })];

// Each template once, in the words the server uses (migrations/0001-0004, shared/team/permissions.ts).
const READINGS: Reading[] = [
  exactly('malformed change (needs changeId, entity, recordId, field, value and an HLC stamp)', 'errors:team.refusal.malformed'),
  exactly("the change is stamped more than a day in the future (check this computer's clock)", 'errors:team.refusal.future'),
  [/^unknown record kind "(.*)"$/, (m) => ({ key: 'errors:team.refusal.unknownKind', params: { kind: m[1]! } })],
  exactly('finalized assessments are append-only (record an amendment instead)', 'errors:team.refusal.finalizedAssessment'),
  exactly(MERGE_RECORDED_ONCE, 'errors:team.refusal.mergeRecordedOnce'),
  [/^the (\S+) role may not merge or unmerge duplicate records$/, (m) => ({ key: 'errors:team.refusal.mayNotMerge', params: { role: roleText(m[1]!) } })],
  [/^the (\S+) role may not (create|change) (\S+) records' (.+)$/, (m) => ({
    key: m[2] === 'create' ? 'errors:team.refusal.mayNotCreate' : 'errors:team.refusal.mayNotChange',
    params: { role: roleText(m[1]!), entity: entityText(m[3]!), field: m[4]! },
  })],
  exactly(MERGE_MESSAGES.merged, 'errors:team.refusal.merged'),
  exactly(MERGE_MESSAGES.malformed, 'errors:team.refusal.mergeMalformed'),
  exactly(ERASE_MESSAGES.erased, 'errors:team.refusal.erased'),
  exactly(ERASE_MESSAGES.reserved, 'errors:team.refusal.reserved'),
  [/^the document is larger than (\d+) MB$/, (m) => ({ key: 'errors:team.refusal.documentTooLarge', params: { mb: Number(m[1]) } })],
  exactly(REFUSED_BY_SERVER, 'errors:team.refusal.unsaid'),
  // Errors the server's functions raise (erase_person, add_person, log, push).
  exactly(ERASE_MESSAGES.notAdmin, 'errors:team.server.eraseNotAdmin'),
  exactly(ERASE_MESSAGES.noId, 'errors:team.server.eraseNoId'),
  exactly('only an admin may add people', 'errors:team.server.addNotAdmin'),
  exactly('only an admin may read the audit log', 'errors:team.server.logNotAdmin'),
  [/^the login (.+) is not a member of this team bench$/, (m) => ({ key: 'errors:team.server.notMember', params: { login: m[1]! } })],
  [/^unknown role "(.*)" \(admin, account_manager, vetting_lead or sales\)$/, (m) => ({ key: 'errors:team.server.unknownRole', params: { role: m[1]!, choices: [...TEAM_ROLES] } })],
  exactly('a person needs a name (up to 200 characters)', 'errors:team.server.personName'),
  [/^the login "(.*)" is not allowed \(lower-case letters, digits and _; not benchmatch_ or pg_\)$/, (m) => ({ key: 'errors:team.server.loginNotAllowed', params: { login: m[1]! } })],
  [/^the login "(.*)" already exists$/, (m) => ({ key: 'errors:team.server.loginExists', params: { login: m[1]! } })],
];

/** The server's words as keyed words, or undefined when they are not the server's (or a newer server's). */
export function serverText(said: string): KeyedText | undefined {
  for (const [re, read] of READINGS) {
    const m = re.exec(said);
    if (m) return read(m);
  }
  return undefined;
}
