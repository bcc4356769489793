// One Mantine theme for both color schemes; the scheme itself follows the OS (defaultColorScheme
// "auto" in main.tsx). Focus rings show for keyboard users on every control ("auto" = :focus-visible).
import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
  fontFamilyMonospace: 'ui-monospace, "DejaVu Sans Mono", monospace',
  // Indigo 6 on white and the dark-scheme text meet WCAG AA contrast; axe checks this in the e2e run.
  primaryShade: { light: 7, dark: 4 },
});
