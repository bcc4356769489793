// Pure URL rules of the Electron shell, kept free of Electron so unit tests run them under Node.
// The window shows only the app's own origin (app://bench, served from the packaged renderer);
// everything else is either refused or, for http(s) links a user clicked, handed to the OS browser.

/** The renderer's origin inside Electron: a privileged standard scheme served by protocol.handle. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for URLs of the app itself: exact scheme and host, no credentials, no port. */
export function isInternalUrl(url: string, origin: string = APP_ORIGIN): boolean {
  const u = parse(url);
  const o = parse(origin);
  if (!u || !o) return false;
  if (u.username || u.password) return false;
  // Custom schemes keep the host's case in Node's URL parser; Electron lowercases standard schemes.
  return u.protocol === o.protocol && u.host.toLowerCase() === o.host.toLowerCase();
}

/** True for links the OS browser may open: http(s) only, no credentials, a host present. */
export function isSafeExternalUrl(url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (u.username || u.password) return false;
  return u.hostname.length > 0;
}

export type NavigationVerdict = 'allow' | 'open-externally' | 'deny';

/**
 * What to do when the page tries to go somewhere (navigation, redirect, window.open): stay inside the
 * app, send a plain web link to the OS browser (window.open / target=_blank only), or refuse.
 */
export function navigationVerdict(url: string, kind: 'navigate' | 'redirect' | 'new-window', origin: string = APP_ORIGIN): NavigationVerdict {
  if (kind !== 'new-window' && isInternalUrl(url, origin)) return 'allow';
  if (kind === 'new-window' && isSafeExternalUrl(url)) return 'open-externally';
  return 'deny';
}

/** A renderer path (inside the app) for a file the protocol handler serves, or null when it escapes. */
export function appPathOf(url: string, origin: string = APP_ORIGIN): string | null {
  if (!isInternalUrl(url, origin)) return null;
  const path = decodeURIComponent(new URL(url).pathname);
  if (path.includes('\0') || path.split('/').includes('..')) return null;
  return path;
}
