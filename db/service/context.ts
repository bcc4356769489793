// What handler factories receive: the public Bench plus the raw handle for synchronous bulk work.
import type { RawDb } from '../connection';
import type { Bench } from './bench-service';

export interface ServiceContext {
  bench: Bench;
  raw: RawDb;
}
