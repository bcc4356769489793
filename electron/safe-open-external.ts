// The only door to the OS browser: http(s) links only (no file:, no custom schemes that launch
// programs). ESLint bans calling shell.openExternal anywhere else.
import { shell } from 'electron';
import { isSafeExternalUrl } from './guard';

export async function safeOpenExternal(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  // eslint-disable-next-line no-restricted-syntax -- this is the guarded wrapper the rule points to
  await shell.openExternal(url);
  return true;
}
