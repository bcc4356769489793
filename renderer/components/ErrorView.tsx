// Shows an error as the API types it: what went wrong, every problem by place, and what to do.
// Text only: data never becomes HTML (React escapes every string rendered here).
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ApiError, type ApiErrorCode } from '../../shared/api/errors';

const TITLES: Record<ApiErrorCode, string> = {
  invalid_input: 'Some values need fixing',
  not_found: 'Not found',
  conflict: 'Conflict',
  refused: 'Refused',
  unavailable: 'This cannot be done right now',
  internal: 'Something went wrong',
};

export function ErrorView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const e = ApiError.of(error);
  return (
    <Alert color="red" variant="light" title={TITLES[e.code] ?? 'Error'} icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="error-view">
      <Text size="sm">{e.message}</Text>
      {e.problems?.length ? (
        <List size="sm" mt="xs" aria-label="Problems">
          {e.problems.map((p, i) => (
            <List.Item key={i}>
              <Text span ff="monospace" size="sm">{p.where}</Text>: {p.message}
            </List.Item>
          ))}
        </List>
      ) : null}
      {e.hint ? <Text size="sm" mt="xs" c="dimmed">{e.hint}</Text> : null}
      {onRetry ? (
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={onRetry}>Try again</Button>
        </Group>
      ) : null}
    </Alert>
  );
}
