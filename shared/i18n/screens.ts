// The app's screens as the navigation and the native View menu both list them, in order (Alt+1..9 in
// the window, Ctrl/Cmd+1..9 in the menu): one list, so the two never disagree on names or order.
export const SCREEN_LINKS = [
  { path: '/', labelKey: 'frame:nav.bench' },
  { path: '/roles', labelKey: 'frame:nav.roles' },
  { path: '/match', labelKey: 'frame:nav.match' },
  { path: '/shortlists', labelKey: 'frame:nav.shortlists' },
  { path: '/vetting', labelKey: 'frame:nav.vetting' },
  { path: '/import-export', labelKey: 'frame:nav.importExport' },
  { path: '/settings', labelKey: 'frame:nav.settings' },
  { path: '/privacy', labelKey: 'frame:nav.privacy' },
  { path: '/duplicates', labelKey: 'frame:nav.duplicates' },
] as const;

export type NavLabelKey = (typeof SCREEN_LINKS)[number]['labelKey'];
