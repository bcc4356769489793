// Settings > Firm: the firm's profile that brands client packets. The logo is checked by its content
// (shared/firm/logo.ts); on a team bench only admins may change the profile (the server's matrix says
// the same: shared/team/permissions.ts), and the change travels as the `firm` record.
import type { HandlersFor } from '../../../shared/api/define';
import { ApiError } from '../../../shared/api/errors';
import type { firmApi, FirmView } from '../../../shared/api/firm';
import { checkLogo, LOGO_PROBLEM } from '../../../shared/firm/logo';
import { isTeamRole, mayWrite } from '../../../shared/team/permissions';
import { appendChange } from '../../repos/change-log';
import { readFirm, writeFirm } from '../../repos/firm';
import { getState } from '../../team/local';
import type { ServiceContext } from '../context';

export function firmHandlers(svc: ServiceContext): HandlersFor<typeof firmApi> {
  const { raw } = svc;
  const mayChange = () => {
    const s = getState(raw);
    return !s.capture || (isTeamRole(s.role) && mayWrite(s.role, 'firm', 'name', 'change'));
  };
  const view = (): FirmView => ({ profile: readFirm(raw), mayChange: mayChange() });
  return {
    getFirm() {
      return view();
    },
    setFirm({ profile }, ctx) {
      if (!mayChange()) throw ApiError.keyed('refused', { key: 'errors:firm.adminOnly' }, { key: 'errors:firm.adminOnlyHint' });
      if (profile.logo) {
        const check = checkLogo(Buffer.from(profile.logo.base64, 'base64'));
        if (!check.ok) throw ApiError.keyed('invalid_input', { key: LOGO_PROBLEM[check.problem] }, { key: 'errors:firm.logo.hint' }, [{ where: '/profile/logo', message: check.problem }]);
        // The type is the content's, whatever the file was called or declared.
        profile = { ...profile, logo: { ...profile.logo, type: check.type } };
      }
      raw.transaction(() => {
        writeFirm(raw, profile);
        appendChange(raw, { actor: ctx.actor, action: 'update', entity: 'firm', entityId: null, detail: { keys: Object.keys(profile) } });
      }).immediate();
      return view();
    },
  };
}
