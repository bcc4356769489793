// The renderer's entry: theme (following the OS light/dark setting), language, router, API transport.
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { initTransport } from './api/client';
import { AppFrame } from './app/AppFrame';
import { RouteError } from './app/RouteError';
import { SCREENS } from './app/routes';
import { LoadingView } from './components/States';
import { LanguageProvider } from './i18n/LanguageProvider';
import { startLanguage } from './i18n/language';
import { askBenchRowsEarly } from './screens/bench/early-rows';
import { theme } from './theme';

initTransport();
// The app opens on the Bench: its rows are on their way while React renders the frame (early-rows.ts).
if (location.pathname === '/') askBenchRowsEarly();
// The saved language is one settings read away; rendering waits for it so nothing flashes in English.
await startLanguage();

// The fallback is what shows while the first screen's lazy chunk loads when the app is opened on that
// screen's URL; without one React Router renders nothing and warns on every such load.
const router = createBrowserRouter([{ path: '/', element: <AppFrame />, errorElement: <RouteError />, hydrateFallbackElement: <LoadingView />, children: SCREENS }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <LanguageProvider>
        <RouterProvider router={router} />
      </LanguageProvider>
    </MantineProvider>
  </StrictMode>,
);
