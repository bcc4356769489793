// A screen that threw, or a URL no screen answers: say so and offer the way back.
import { Anchor, Container, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorView } from '../components/ErrorView';
import { EmptyState } from '../components/States';

export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation('frame');
  return (
    <Container p="xl">
      <Title order={1} size="h2" mb="md">{t('appName')}</Title>
      {isRouteErrorResponse(error) && error.status === 404 ? (
        <EmptyState title={t('routeError.noScreenTitle')}>{t('routeError.noScreenBody')}</EmptyState>
      ) : (
        <ErrorView error={error} />
      )}
      <Anchor component={Link} to="/" mt="md" display="block">{t('routeError.backToBench')}</Anchor>
    </Container>
  );
}
