// The command registry: ONE line per command module, each exporting `command: CliCommand`
// (see ../context.ts). Help lists commands alphabetically, so the order here does not matter.
// To add one: `export { command as match } from './match';`
export { command as backup } from './backup';
export { command as exportFile } from './export';
export { command as importFile } from './import';
export { command as seed } from './seed';
export { command as stats } from './stats';
export { command as shortlistExport } from './shortlist-export';
export { command as serve } from './serve';
export { command as match } from './match';
export { command as search } from './search';
export { command as roleDraft } from './role-draft';
export { command as privacy } from './privacy';
export { command as erase } from './erase';
export { command as person } from './person';
export { command as restore } from './restore';
export { command as duplicates } from './duplicates';
export { command as sync } from './sync';
export { command as teamJoin } from './team-join';
export { command as teamStatus } from './team-status';
export { command as teamLeave } from './team-leave';
export { command as teamServer } from './team-server';
export { command as teamInit } from './team-init';
export { command as teamUserAdd } from './team-user-add';
export { command as teamLog } from './team-log';
export { command as cv } from './cv';
export { command as merge } from './merge';
