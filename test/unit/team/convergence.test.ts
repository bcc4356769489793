// Promise 2 (convergence) as a property: 3-4 laptops (real SQLite files through the real service) on one
// real PostgreSQL make random edits (same-field conflicts, archiving, shortlist removals and reorders,
// assessments) with random syncs in between; once every laptop has synced twice after the last edit,
// every laptop exports the same bench file. Laptops join with different roles, so refused changes
// (undone locally) are part of the mix. Sales are left out: they never receive cost rates, so their
// file differs on purpose (the sales test covers them).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bench } from '../../../db/service/bench-service';
import type { TeamRole } from '../../../shared/team/permissions';
import { editArb, runEdit } from './edits';
import { exportOf, importDemo, openLaptop, teamTempDir } from './replicas';
import { useTeamServer } from './server-helpers';

const ROLES: TeamRole[] = ['admin', 'account_manager', 'vetting_lead', 'admin'];

describe('laptops on one team bench', () => {
  const team = useTeamServer();

  it('converge to the same export after any edits and sync interleavings', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 4 }).chain((n) => fc.tuple(fc.constant(n), fc.array(editArb(n), { minLength: 5, maxLength: 25 }))),
        async ([n, edits]) => {
          const dir = teamTempDir();
          run++;
          const laptops: Bench[] = [];
          for (let r = 0; r < n; r++) {
            const b = await openLaptop(dir, `laptop-${run}-${r}`);
            // The first laptop brings the firm's bench; the second had imported a longer copy of it and
            // edited it before joining (the team's version wins for records both hold, the two engineers
            // the team lacks are sent); the others join fresh.
            if (r === 0) await importDemo(b, dir, 6, 3);
            if (r === 1) {
              await importDemo(b, dir, 8, 3);
              const { id, assessments: _a, ...profile } = await b.call('getEngineer', { id: 'eng-00001' });
              await b.call('updateEngineer', { id, profile: { ...profile, summary: 'Edited before joining' } });
            }
            await b.call('teamJoin', { url: await team.addPerson(ROLES[r]!) });
            laptops.push(b);
          }
          for (const edit of edits) await runEdit(laptops[edit.r]!, edit).catch((e: unknown) => expectNormalRefusal(e));
          for (let round = 0; round < 2; round++) for (const b of laptops) await b.call('syncNow', {});
          const files = await Promise.all(laptops.map(exportOf));
          for (const f of files.slice(1)) expect(f).toEqual(files[0]);
          for (const b of laptops) expect((await b.call('teamStatus', {})).waiting).toBe(0);
        },
      ),
      { numRuns: 25, endOnFailure: true },
    );
  }, 240_000);
});

/** The service may refuse an edit on a stale target (e.g. an engineer added twice); anything else fails. */
function expectNormalRefusal(e: unknown): void {
  const code = (e as { code?: string }).code;
  if (code !== 'refused' && code !== 'not_found' && code !== 'conflict' && code !== 'invalid_input') throw e;
}
