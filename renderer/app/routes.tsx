// Every screen of the app, ONE entry each: its URL, its place in the navigation, its component.
// Engineers building a screen replace its `element` (and add child paths such as 'roles/:id') here.
import { IconAdjustments, IconChecklist, IconFileImport, IconListCheck, IconTargetArrow, IconUsers, IconBriefcase } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { BenchScreen } from '../screens/bench/BenchScreen';
import { EngineerScreen } from '../screens/engineer/EngineerScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { VettingQueueScreen } from '../screens/vetting/VettingQueueScreen';
import { ClientsScreen } from '../screens/clients/ClientsScreen';
import { RoleEditorScreen } from '../screens/role-editor/RoleEditorScreen';
import { MatchScreen } from '../screens/match/MatchScreen';
import { ShortlistsScreen } from '../screens/shortlists/ShortlistsScreen';
import { ImportExportScreen } from '../screens/import-export/ImportExportScreen';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
}

/** The navigation, in order; Alt+1..7 jump to them. */
export const NAV: NavItem[] = [
  { path: '/', label: 'Bench', icon: <IconUsers size={18} aria-hidden /> },
  { path: '/roles', label: 'Clients & roles', icon: <IconBriefcase size={18} aria-hidden /> },
  { path: '/match', label: 'Match', icon: <IconTargetArrow size={18} aria-hidden /> },
  { path: '/shortlists', label: 'Shortlists', icon: <IconListCheck size={18} aria-hidden /> },
  { path: '/vetting', label: 'Vetting queue', icon: <IconChecklist size={18} aria-hidden /> },
  { path: '/import-export', label: 'Import / export', icon: <IconFileImport size={18} aria-hidden /> },
  { path: '/settings', label: 'Settings', icon: <IconAdjustments size={18} aria-hidden /> },
];

/** Child routes of the app frame (paths relative to /). */
export const SCREENS: RouteObject[] = [
  { index: true, element: <BenchScreen /> },
  { path: 'engineers/:id', element: <EngineerScreen /> },
  { path: 'roles', element: <ClientsScreen /> },
  { path: 'roles/:id', element: <RoleEditorScreen /> },
  { path: 'match', element: <MatchScreen /> },
  { path: 'match/:roleId', element: <MatchScreen /> },
  { path: 'shortlists', element: <ShortlistsScreen /> },
  { path: 'shortlists/:roleId', element: <ShortlistsScreen /> },
  { path: 'vetting', element: <VettingQueueScreen /> },
  { path: 'import-export', element: <ImportExportScreen /> },
  { path: 'settings', element: <SettingsScreen /> },
];
