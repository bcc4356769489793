// The firm's profile (Settings > Firm): what brands every client packet. On a team bench it is one
// record for the whole team: admins change it, every laptop receives it (docs/team-design.md).
import { z } from 'zod';
import { firmProfileSchema, type FirmProfile } from '../firm/profile';
import { method } from './define';

export interface FirmView {
  profile: FirmProfile;
  /** False on a team bench for everyone but admins (the server would refuse the change anyway). */
  mayChange: boolean;
}

export const firmApi = {
  getFirm: method(z.strictObject({}))<FirmView>(),
  /**
   * Saves the whole profile (a key left out is cleared). The logo is checked by content: PNG or SVG,
   * at most 512 KB, an SVG without scripts; anything else is refused with the reason.
   */
  setFirm: method(z.strictObject({ profile: firmProfileSchema }), { mutates: true })<FirmView>(),
};
