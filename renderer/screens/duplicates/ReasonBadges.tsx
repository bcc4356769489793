// Why two records look like one person, in the reader's language, from the detector's reasons as data.
import { Badge, Group } from '@mantine/core';
import { renderText } from '../../../shared/api/errors';
import { reasonText, type DuplicateReason } from '../../../shared/duplicates/reasons';
import { useLanguage } from '../../i18n/useLanguage';

export function useReasonWords(): (r: DuplicateReason) => string {
  const lng = useLanguage();
  return (r) => renderText(reasonText(r), lng);
}

export function ReasonBadges({ why }: { why: readonly DuplicateReason[] }) {
  const words = useReasonWords();
  return (
    <Group gap={4}>
      {why.map((r, i) => <Badge key={i} variant="light" color={r.code === 'name' || r.code === 'same_city' || r.code === 'skills_shared' || r.code === 'similar_years' ? 'gray' : 'blue'} tt="none">{words(r)}</Badge>)}
    </Group>
  );
}
