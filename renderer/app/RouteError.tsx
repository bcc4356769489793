// A screen that threw, or a URL no screen answers: say so and offer the way back.
import { Anchor, Container, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorView } from '../components/ErrorView';
import { EmptyState } from '../components/States';

export function RouteError() {
  const error = useRouteError();
  return (
    <Container p="xl">
      <Title order={1} size="h2" mb="md">BenchMatch</Title>
      {isRouteErrorResponse(error) && error.status === 404 ? (
        <EmptyState title="No screen here">This address names no screen.</EmptyState>
      ) : (
        <ErrorView error={error} />
      )}
      <Anchor component={Link} to="/" mt="md" display="block">Back to the bench</Anchor>
    </Container>
  );
}
