// The renderer's entry: theme (following the OS light/dark setting), router, API transport.
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
import { askBenchRowsEarly } from './screens/bench/early-rows';
import { theme } from './theme';

initTransport();
// The app opens on the Bench: its rows are on their way while React renders the frame (early-rows.ts).
if (location.pathname === '/') askBenchRowsEarly();

const router = createBrowserRouter([{ path: '/', element: <AppFrame />, errorElement: <RouteError />, children: SCREENS }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <RouterProvider router={router} />
    </MantineProvider>
  </StrictMode>,
);
