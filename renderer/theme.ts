// One Mantine theme for both color schemes; the scheme itself follows the OS (defaultColorScheme
// "auto" in main.tsx). Focus rings show for keyboard users on every control ("auto" = :focus-visible).
import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
  fontFamilyMonospace: 'ui-monospace, "DejaVu Sans Mono", monospace',
  // Filled buttons carry white text: shade 7/8 keeps it at WCAG AA contrast in both schemes (axe checks).
  primaryShade: { light: 7, dark: 8 },
});
