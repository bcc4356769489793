// Browser mode's per-launch token: the server prints a URL with #token=...; the page takes it from the
// fragment once (fragments never reach a server or its logs), keeps it in sessionStorage (this tab only,
// gone when the tab closes) and removes it from the address bar so it is not bookmarked or shared.
const KEY = 'benchmatch.token';

export function takeTokenFromUrl(): void {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!m) return;
  sessionStorage.setItem(KEY, m[1]!);
  const rest = window.location.hash.replace(/(?:^#|&)token=[A-Za-z0-9_-]+/, '').replace(/^&/, '');
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search + (rest ? `#${rest}` : ''));
}

export function currentToken(): string | null {
  return sessionStorage.getItem(KEY);
}
