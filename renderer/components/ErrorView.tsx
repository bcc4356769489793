// Shows an error as the API types it: what went wrong, every problem by place, and what to do.
// Text only: data never becomes HTML (React escapes every string rendered here).
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError, sayProblem, type ApiErrorCode } from '../../shared/api/errors';
import { useLanguage } from '../i18n/useLanguage';

// A declared key per code (docs/i18n.md: no computed keys), so the catalog test sees every title used.
const TITLES = {
  invalid_input: 'common:errorTitle.invalid_input',
  not_found: 'common:errorTitle.not_found',
  conflict: 'common:errorTitle.conflict',
  refused: 'common:errorTitle.refused',
  unavailable: 'common:errorTitle.unavailable',
  internal: 'common:errorTitle.internal',
} as const satisfies Record<ApiErrorCode, string>;

export function ErrorView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const e = ApiError.of(error);
  const { t } = useTranslation(['common']);
  const lng = useLanguage();
  const said = e.say(lng);
  return (
    <Alert color="red" variant="light" title={t(TITLES[e.code])} icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="error-view">
      <Text size="sm">{said.message}</Text>
      {e.problems?.length ? (
        <List size="sm" mt="xs" aria-label={t('problems')}>
          {e.problems.map((p, i) => {
            const s = sayProblem(p, lng);
            return (
              <List.Item key={i}>
                <Text span ff="monospace" size="sm">{s.where}</Text>: {s.message}
              </List.Item>
            );
          })}
        </List>
      ) : null}
      {said.hint ? <Text size="sm" mt="xs" c="dimmed">{said.hint}</Text> : null}
      {onRetry ? (
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={onRetry}>{t('tryAgain')}</Button>
        </Group>
      ) : null}
    </Alert>
  );
}
