// What handler factories receive: the public Bench plus the raw handle for synchronous bulk work.
import type { BenchFile } from '../../shared/bench/schema';
import type { RawDb } from '../connection';
import type { Bench } from './bench-service';
import type { SearchIndexes } from './search-indexes';

export interface ServiceContext {
  bench: Bench;
  raw: RawDb;
  /** The snapshot if this bench version's is already read, so a handler needing less can read less otherwise. */
  cachedSnapshot(): BenchFile | undefined;
  /** The persisted and warm search indexes of the current version, shared by the handlers that search. */
  searchIndexes: SearchIndexes;
}
