// Every API group's handlers, merged into the one object the service dispatches to.
// To add a group: write db/service/handlers/<group>.ts exporting `<group>Handlers(svc)` typed
// HandlersFor<typeof <group>Api>, and add ONE spread line below.
import type { ApiHandlers } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { assessmentsHandlers } from './assessments';
import { benchHandlers } from './bench';
import { benchPageHandlers } from './bench-page';
import { engineersHandlers } from './engineers';
import { exportsHandlers } from './exports';
import { matchHandlers } from './match';
import { settingsHandlers } from './settings';
import { rolesHandlers } from './roles';
import { shortlistsHandlers } from './shortlists';
import { searchHandlers } from './search';
import { jdHandlers } from './jd';
import { privacyHandlers } from './privacy';
import { duplicatesHandlers } from './duplicates';
import { teamHandlers } from './team';
import { cvHandlers } from './cv';
import { firmHandlers } from './firm';

export function createHandlers(svc: ServiceContext): ApiHandlers {
  return {
    ...benchHandlers(svc),
    ...benchPageHandlers(svc),
    ...engineersHandlers(svc),
    ...exportsHandlers(svc),
    ...matchHandlers(svc),
    ...assessmentsHandlers(svc),
    ...settingsHandlers(svc),
    ...rolesHandlers(svc),
    ...shortlistsHandlers(svc),
    ...searchHandlers(svc),
    ...jdHandlers(svc),
    ...privacyHandlers(svc),
    ...duplicatesHandlers(svc),
    ...teamHandlers(svc),
    ...cvHandlers(svc),
    ...firmHandlers(svc),
  };
}
