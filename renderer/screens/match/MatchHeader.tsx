// The Match screen's head: the role and its client window, the as-of date, and the links to the role
// editor and the shortlist. Memoized: a what-if or a new answer does not change it, so it does not
// re-render with them.
import { Button, Group, Text, TextInput, Title } from '@mantine/core';
import { IconListCheck, IconPencil } from '@tabler/icons-react';
import { memo } from 'react';
import { Link } from 'react-router';

export const MatchHeader = memo(function MatchHeader({ roleId, title, clientName, clientWindow, evaluated, preset, asOf, onAsOf, shortlisted }: {
  roleId: string;
  title: string;
  clientName: string;
  clientWindow: string;
  evaluated: number;
  preset: string;
  asOf: string;
  onAsOf: (date: string) => void;
  shortlisted: number;
}) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={2} size="h3" data-testid="match-role-title">{title}</Title>
        <Text size="sm" c="dimmed">
          {clientName} · client window {clientWindow} · {evaluated} engineers checked · preset {preset}
        </Text>
      </div>
      <Group gap="xs" align="flex-end">
        <TextInput label="As of" type="date" value={asOf} onChange={(e) => onAsOf(e.currentTarget.value)} w={170} data-testid="match-asof"
          description="Overlap changes with DST; availability with the start date" />
        <Button component={Link} to={`/roles/${encodeURIComponent(roleId)}`} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>Edit role</Button>
        <Button component={Link} to={`/shortlists/${encodeURIComponent(roleId)}`} variant="light" leftSection={<IconListCheck size={16} aria-hidden />}>
          Shortlist ({shortlisted})
        </Button>
      </Group>
    </Group>
  );
});
