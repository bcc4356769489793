// The whole API, merged from one group per domain. Each group file declares its methods with `method()`;
// this file only joins them, so a new method is written in exactly one place.
import type { ClientFor, HandlersFor } from './define';
import { assessmentsApi } from './assessments';
import { benchApi } from './bench';
import { benchPageApi } from './bench-page';
import { engineersApi } from './engineers';
import { exportsApi } from './exports';
import { matchApi } from './match';
import { settingsApi } from './settings';
import { rolesApi } from './roles';
import { shortlistsApi } from './shortlists';
import { searchApi } from './search';
import { jdApi } from './jd';
import { privacyApi } from './privacy';
import { duplicatesApi } from './duplicates';
import { teamApi } from './team';
import { cvApi } from './cv';
import { firmApi } from './firm';

export const api = {
  ...benchApi,
  ...benchPageApi,
  ...engineersApi,
  ...exportsApi,
  ...matchApi,
  ...assessmentsApi,
  ...settingsApi,
  ...rolesApi,
  ...shortlistsApi,
  ...searchApi,
  ...jdApi,
  ...privacyApi,
  ...duplicatesApi,
  ...teamApi,
  ...cvApi,
  ...firmApi,
} as const;

export type Api = typeof api;
export type ApiMethod = keyof Api;
export type ApiHandlers = HandlersFor<Api>;
export type ApiClient = ClientFor<Api>;
