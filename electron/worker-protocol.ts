// Messages between Electron's main process and the service worker thread (electron/service-worker.ts).
import type { KeyedText } from '../shared/api/errors';
import type { ApiResult } from '../shared/api/errors';

export interface WorkerInit {
  dbPath: string;
  /** The app's own default file: seeded with the demo bench when new, and its data folder made owner-only. */
  seedDemoIfNew: boolean;
  nativeBinding?: string;
  /** The team URL the main process kept with safeStorage (it carries the password), when joined. */
  teamUrl?: string;
}

export type ToWorker =
  | { type: 'call'; id: number; method: string; input: unknown; actor: string }
  | { type: 'close' };

export type FromWorker =
  | { type: 'ready'; path: string }
  | { type: 'failed'; message: string }
  | { type: 'progress'; id: number; fraction: number; label: KeyedText }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'closed' }
  /** The person joined (url) or left (undefined): the main process keeps or forgets it with safeStorage. */
  | { type: 'team-credential'; url: string | undefined };
