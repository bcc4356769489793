// The desktop app keeps the team URL (it carries the person's password) with the OS keychain through
// Electron's safeStorage, in the main process only: encrypted bytes in the user-data folder, owner-only.
// Where the OS offers no keychain encryption, nothing is kept: the person gives the URL again after a
// restart (Settings > Team), as in browser mode.
import { safeStorage } from 'electron';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'team-url.bin';

export function loadTeamUrl(dataDir: string): string | undefined {
  const file = join(dataDir, FILE);
  if (!existsSync(file) || !safeStorage.isEncryptionAvailable()) return undefined;
  try {
    return safeStorage.decryptString(readFileSync(file));
  } catch {
    // Encrypted under another user or keychain: unusable, so forget it.
    rmSync(file, { force: true });
    return undefined;
  }
}

/** Keeps (or, given undefined, forgets) the team URL. */
export function saveTeamUrl(dataDir: string, url: string | undefined): void {
  const file = join(dataDir, FILE);
  if (!url || !safeStorage.isEncryptionAvailable()) {
    rmSync(file, { force: true });
    return;
  }
  writeFileSync(file, safeStorage.encryptString(url), { mode: 0o600 });
}
