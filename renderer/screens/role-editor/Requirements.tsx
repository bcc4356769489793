// One requirement list of the role editor (must-haves or nice-to-haves): the typo-tolerant skill picker
// and, per skill, its minimum level and years (must-have) or its weight (nice-to-have).
import { ActionIcon, Badge, Group, NumberInput, Paper, Stack, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { resolveSkill, skillKey } from '../../../shared/taxonomy';
import { SkillPicker } from '../../components/SkillPicker';
import type { ReqForm } from './form';

export function Requirements({ kind, list, onChange, errors, otherList }: {
  kind: 'mustHave' | 'niceToHave';
  list: ReqForm[];
  onChange: (list: ReqForm[]) => void;
  errors: Record<string, string>;
  /** The other list, so a skill is not both required and nice to have. */
  otherList: ReqForm[];
}) {
  const { t } = useTranslation(['roles']);
  const must = kind === 'mustHave';
  const label = must ? t('section.mustHave') : t('section.niceToHave');
  const taken = [...list, ...otherList].map((q) => resolveSkill(q.skill).name);
  const add = (name: string) => {
    if ([...list, ...otherList].some((q) => skillKey(q.skill) === skillKey(name))) return;
    onChange([...list, { skill: name, minLevel: must ? 3 : '', minYears: '', weight: must ? '' : 1 }]);
  };
  const set = (i: number, patch: Partial<ReqForm>) => onChange(list.map((q, k) => (k === i ? { ...q, ...patch } : q)));
  const err = (i: number, f: string) => errors[`${kind}.${i}.${f}`];

  return (
    <Paper withBorder p="sm" data-testid={`${kind}-section`}>
      <Stack gap="xs">
        <SkillPicker label={must ? t('req.addMustHave') : t('req.addNiceToHave')} onPick={add} taken={taken} testId={`${kind}-picker`} />
        {errors[kind] ? <Text c="red" size="sm" role="alert">{errors[kind]}</Text> : null}
        {list.length === 0 ? <Text size="sm" c="dimmed">{must ? t('req.noMustHave') : t('req.noNiceToHave')}</Text> : (
          <Table withRowBorders={false} aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('req.skill')}</Table.Th>
                {must ? <><Table.Th w={120}>{t('req.minLevel')}</Table.Th><Table.Th w={120}>{t('req.minYears')}</Table.Th></> : <Table.Th w={140}>{t('req.weight')}</Table.Th>}
                <Table.Th w={40}><span style={{ position: 'absolute', left: -9999 }}>{t('req.remove')}</span></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((q, i) => {
                const r = resolveSkill(q.skill);
                return (
                  <Table.Tr key={`${q.skill}-${i}`} data-testid={`${kind}-row`}>
                    <Table.Td>
                      <Group gap={6}>
                        <Text size="sm" fw={500}>{r.name}</Text>
                        {!r.known ? <Badge size="xs" variant="outline" color="gray">{t('req.custom')}</Badge> : null}
                      </Group>
                      {err(i, 'skill') ? <Text c="red" size="xs" role="alert">{err(i, 'skill')}</Text> : null}
                    </Table.Td>
                    {must ? (
                      <>
                        <Table.Td><NumberInput size="xs" aria-label={t('req.minLevelFor', { skill: r.name })} min={1} max={5} allowDecimal={false} value={q.minLevel} onChange={(v) => set(i, { minLevel: v === '' ? '' : Number(v) })} error={err(i, 'minLevel')} /></Table.Td>
                        <Table.Td><NumberInput size="xs" aria-label={t('req.minYearsFor', { skill: r.name })} min={0} max={60} value={q.minYears} onChange={(v) => set(i, { minYears: v === '' ? '' : Number(v) })} error={err(i, 'minYears')} /></Table.Td>
                      </>
                    ) : (
                      <Table.Td><NumberInput size="xs" aria-label={t('req.weightFor', { skill: r.name })} min={1} max={3} allowDecimal={false} value={q.weight} onChange={(v) => set(i, { weight: v === '' ? '' : Number(v) })} error={err(i, 'weight')} /></Table.Td>
                    )}
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red" aria-label={t('req.removeSkill', { skill: r.name })} onClick={() => onChange(list.filter((_, k) => k !== i))}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
