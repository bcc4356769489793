// The frame around every screen: header, navigation, a progress line for long work, and the outlet.
import { ActionIcon, AppShell, Burger, Group, NavLink, Progress, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useHotkeys, useLocalStorage } from '@mantine/hooks';
import { IconLayoutSidebarLeftCollapse, IconLayoutSidebarLeftExpand } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import type { ProgressEvent } from '../../shared/api/bridge';
import { renderText } from '../../shared/api/errors';
import { useLanguage } from '../i18n/useLanguage';
import { onProgress } from '../api/client';
import { TeamIndicator } from '../team/TeamIndicator';
import { NAV } from './routes';

export function AppFrame() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const location = useLocation();
  const progress = useProgress();
  // An array: the nav's declared keys carry their namespace (frame:nav.*), which typed t accepts only this way.
  const { t } = useTranslation(['frame']);
  const lng = useLanguage();
  // On a small window the sidebar folds to its icons (each keeps its name as a tooltip and for screen
  // readers); the choice is remembered on this computer.
  const [narrow, setNarrow] = useLocalStorage({ key: 'benchmatch.sidebar.collapsed', defaultValue: false, getInitialValueInEffect: false });

  // Alt+N works while typing in a field too (no tags ignored): people jump screens mid-search.
  useHotkeys(NAV.map((item, i) => [`alt+${i + 1}`, () => navigate(item.path)] as [string, () => void]), [], true);
  useEffect(close, [location.pathname, close]);
  useEffect(() => window.benchmatch?.onShellEvent((e) => navigate(e.path)), [navigate]);

  return (
    // 240 px: the longest Spanish and Portuguese screen names ("Preselecciones", "Compatibilidade") fit beside Alt+N.
    <AppShell header={{ height: 52 }} navbar={{ width: narrow ? 64 : 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="mantine-visible-from-xs" style={{ position: 'absolute', left: -9999 }} onFocus={(e) => (e.currentTarget.style.left = '8px')} onBlur={(e) => (e.currentTarget.style.left = '-9999px')}>
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('toggleNavigation')} />
            <ActionIcon variant="subtle" color="gray" visibleFrom="sm" onClick={() => setNarrow((n) => !n)} aria-label={narrow ? t('expandNav') : t('collapseNav')} aria-expanded={!narrow} data-testid="toggle-sidebar">
              {narrow ? <IconLayoutSidebarLeftExpand size={20} aria-hidden /> : <IconLayoutSidebarLeftCollapse size={20} aria-hidden />}
            </ActionIcon>
            <Title order={2} size="h4">{t('appName')}</Title>
          </Group>
          <Group gap="md" wrap="nowrap">
            {progress ? (
              <Group gap="xs" w={260} role="status" aria-live="polite">
                <Text size="xs" c="dimmed" truncate>{renderText(progress.label, lng)}</Text>
                <Progress value={progress.fraction * 100} w={120} aria-label={t('progress', { label: renderText(progress.label, lng), fraction: progress.fraction })} />
              </Group>
            ) : null}
            <TeamIndicator />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('screens')}>
        <nav>
          {NAV.map((item, i) => {
            const active = item.path === '/' ? location.pathname === '/' || location.pathname.startsWith('/engineers') : location.pathname.startsWith(item.path);
            const link = (
              <NavLink
                key={item.path}
                component={RouterNavLink}
                to={item.path}
                end={item.path === '/'}
                label={narrow ? <VisuallyHidden>{t(item.labelKey)}</VisuallyHidden> : t(item.labelKey)}
                leftSection={item.icon}
                rightSection={narrow ? null : <Text size="xs" aria-hidden>Alt+{i + 1}</Text>}
                active={active}
                data-testid={`nav-${i + 1}`}
              />
            );
            return narrow ? <Tooltip key={item.path} label={`${t(item.labelKey)} · Alt+${i + 1}`} position="right">{link}</Tooltip> : link;
          })}
        </nav>
        <VisuallyHidden>{t('hotkeyHelp')}</VisuallyHidden>
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** The latest progress report of long work, cleared shortly after it completes. */
function useProgress(): ProgressEvent | null {
  const [p, setP] = useState<ProgressEvent | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onProgress((e) => {
      setP(e);
      clearTimeout(timer);
      if (e.fraction >= 1) timer = setTimeout(() => setP(null), 800);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, []);
  return p;
}
