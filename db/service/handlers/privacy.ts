// Privacy methods: records due for attention, erasure on request (one transaction, logged without the
// erased data), and one person's data for a data-subject access request.
import type { HandlersFor } from '../../../shared/api/define';
import { ApiError } from '../../../shared/api/errors';
import type { PersonData, privacyApi } from '../../../shared/api/privacy';
import { todayLocal } from '../../../shared/bench/dates';
import type { Engineer } from '../../../shared/bench/schema';
import { privacyDue } from '../../../shared/privacy/due';
import { erasedEngineer } from '../../../shared/privacy/erase';
import { writeFileAtomic } from '../../exports/atomic-write';
import { readEngineers } from '../../repos/bench-reader';
import { appendChange } from '../../repos/change-log';
import { clearedFields, eraseEngineer } from '../../repos/erasure';
import { personExtras } from '../../repos/person-data';
import { getState } from '../../team/local';
import type { ServiceContext } from '../context';

export function privacyHandlers({ bench, raw }: ServiceContext): HandlersFor<typeof privacyApi> {
  function readOne(engineerId: string): Engineer {
    const e = readEngineers(raw, [engineerId])[0];
    if (!e) throw new ApiError('not_found', `There is no engineer with id ${engineerId}.`, [{ where: '/engineerId', message: 'no such engineer' }]);
    return e;
  }

  async function personData(engineerId: string): Promise<PersonData> {
    const engineer = readOne(engineerId);
    return { format: 'benchmatch.person', version: 1, exportedAt: new Date().toISOString(), engineer, ...(await personExtras(bench.db, engineerId)) };
  }

  return {
    privacyDue({ asOf }) {
      const today = asOf ?? todayLocal();
      return { asOf: today, records: privacyDue(bench.snapshot().engineers ?? [], today) };
    },
    erasePerson({ engineerId }, ctx) {
      // On a team bench an erasure must reach every laptop and the server's history too; the server has
      // no erase path yet (finalized assessments are append-only there), so a partial erasure that the
      // sync would undo is refused instead of pretended.
      if (getState(raw).capture) {
        throw new ApiError('refused', 'This bench is on a team: erasing a person is not yet possible on a team bench.', undefined, 'The team server keeps every change, so an erasure must happen there too, and that is not built yet. Their data can still be exported (Export their data).');
      }
      const before = readOne(engineerId);
      if (before.privacy?.erasedAt) throw new ApiError('conflict', `This person's data was already erased on ${before.privacy.erasedAt}.`);
      const today = todayLocal();
      const fieldsCleared = clearedFields(before, erasedEngineer(before, today));
      const counts = raw.transaction(() => {
        const c = eraseEngineer(raw, before, today, ctx.actor);
        // The log says what was done, never what was there.
        appendChange(raw, { actor: ctx.actor, action: 'erase', entity: 'engineer', entityId: engineerId, detail: { fields: fieldsCleared, ...c } });
        return c;
      }).immediate();
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
