// An honest placeholder for a screen another change will build: the route exists (so navigation and
// bookmarks work), the screen says plainly that it is not here yet.
import { Title } from '@mantine/core';
import { IconHourglassEmpty } from '@tabler/icons-react';
import { EmptyState } from '../components/States';

export function ComingSoon({ title, what }: { title: string; what: string }) {
  return (
    <>
      <Title order={1} size="h2" mb="md">{title}</Title>
      <EmptyState title="Coming in a later version" icon={<IconHourglassEmpty size={32} aria-hidden />}>
        {what}
      </EmptyState>
    </>
  );
}
