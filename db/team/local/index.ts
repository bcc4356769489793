// The local (SQLite) half of the team bench: capture, outbox, apply, join, refusals, conflicts.
// db/team/sync.ts joins it with the server client; docs/team-design.md is the contract.
export type * from './types';
export { getState, setState, startCapture, stopCapture, withoutPassword, type StatePatch } from './state';
export { flushOutbox, pendingChanges, pendingCount, acknowledge } from './outbox';
export { applyRemote } from './apply';
export { localSnapshot, applySnapshot, type JoinResult } from './join';
export { undoRefused, refusedChanges } from './refused';
export { conflictsFor, conflictCount, recordConflict } from './conflicts';
export { readRecord, readAllRecords } from './records';
