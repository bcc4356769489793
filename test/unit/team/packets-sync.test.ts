// Client packets on a team bench (issue 17), real SQLite laptops and one real PostgreSQL: the firm's
// profile is one `firm` record that admins change and every laptop receives; an account manager's
// service refuses to change it, and a write slipped past the service is refused by the server and
// undone; the pitch-note approval (approvedNote, a field of the shortlist entry) is a change sales may
// make, and it reaches the other laptops' packets.
import { describe, expect, it } from 'vitest';
import { rawOf } from '../../../db/connection';
import { closeLaptop, openLaptop, twoLaptops } from './replicas';
import { useTeamServer } from './server-helpers';

const team = useTeamServer();
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#0b7a75"/></svg>').toString('base64');

describe('client packets on a team bench', { timeout: 120_000 }, () => {
  it('the firm profile: an admin sets it, every laptop receives it, others cannot change it', async () => {
    const { dir, a, b } = await twoLaptops((role) => team.addPerson(role), 'firm', 41, 'fm-');
    const sales = await openLaptop(dir, 'firm-sales');
    try {
      await sales.call('teamJoin', { url: await team.addPerson('sales') });
      const profile = { name: 'Southbridge Talent', contact: 'talent@southbridge.example', accent: '#0b7a75', footer: 'Confidential.', logo: { type: 'image/svg+xml' as const, base64: SVG } };
      expect((await a.call('getFirm', {})).mayChange).toBe(true);
      await a.call('setFirm', { profile });
      expect((await a.call('syncNow', {})).result.refused).toEqual([]);
      for (const laptop of [b, sales]) {
        await laptop.call('syncNow', {});
        const got = await laptop.call('getFirm', {});
        expect(got.profile).toEqual(profile);
        expect(got.mayChange).toBe(false);
      }
      // The service refuses an account manager, saying who may.
      await expect(b.call('setFirm', { profile: { name: 'Mine now' } })).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('Only an admin') });
      // A write that slips past the service (straight into the file) is refused by the server and undone.
      rawOf(sales.db).prepare("UPDATE firm_profile SET name = 'Sales Inc' WHERE id = 'firm'").run();
      const r = (await sales.call('syncNow', {})).result;
      expect(r.refused).toHaveLength(1);
      expect(r.refused[0]!.where).toMatch(/firm.*name/);
      expect(r.refused[0]!.reason).toMatch(/sales role may not change firm/);
      expect((await sales.call('getFirm', {})).profile.name).toBe('Southbridge Talent');
      await b.call('syncNow', {});
      expect((await b.call('getFirm', {})).profile.name).toBe('Southbridge Talent');
    } finally {
      await closeLaptop(sales);
      await closeLaptop(a);
      await closeLaptop(b);
    }
  });

  it('sales approve a pitch note; the approval travels and the other laptops put the note in their packets', async () => {
    const { dir, a, b } = await twoLaptops((role) => team.addPerson(role), 'approve', 43, 'ap-');
    const sales = await openLaptop(dir, 'approve-sales');
    try {
      await sales.call('teamJoin', { url: await team.addPerson('sales') });
      const roleId = a.snapshot().roles![0]!.id;
      const engineerId = a.snapshot().engineers![0]!.id;
      const { shortlist } = await a.call('addToShortlist', { roleId, engineerId });
      await a.call('updateShortlistEntry', { shortlistId: shortlist.id, engineerId, note: 'Led the payments rewrite; calm under pressure.' });
      await a.call('syncNow', {});
      await sales.call('syncNow', {});
      const before = await sales.call('previewPacket', { shortlistId: shortlist.id, include: [engineerId] });
      expect(before.candidates.find((c) => c.engineerId === engineerId)!.note).toBe('unapproved');
      await sales.call('approvePitchNote', { shortlistId: shortlist.id, engineerId, approved: true });
      expect((await sales.call('syncNow', {})).result.refused).toEqual([]);
      for (const laptop of [a, b]) {
        await laptop.call('syncNow', {});
        const p = await laptop.call('previewPacket', { shortlistId: shortlist.id, include: [engineerId] });
        expect(p.candidates.find((c) => c.engineerId === engineerId)).toMatchObject({ note: 'approved', preview: 'Led the payments rewrite; calm under pressure.' });
        const csv = Buffer.from((await laptop.call('exportShortlistData', { shortlistId: shortlist.id, format: 'csv', include: [engineerId] })).base64, 'base64').toString('utf8');
        expect(csv).toContain('Led the payments rewrite; calm under pressure.');
      }
    } finally {
      await closeLaptop(sales);
      await closeLaptop(a);
      await closeLaptop(b);
    }
  });
});
