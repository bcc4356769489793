// Settings: the user's name (default assessor on the vetting form, and who the change log names).
import type { HandlersFor } from '../../../shared/api/define';
import type { Settings, settingsApi } from '../../../shared/api/settings';
import { appendChange } from '../../repos/change-log';
import { getSetting, putSetting } from '../../repos/settings';
import type { ServiceContext } from '../context';

export const USER_NAME = 'userName';

export function readSettings(svc: ServiceContext): Settings {
  const userName = getSetting(svc.raw, USER_NAME);
  return userName ? { userName } : {};
}

export function settingsHandlers(svc: ServiceContext): HandlersFor<typeof settingsApi> {
  return {
    getSettings() {
      return readSettings(svc);
    },
    updateSettings({ settings }, ctx) {
      svc.raw.transaction(() => {
        if ('userName' in settings) putSetting(svc.raw, USER_NAME, settings.userName);
        appendChange(svc.raw, { actor: ctx.actor, action: 'update', entity: 'settings', entityId: null, detail: { keys: Object.keys(settings) } });
      }).immediate();
      return readSettings(svc);
    },
  };
}
