// Settings: the user's name (default assessor on the vetting form, and who the change log names) and
// the interface language.
import type { HandlersFor } from '../../../shared/api/define';
import type { Settings, settingsApi } from '../../../shared/api/settings';
import { isLanguage, type Language } from '../../../shared/i18n/languages';
import { appendChange } from '../../repos/change-log';
import { getSetting, putSetting } from '../../repos/settings';
import type { ServiceContext } from '../context';

export const USER_NAME = 'userName';
const LANGUAGE = 'language';

export function readSettings(svc: ServiceContext): Settings {
  const userName = getSetting(svc.raw, USER_NAME);
  const language = getSetting(svc.raw, LANGUAGE);
  // A value an older or newer BenchMatch wrote that this one does not speak reads as "follow the OS".
  return { ...(userName ? { userName } : {}), ...(isLanguage(language) ? { language } : {}) };
}

const packetKey = (clientId: string) => `packetLanguage:${clientId}`;

/** A client's packet language, if set (the exports read it). */
export function packetLanguageOf(svc: ServiceContext): (clientId: string) => Language | undefined {
  return (clientId) => {
    const v = getSetting(svc.raw, packetKey(clientId));
    return isLanguage(v) ? v : undefined;
  };
}

export function settingsHandlers(svc: ServiceContext): HandlersFor<typeof settingsApi> {
  const packetLanguage = (clientId: string) => {
    const language = packetLanguageOf(svc)(clientId);
    return language ? { language } : {};
  };
  return {
    getClientPacketLanguage({ clientId }) {
      return packetLanguage(clientId);
    },
    setClientPacketLanguage({ clientId, language }, ctx) {
      svc.raw.transaction(() => {
        putSetting(svc.raw, packetKey(clientId), language);
        appendChange(svc.raw, { actor: ctx.actor, action: 'update', entity: 'settings', entityId: null, detail: { keys: ['packetLanguage'], clientId } });
      }).immediate();
      return packetLanguage(clientId);
    },
    getSettings() {
      return readSettings(svc);
    },
    updateSettings({ settings }, ctx) {
      svc.raw.transaction(() => {
        if ('userName' in settings) putSetting(svc.raw, USER_NAME, settings.userName);
        if ('language' in settings) putSetting(svc.raw, LANGUAGE, settings.language);
        appendChange(svc.raw, { actor: ctx.actor, action: 'update', entity: 'settings', entityId: null, detail: { keys: Object.keys(settings) } });
      }).immediate();
      return readSettings(svc);
    },
  };
}
