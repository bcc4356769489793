// Privacy methods: records due for attention, erasure on request (one transaction, logged without the
// erased data), and one person's data for a data-subject access request.
import { noEngineer } from '../not-found';
import type { HandlersFor } from '../../../shared/api/define';
import { ApiError } from '../../../shared/api/errors';
import type { ErasureReport, PersonData, privacyApi } from '../../../shared/api/privacy';
import { todayLocal } from '../../../shared/bench/dates';
import type { Engineer } from '../../../shared/bench/schema';
import { privacyDue } from '../../../shared/privacy/due';
import { erasedEngineer } from '../../../shared/privacy/erase';
import { writeFileAtomic } from '../../exports/atomic-write';
import { readEngineers } from '../../repos/bench-reader';
import { appendChange } from '../../repos/change-log';
import { clearedFields, compactAfterErasure, eraseEngineer, scrubMentionsEverywhere } from '../../repos/erasure';
import { personExtras } from '../../repos/person-data';
import { getState } from '../../team/local';
import { eraseLocally } from '../../team/local/erase';
import { teamRuntimeOf } from '../../team/runtime';
import type { ServiceContext } from '../context';

export function privacyHandlers({ bench, raw }: ServiceContext): HandlersFor<typeof privacyApi> {
  function readOne(engineerId: string): Engineer {
    const e = readEngineers(raw, [engineerId])[0];
    if (!e) throw noEngineer(engineerId, '/engineerId');
    return e;
  }

  async function personData(engineerId: string): Promise<PersonData> {
    const engineer = readOne(engineerId);
    return { format: 'benchmatch.person', version: 1, exportedAt: new Date().toISOString(), engineer, ...(await personExtras(bench.db, engineerId)) };
  }

  /**
   * On a team bench the person goes everywhere, history included (docs/privacy.md): the server erases
   * first (admins only; it checks), then this laptop deletes them at once, scrubs the other texts that
   * name them (ordinary edits, sent with the next sync) and compacts the file; other laptops delete them
   * when they pull the server's tombstone.
   */
  async function eraseOnTeam(engineerId: string, actor: string): Promise<ErasureReport> {
    if (getState(raw).role !== 'admin') throw ApiError.keyed('refused', { key: 'errors:erase.notAdminHere' }, { key: 'errors:erase.askAnAdmin' });
    const before = readOne(engineerId);
    await teamRuntimeOf(bench).eraseOnServer(engineerId);
    const drafts = raw.prepare("SELECT COUNT(*) FROM assessments a JOIN engineers e ON e.pk = a.engineer_pk WHERE e.id = ? AND a.status = 'draft'").pluck();
    const documents = raw.prepare('SELECT COUNT(*) FROM engineer_documents d JOIN engineers e ON e.pk = d.engineer_pk WHERE e.id = ?').pluck();
    const result = raw.transaction(() => {
      const draftsDeleted = drafts.get(engineerId) as number;
      const documentsDeleted = documents.get(engineerId) as number;
      eraseLocally(raw, engineerId, actor);
      return { draftsDeleted, documentsDeleted, mentionsScrubbed: scrubMentionsEverywhere(raw, before) };
    }).immediate();
    compactAfterErasure(raw);
    const fieldsCleared = Object.keys(before).filter((k) => k !== 'id').sort();
    return { engineerId, fieldsCleared, notesCleared: 0, ...result };
  }

  return {
    privacyDue({ asOf }) {
      const today = asOf ?? todayLocal();
      return { asOf: today, records: privacyDue(bench.snapshot().engineers ?? [], today) };
    },
    erasePerson({ engineerId }, ctx) {
      if (getState(raw).capture) return eraseOnTeam(engineerId, ctx.actor);
      const before = readOne(engineerId);
      if (before.privacy?.erasedAt) throw ApiError.keyed('conflict', { key: 'errors:erase.already', params: { at: before.privacy.erasedAt } });
      const today = todayLocal();
      const fieldsCleared = clearedFields(before, erasedEngineer(before, today));
      const counts = raw.transaction(() => {
        const c = eraseEngineer(raw, before, today, ctx.actor);
        // The log says what was done, never what was there.
        appendChange(raw, { actor: ctx.actor, action: 'erase', entity: 'engineer', entityId: engineerId, detail: { fields: fieldsCleared, ...c } });
        return c;
      }).immediate();
      compactAfterErasure(raw);
      return { engineerId, fieldsCleared, ...counts };
    },
    personData({ engineerId }) {
      return personData(engineerId);
    },
    async exportPerson({ engineerId, out }) {
      const doc = await personData(engineerId);
      return writeFileAtomic(out, () => Buffer.from(JSON.stringify(doc, null, 2) + '\n', 'utf8'));
    },
  };
}
