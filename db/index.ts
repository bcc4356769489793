// The package's library export: the same Bench service the app and the command line use.
export { openBench, toApiError, type Bench, type OpenBenchOptions } from './service/bench-service';
export { restoreBench, type RestoreResult } from './restore';
export { defaultDbPath, resolveDbPath, userDataDir } from './paths';
export { readBench, readEngineers } from './repos/bench-reader';
export type { Database } from './database';
export type { BenchFile, Engineer, Client, Role, Shortlist, Assessment } from '../shared/bench/schema';
export type { ImportReport, BenchStats } from '../shared/api/bench';
export { ApiError, type Problem } from '../shared/api/errors';
