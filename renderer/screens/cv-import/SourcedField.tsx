// One value of a CV draft in the review form: the input, and under it the line of the CV it came from
// with the reader's confidence (a colour the eye can scan: green sure, yellow check, red a guess).
import { Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sourced } from '../../../shared/cv/draft';

export function confidenceColor(c: number): string {
  return c >= 0.85 ? 'green' : c >= 0.65 ? 'yellow' : 'red';
}

export function SourcedField({ sourced, children, testId }: { sourced: Sourced<unknown> | undefined; children: ReactNode; testId: string }) {
  const { t } = useTranslation('cv');
  return (
    <div data-testid={testId}>
      {children}
      <Group gap={6} mt={4} wrap="nowrap" align="flex-start">
        {sourced ? (
          <>
            <Badge size="xs" variant="light" color={confidenceColor(sourced.confidence)} style={{ flexShrink: 0 }}>
              {t('review.confidence', { value: sourced.confidence })}
            </Badge>
            <Text size="xs" c="dimmed" lineClamp={2}>{t('review.source', { text: sourced.source })}</Text>
          </>
        ) : (
          <Text size="xs" c="dimmed">{t('review.notFound')}</Text>
        )}
      </Group>
    </div>
  );
}
