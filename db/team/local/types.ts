// The local side's public shapes, shared with db/team/sync.ts and the server client.
import type { LocalErasure } from './erase';
import type { LocalMerge } from './merge';
import type { Entity, Fields, Json, SyncEntity } from '../../../shared/team/fields';

export type { Entity, Fields, Json } from '../../../shared/team/fields';
export type { LocalErasure } from './erase';
export type { LocalMerge } from './merge';

/** One field of one record set to a value at an HLC stamp. */
export interface Change {
  changeId: string;
  entity: SyncEntity;
  recordId: string;
  field: string;
  value: Json;
  hlc: string;
  /**
   * The field's stamp this laptop held when the edit was made (null: none). A change whose base is not
   * the stamp a receiver holds overwrote a value its author never saw: a conflict, recorded on every laptop.
   */
  base?: string | null;
}

/** A change as the server hands it out (pull): who made it and its place in the server's order. */
export interface RemoteChange extends Change {
  author?: string | null;
  seq?: number;
  /** False: the server kept it as a loser (a later edit already held the field); never applied, only recorded as a conflict. */
  won?: boolean;
}

/** A whole record in field form. */
export interface FieldRecord {
  entity: Entity;
  recordId: string;
  fields: Fields;
}

/** A record of the team bench as a join pulls it: each field's stamp beside its value. */
export interface TeamRecord extends FieldRecord {
  hlcs: Record<string, string>;
}

export interface Unapplied {
  entity: Entity;
  recordId: string;
  reason: string;
}

export interface ApplyResult {
  /** Fields written. */
  applied: number;
  /** Remote fields not taken: a waiting local change or the value held is later. */
  kept: number;
  /** Conflicts recorded (a local edit overwritten, or kept over a remote one). */
  conflicts: number;
  /** Records the fields received do not (yet) make valid; kept and retried at the next apply. */
  unapplied: Unapplied[];
  /** People the team erased (tombstones received): deleted here, with the waiting changes dropped. */
  erased: LocalErasure[];
  /** Records the team merged into another (merges received): gone here, their waiting edits dropped. */
  merged: LocalMerge[];
}

export interface SyncState {
  node: string | null;
  /** The server URL without a password. */
  server: string | null;
  login: string | null;
  role: string | null;
  pulledSeq: number;
  lastSyncAt: string | null;
  /** The last HLC clock value "<ms>-<counter>". */
  clock: string;
  capture: boolean;
  /** The server (without a password) of a join begun and not finished yet (killed, or still running). */
  joining: string | null;
}

export interface Identity {
  login: string;
  /** Server URL; any password in it is dropped before storing. */
  server: string;
  role: string;
  /** Node id; a new one (login + random suffix) when omitted and none is stored. */
  node?: string;
}

export interface Conflict {
  entity: Entity;
  recordId: string;
  field: string;
  /** The value that lost. */
  lostValue: Json;
  lostHlc: string | null;
  lostAuthor: string | null;
  /** The value that won. */
  wonValue: Json;
  wonHlc: string;
  wonAuthor: string | null;
  at: string;
}

export interface Refusal {
  changeId: string;
  reason: string;
}

export interface RefusedRecord {
  entity: Entity;
  recordId: string;
  field: string;
  value: Json;
  reason: string;
  at: string;
}

/** The server's fields for a record whose change was refused; null when the server never had it. */
export interface ServerRecord {
  entity: Entity;
  recordId: string;
  fields: Fields | null;
  hlcs?: Record<string, string>;
}
