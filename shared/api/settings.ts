// The user's preferences, stored in the bench file's settings table. For now: the user's name, which
// the assessment form uses as the default assessor and the change log records as who acted.
import { z } from 'zod';
import { method } from './define';

export interface Settings {
  userName?: string;
}

export const settingsSchema = z.strictObject({
  userName: z.string().trim().max(120).optional(),
});

export const settingsApi = {
  getSettings: method(z.strictObject({}))<Settings>(),
  /** Saves the given keys; an empty userName clears it. */
  updateSettings: method(z.strictObject({ settings: settingsSchema }))<Settings>(),
};
