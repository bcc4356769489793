// The team server speaks English (in psql too); the laptop says its refusals in the user's language by
// recognising each of the server's templates (db/team/server-words.ts). Every template the server can
// send is read here, in the words the server's SQL builds them from; an unknown text (a newer server's,
// an older laptop's stored row) is shown as it came. The real server's answers are checked in
// test/unit/team (sync.test.ts: a sales refusal in Spanish; merge and erase notices).
import { describe, expect, it } from 'vitest';
import { ERASE_MESSAGES } from '../../../db/team/erase-messages';
import { MERGE_MESSAGES } from '../../../db/team/merge-messages';
import { REFUSED_BY_SERVER, serverText } from '../../../db/team/server-words';
import { teamApiError } from '../../../db/team/team-errors';
import { renderText } from '../../../shared/api/errors';
import { sayRefused } from '../../../shared/api/team';
import { refusalReason } from '../../../shared/team/permissions';

const said = (text: string, lng: 'en' | 'es-419' | 'pt-BR') => {
  const keyed = serverText(text);
  if (!keyed) throw new Error(`not recognised: ${text}`);
  return renderText(keyed, lng);
};

describe('the team server’s words on the laptop', () => {
  it('reads every refusal push can send, and says it in Spanish and Portuguese', () => {
    const server = [
      'malformed change (needs changeId, entity, recordId, field, value and an HLC stamp)',
      "the change is stamped more than a day in the future (check this computer's clock)",
      refusalReason('sales', 'engineer', 'vettingStatus', 'change')!,
      refusalReason('vetting_lead', 'shortlist_entry', 'engineerId', 'create')!,
      refusalReason('account_manager', 'assessment', 'notes', 'change')!,
      refusalReason('sales', 'merge', 'record', 'create')!,
      refusalReason('admin', 'merge', 'record', 'change')!,
      refusalReason('admin', 'invoice', 'total', 'create')!,
      MERGE_MESSAGES.merged, MERGE_MESSAGES.malformed, ERASE_MESSAGES.erased, ERASE_MESSAGES.reserved,
      'the document is larger than 20 MB', REFUSED_BY_SERVER,
      ERASE_MESSAGES.notAdmin, ERASE_MESSAGES.noId, 'only an admin may add people', 'only an admin may read the audit log',
      'the login mallory is not a member of this team bench', 'unknown role "boss" (admin, account_manager, vetting_lead or sales)',
      'a person needs a name (up to 200 characters)', 'the login "pg_x" is not allowed (lower-case letters, digits and _; not benchmatch_ or pg_)',
      'the login "ana" already exists',
    ];
    for (const text of server) {
      expect(serverText(text), text).toBeDefined();
      for (const lng of ['es-419', 'pt-BR'] as const) expect(said(text, lng), `${text} in ${lng}`).not.toBe(text);
    }
    expect(said(refusalReason('account_manager', 'engineer', 'vettingStatus', 'change')!, 'es-419')).toBe('el rol Account manager no puede cambiar el campo vettingStatus de los registros de ingeniero');
    expect(said(refusalReason('account_manager', 'engineer', 'vettingStatus', 'change')!, 'pt-BR')).toBe('o papel Gerente de contas não pode alterar o campo vettingStatus dos registros de engenheiro');
    expect(said('the document is larger than 20 MB', 'pt-BR')).toBe('o documento tem mais de 20 MB');
    expect(said(MERGE_MESSAGES.merged, 'es-419')).toBe('el registro se fusionó con otro en la banca del equipo; haz el cambio en el registro que se conservó');
  });

  it('a refusal it does not know (a newer server, a row stored by an older laptop) is shown as it came', () => {
    expect(serverText('the moon role may not orbit')).toBeUndefined();
    expect(sayRefused({ where: 'engineer e-1 name', reason: 'the moon role may not orbit' }, 'es-419')).toEqual({ where: 'engineer e-1 name', reason: 'the moon role may not orbit' });
  });

  it('an error a server function raised is said in the reader’s language', () => {
    const raised = Object.assign(new Error(ERASE_MESSAGES.notAdmin), { code: '42501' });
    const e = teamApiError(raised);
    expect(e.message).toBe(ERASE_MESSAGES.notAdmin);
    expect(e.say('es-419').message).toBe('solo un administrador puede borrar a una persona de la banca del equipo');
    const offline = teamApiError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    expect(offline.code).toBe('unavailable');
    expect(offline.say('pt-BR')).toEqual({ message: 'Não foi possível conectar ao servidor da equipe. Nada foi perdido: suas alterações continuam pendentes.', hint: 'Verifique a rede ou fale com quem administra o servidor da equipe; sincronize de novo mais tarde.' });
  });
});
