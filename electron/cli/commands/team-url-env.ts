// The environment variable that carries the team URL (with the password) for `sync`, `team join` and
// `serve`: the command line never stores the password, so it is given each time this way.
export const TEAM_URL_ENV = 'BENCHMATCH_TEAM_URL';
