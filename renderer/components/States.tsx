// The loading and empty states every screen uses, so they look and read the same everywhere.
import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function LoadingView({ label }: { label?: string }) {
  const { t } = useTranslation('common');
  return (
    <Center p="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="sm" aria-hidden />
        <Text size="sm" c="dimmed">{label ?? t('loading')}</Text>
      </Stack>
    </Center>
  );
}

export function EmptyState({ title, children, icon }: { title: string; children?: ReactNode; icon?: ReactNode }) {
  return (
    <Center p="xl">
      <Stack align="center" gap="xs" maw={460} ta="center">
        {icon}
        <Title order={3} size="h4">{title}</Title>
        {children ? <Text size="sm" c="dimmed">{children}</Text> : null}
      </Stack>
    </Center>
  );
}
