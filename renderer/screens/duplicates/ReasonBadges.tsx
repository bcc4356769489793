// Why two records look like one person, in the reader's language, from the detector's reasons as data.
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateReason, NameHow } from '../../../shared/duplicates/reasons';

const NAME_HOW = {
  'same name': 'duplicates:reason.name.same',
  'same name without accents': 'duplicates:reason.name.noAccents',
  'a second name or surname missing': 'duplicates:reason.name.partMissing',
  'an initial': 'duplicates:reason.name.initial',
  'a typo': 'duplicates:reason.name.typo',
  'names partly alike': 'duplicates:reason.name.partly',
} as const satisfies Record<NameHow, string>;

export function useReasonWords(): (r: DuplicateReason) => string {
  const { t } = useTranslation(['duplicates']);
  return (r) => {
    switch (r.code) {
      case 'same_email': return t('duplicates:reason.sameEmail');
      case 'same_linkedin': return t('duplicates:reason.sameLinkedin');
      case 'same_github': return t('duplicates:reason.sameGithub');
      case 'name': return t(NAME_HOW[r.how]);
      case 'same_city': return t('duplicates:reason.sameCity', { city: r.city });
      case 'skills_shared': return t('duplicates:reason.skillsShared', { percent: r.percent });
      case 'similar_years': return t('duplicates:reason.similarYears');
    }
  };
}

export function ReasonBadges({ why }: { why: readonly DuplicateReason[] }) {
  const words = useReasonWords();
  return (
    <Group gap={4}>
      {why.map((r, i) => <Badge key={i} variant="light" color={r.code === 'name' || r.code === 'same_city' || r.code === 'skills_shared' || r.code === 'similar_years' ? 'gray' : 'blue'} tt="none">{words(r)}</Badge>)}
    </Group>
  );
}
