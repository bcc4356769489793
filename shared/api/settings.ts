// The user's preferences, stored in the bench file's settings table: the user's name, which the
// assessment form uses as the default assessor and the change log records as who acted, and the
// interface language. The language lives here rather than in the browser's storage because Electron's
// main process needs it too (native menus and dialogs), and browser mode and the window share it.
import { z } from 'zod';
import { idSchema } from '../bench/schema';
import { LANGUAGES, type Language } from '../i18n/languages';
import { method } from './define';

export interface Settings {
  userName?: string;
  /** The interface language the user chose; absent: follow the OS or browser (shared/i18n/detect.ts). */
  language?: Language;
}

export const settingsSchema = z.strictObject({
  userName: z.string().trim().max(120).optional(),
  /** '' clears the choice (back to following the OS or browser). */
  language: z.union([z.enum(LANGUAGES), z.literal('')]).optional(),
});

export const settingsApi = {
  getSettings: method(z.strictObject({}))<Settings>(),
  /** Saves the given keys; an empty userName or language clears it. */
  updateSettings: method(z.strictObject({ settings: settingsSchema }))<Settings>(),
  /**
   * A client's packet language: the language of its shortlist packets (PDF, XLSX, CSV). Kept in this
   * laptop's settings table, not in the bench file, whose client record allows no extra field
   * (bench.schema.json, additionalProperties: false); so it is not exported, imported or synced.
   */
  getClientPacketLanguage: method(z.strictObject({ clientId: idSchema }))<{ language?: Language }>(),
  /** '' clears it (packets in English again). */
  setClientPacketLanguage: method(z.strictObject({ clientId: idSchema, language: z.union([z.enum(LANGUAGES), z.literal('')]) }))<{ language?: Language }>(),
};
