// Every catalog, imported statically so esbuild (CLI, Electron main, service) and Vite (renderer)
// bundle them: no file is read at run time, and a missing catalog fails the build, not a user.
// One namespace per area (docs/i18n.md); a new namespace is one import per language here plus its
// name in NAMESPACES (test/unit/i18n checks that both match the folders on disk).
import type { Language } from './languages';

import en_common from './locales/en/common.json';
import en_frame from './locales/en/frame.json';
import en_settings from './locales/en/settings.json';
import en_errors from './locales/en/errors.json';
import en_menu from './locales/en/menu.json';
import en_cli from './locales/en/cli.json';
import en_packet from './locales/en/packet.json';
import en_matching from './locales/en/matching.json';
import en_rubric from './locales/en/rubric.json';
import en_bench from './locales/en/bench.json';
import en_engineer from './locales/en/engineer.json';
import en_clients from './locales/en/clients.json';
import en_roles from './locales/en/roles.json';
import en_match from './locales/en/match.json';
import en_shortlists from './locales/en/shortlists.json';
import en_vetting from './locales/en/vetting.json';
import en_importExport from './locales/en/import-export.json';
import en_privacy from './locales/en/privacy.json';
import en_duplicates from './locales/en/duplicates.json';
import en_team from './locales/en/team.json';
import en_cv from './locales/en/cv.json';
import es_common from './locales/es-419/common.json';
import es_frame from './locales/es-419/frame.json';
import es_settings from './locales/es-419/settings.json';
import es_errors from './locales/es-419/errors.json';
import es_menu from './locales/es-419/menu.json';
import es_cli from './locales/es-419/cli.json';
import es_packet from './locales/es-419/packet.json';
import es_matching from './locales/es-419/matching.json';
import es_rubric from './locales/es-419/rubric.json';
import es_bench from './locales/es-419/bench.json';
import es_engineer from './locales/es-419/engineer.json';
import es_clients from './locales/es-419/clients.json';
import es_roles from './locales/es-419/roles.json';
import es_match from './locales/es-419/match.json';
import es_shortlists from './locales/es-419/shortlists.json';
import es_vetting from './locales/es-419/vetting.json';
import es_importExport from './locales/es-419/import-export.json';
import es_privacy from './locales/es-419/privacy.json';
import es_duplicates from './locales/es-419/duplicates.json';
import es_team from './locales/es-419/team.json';
import es_cv from './locales/es-419/cv.json';
import pt_common from './locales/pt-BR/common.json';
import pt_frame from './locales/pt-BR/frame.json';
import pt_settings from './locales/pt-BR/settings.json';
import pt_errors from './locales/pt-BR/errors.json';
import pt_menu from './locales/pt-BR/menu.json';
import pt_cli from './locales/pt-BR/cli.json';
import pt_packet from './locales/pt-BR/packet.json';
import pt_matching from './locales/pt-BR/matching.json';
import pt_rubric from './locales/pt-BR/rubric.json';
import pt_bench from './locales/pt-BR/bench.json';
import pt_engineer from './locales/pt-BR/engineer.json';
import pt_clients from './locales/pt-BR/clients.json';
import pt_roles from './locales/pt-BR/roles.json';
import pt_match from './locales/pt-BR/match.json';
import pt_shortlists from './locales/pt-BR/shortlists.json';
import pt_vetting from './locales/pt-BR/vetting.json';
import pt_importExport from './locales/pt-BR/import-export.json';
import pt_privacy from './locales/pt-BR/privacy.json';
import pt_duplicates from './locales/pt-BR/duplicates.json';
import pt_team from './locales/pt-BR/team.json';
import pt_cv from './locales/pt-BR/cv.json';

export const NAMESPACES = ['common', 'frame', 'settings', 'errors', 'menu', 'cli', 'packet', 'matching', 'rubric', 'bench', 'engineer', 'clients', 'roles', 'match', 'shortlists', 'vetting', 'import-export', 'privacy', 'team', 'duplicates', 'cv'] as const;
export type Namespace = (typeof NAMESPACES)[number];

const en = {
  common: en_common,
  frame: en_frame,
  settings: en_settings,
  errors: en_errors,
  menu: en_menu,
  cli: en_cli,
  packet: en_packet,
  matching: en_matching,
  rubric: en_rubric,
  bench: en_bench,
  engineer: en_engineer,
  clients: en_clients,
  roles: en_roles,
  match: en_match,
  shortlists: en_shortlists,
  vetting: en_vetting,
  'import-export': en_importExport,
  privacy: en_privacy,
  duplicates: en_duplicates,
  team: en_team,
  cv: en_cv,
};

const es419 = {
  common: es_common,
  frame: es_frame,
  settings: es_settings,
  errors: es_errors,
  menu: es_menu,
  cli: es_cli,
  packet: es_packet,
  matching: es_matching,
  rubric: es_rubric,
  bench: es_bench,
  engineer: es_engineer,
  clients: es_clients,
  roles: es_roles,
  match: es_match,
  shortlists: es_shortlists,
  vetting: es_vetting,
  'import-export': es_importExport,
  privacy: es_privacy,
  duplicates: es_duplicates,
  team: es_team,
  cv: es_cv,
};

const ptBR = {
  common: pt_common,
  frame: pt_frame,
  settings: pt_settings,
  errors: pt_errors,
  menu: pt_menu,
  cli: pt_cli,
  packet: pt_packet,
  matching: pt_matching,
  rubric: pt_rubric,
  bench: pt_bench,
  engineer: pt_engineer,
  clients: pt_clients,
  roles: pt_roles,
  match: pt_match,
  shortlists: pt_shortlists,
  vetting: pt_vetting,
  'import-export': pt_importExport,
  privacy: pt_privacy,
  duplicates: pt_duplicates,
  team: pt_team,
  cv: pt_cv,
};

/** The English catalogs: the source language, and the shape every other language must have (typed keys). */
export const enResources = en;

// The other languages are typed loosely on purpose: their missing or extra keys are the catalog
// test's to report, all at once, rather than tsc's one by one.
export const resources: Record<Language, Record<Namespace, Record<string, unknown>>> = {
  en,
  'es-419': es419,
  'pt-BR': ptBR,
};
