// Every screen of the app, ONE entry each: its URL, its place in the navigation, its component.
// Engineers building a screen replace its entry (and add child paths such as 'roles/:id') here.
//
// Loading: the Bench (the first screen) is in the first chunk; every other screen is its own chunk,
// fetched on its first visit, so the start of the app does not parse charts, drag-and-drop, date
// pickers and the editors it does not show. A screen's entry is one line of this pattern:
//   { path: 'match', lazy: screen(() => import('../screens/match/MatchScreen'), (m) => m.MatchScreen) },
// (a static `import { X } from '../screens/...'` at the top would pull the screen back into the first chunk).
import { IconAdjustments, IconChecklist, IconCopy, IconFileImport, IconListCheck, IconShieldLock, IconTargetArrow, IconUsers, IconBriefcase } from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { SCREEN_LINKS, type NavLabelKey } from '../../shared/i18n/screens';
import { BenchScreen } from '../screens/bench/BenchScreen';

/** A route's `lazy`: the screen's module is imported on first visit and `pick` names its component. */
function screen<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): NonNullable<RouteObject['lazy']> {
  return async () => ({ Component: pick(await load()) });
}

export interface NavItem {
  path: string;
  /** The label's key: the native View menu (electron/menu.ts) names the screens from the same list. */
  labelKey: NavLabelKey;
  icon: ReactNode;
}

const ICONS: Record<(typeof SCREEN_LINKS)[number]['path'], ReactNode> = {
  '/': <IconUsers size={18} aria-hidden />,
  '/roles': <IconBriefcase size={18} aria-hidden />,
  '/match': <IconTargetArrow size={18} aria-hidden />,
  '/shortlists': <IconListCheck size={18} aria-hidden />,
  '/vetting': <IconChecklist size={18} aria-hidden />,
  '/import-export': <IconFileImport size={18} aria-hidden />,
  '/settings': <IconAdjustments size={18} aria-hidden />,
  '/privacy': <IconShieldLock size={18} aria-hidden />,
  '/duplicates': <IconCopy size={18} aria-hidden />,
};

/** The navigation, in order (shared/i18n/screens.ts); Alt+1..9 jump to them. */
export const NAV: NavItem[] = SCREEN_LINKS.map((link) => ({ ...link, icon: ICONS[link.path] }));

/** Child routes of the app frame (paths relative to /). */
export const SCREENS: RouteObject[] = [
  { index: true, element: <BenchScreen /> },
  { path: 'engineers/:id', lazy: screen(() => import('../screens/engineer/EngineerScreen'), (m) => m.EngineerScreen) },
  { path: 'roles', lazy: screen(() => import('../screens/clients/ClientsScreen'), (m) => m.ClientsScreen) },
  { path: 'roles/:id', lazy: screen(() => import('../screens/role-editor/RoleEditorScreen'), (m) => m.RoleEditorScreen) },
  { path: 'match', lazy: screen(() => import('../screens/match/MatchScreen'), (m) => m.MatchScreen) },
  { path: 'match/:roleId', lazy: screen(() => import('../screens/match/MatchScreen'), (m) => m.MatchScreen) },
  { path: 'shortlists', lazy: screen(() => import('../screens/shortlists/ShortlistsScreen'), (m) => m.ShortlistsScreen) },
  { path: 'shortlists/:roleId', lazy: screen(() => import('../screens/shortlists/ShortlistsScreen'), (m) => m.ShortlistsScreen) },
  { path: 'vetting', lazy: screen(() => import('../screens/vetting/VettingQueueScreen'), (m) => m.VettingQueueScreen) },
  { path: 'import-export', lazy: screen(() => import('../screens/import-export/ImportExportScreen'), (m) => m.ImportExportScreen) },
  { path: 'privacy', lazy: screen(() => import('../screens/privacy/PrivacyScreen'), (m) => m.PrivacyScreen) },
  { path: 'duplicates', lazy: screen(() => import('../screens/duplicates/DuplicatesScreen'), (m) => m.DuplicatesScreen) },
  { path: 'duplicates/merge', lazy: screen(() => import('../screens/duplicates/MergeScreen'), (m) => m.MergeScreen) },
  { path: 'settings', lazy: screen(() => import('../screens/settings/SettingsScreen'), (m) => m.SettingsScreen) },
];
