// The team URL a person is given (postgres://login:password@host:port/database). The password is only
// ever used to connect: what is stored, shown or logged is `withoutPassword`, and a URL given later
// (BENCHMATCH_TEAM_URL, the app's Team settings) must name the same server and login as the one joined.

export interface TeamUrlParts {
  login: string;
  hasPassword: boolean;
  /** postgres://login@host:port/database: safe to store and show. */
  safe: string;
}

/** Parses a team URL; throws a one-line Error (never quoting the password) when it is not one. */
export function parseTeamUrl(url: string): TeamUrlParts {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new Error('That is not a team URL: expected postgres://login:password@host:port/database');
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') throw new Error('A team URL starts with postgres://');
  const login = decodeURIComponent(u.username);
  if (!login) throw new Error('The team URL has no login: expected postgres://login:password@host:port/database');
  const hasPassword = u.password !== '' || u.searchParams.has('password');
  u.password = '';
  u.searchParams.delete('password');
  u.protocol = 'postgres:';
  return { login, hasPassword, safe: u.toString() };
}

/** The URL without its password (anything that does not parse becomes a placeholder, never itself). */
export function withoutPassword(url: string): string {
  try {
    return parseTeamUrl(url).safe;
  } catch {
    return '(not a team URL)';
  }
}

/** Same server, database and login: the password may differ (it may have been changed). */
export function sameTeam(a: string, b: string): boolean {
  return withoutPassword(a) === withoutPassword(b);
}
