// One engineer: profile, effective skills (verified ones marked), overlap band, availability, rates,
// assessments in order, tags; "Edit" opens the validated profile form.
import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowLeft, IconCircleCheck, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DEFAULT_WORKING_HOURS, type Engineer } from '../../../shared/bench/schema';
import { effectiveEnglish } from '../../../shared/matching/effective';
import { api } from '../../api/client';
import { VettingPanel } from '../../components/assessment/VettingPanel';
import { ErrorView } from '../../components/ErrorView';
import { EmptyState, LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { EditEngineer } from './EditEngineer';
import { OverlapPanel } from './OverlapPanel';
import { PrivacyPanel } from './PrivacyPanel';
import { skillViews } from './skills';
import { AddToShortlist } from '../shortlists/AddToShortlist';
import { useCan } from '../../team/can';
import { SENIORITY_WORD, VETTING_STATUS_WORD } from '../../../shared/vetting/rubric';
import { AVAILABILITY_LABEL } from '../../components/labels';
import { useFormat } from '../../i18n/useFormat';

export function EngineerScreen() {
  const { t } = useTranslation(['engineer']);
  const { id = '' } = useParams();
  const q = useApiQuery(() => api.getEngineer({ id }), [id]);
  const [editing, setEditing] = useState(false);
  const mayEdit = useCan('engineer', 'change');
  useHotkeys([['e', () => q.data && mayEdit && setEditing(true)]]);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/" size="sm"><Group gap={4}><IconArrowLeft size={14} aria-hidden />{t('back')}</Group></Anchor>
      {q.loading && !q.data ? <LoadingView label={t('loading')} /> : null}
      {q.error ? <ErrorView error={q.error} onRetry={q.reload} /> : null}
      {q.data ? <Profile engineer={q.data} onEdit={() => setEditing(true)} onErased={q.reload} /> : null}
      {q.data && editing ? <EditEngineer engineer={q.data} onClose={() => setEditing(false)} /> : null}
    </Stack>
  );
}

function Profile({ engineer: e, onEdit, onErased }: { engineer: Engineer; onEdit: () => void; onErased: () => void }) {
  // Team roles that may not change engineers or shortlists do not see those buttons (the server refuses anyway).
  const mayEdit = useCan('engineer', 'change');
  const mayShortlist = useCan('shortlist_entry', 'create');
  const { t } = useTranslation(['engineer', 'bench', 'rubric']);
  const f = useFormat();
  const skills = skillViews(e);
  const english = effectiveEnglish(e);
  const unknown = t('facts.unknown');
  const rate = (amount: number | undefined) => (amount === undefined ? unknown : t('bench:ratePerHour', { amount, currency: e.rate?.currency ?? 'USD' }));
  let availability = unknown;
  if (e.availability) {
    availability = t(AVAILABILITY_LABEL[e.availability.status]);
    if (e.availability.from) availability = t('facts.availableFrom', { status: availability, from: e.availability.from });
    if (e.availability.hoursPerWeek !== undefined) availability = t('facts.hoursPerWeek', { availability, hours: e.availability.hoursPerWeek });
  }
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2" data-testid="engineer-name">{e.name}</Title>
          <Text c="dimmed">
            {[e.primaryRole, t(SENIORITY_WORD[e.seniority]), [e.city, f.region(e.country)].filter(Boolean).join(', '), e.timeZone].filter(Boolean).join(' · ')}
          </Text>
          <Group gap="xs" mt={6}>
            {e.vettingStatus ? <Badge variant="light" color={e.vettingStatus === 'vetted' ? 'teal' : 'gray'}>{t(VETTING_STATUS_WORD[e.vettingStatus])}</Badge> : null}
            {e.archived ? <Badge color="red" variant="light">{t('archived')}</Badge> : null}
            {(e.tags ?? []).map((tag) => <Badge key={tag} variant="outline" size="sm">{tag}</Badge>)}
          </Group>
        </div>
        <Group gap="xs" align="flex-start">{mayShortlist ? <AddToShortlist engineerId={e.id} /> : null}{mayEdit ? <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit} data-testid="edit-engineer">{t('edit')}</Button> : null}</Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder p="md" h="100%">
            <Title order={2} size="h4" mb="sm">{t('skills.title')}</Title>
            {skills.length === 0 ? <EmptyState title={t('skills.none')} /> : (
              <Table striped withRowBorders={false} data-testid="skills-table">
                <Table.Thead>
                  <Table.Tr><Table.Th>{t('skills.skill')}</Table.Th><Table.Th>{t('skills.level')}</Table.Th><Table.Th>{t('skills.years')}</Table.Th><Table.Th>{t('skills.verified')}</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {skills.map((s) => (
                    <Table.Tr key={s.name}>
                      <Table.Td>{s.name}</Table.Td>
                      <Table.Td>{t('skills.levelOf5', { level: s.level })}{s.verifiedOn && s.profileLevel !== undefined && s.profileLevel !== s.level ? <Text span size="xs" c="dimmed"> {t('skills.claimed', { level: s.profileLevel })}</Text> : null}</Table.Td>
                      <Table.Td>{s.years ? f.number(s.years) : ''}</Table.Td>
                      <Table.Td>
                        {s.verifiedOn ? (
                          <Group gap={4} wrap="nowrap" data-testid="verified-skill">
                            <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" aria-label={t('skills.verifiedIcon')} />
                            <Text size="xs">{s.verifiedBy ? t('skills.verifiedOnBy', { date: s.verifiedOn, assessor: s.verifiedBy }) : f.date(s.verifiedOn)}</Text>
                          </Group>
                        ) : <Text size="xs" c="dimmed">{t('skills.fromProfile')}</Text>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <OverlapPanel engineer={e} />
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">{t('facts.title')}</Title>
              <Table withRowBorders={false} data-testid="facts">
                <Table.Tbody>
                  <Fact k={t('facts.availability')} v={availability} />
                  <Fact k={t('facts.workingHours')} v={e.workingHours ? t('facts.hoursRange', { start: e.workingHours.start, end: e.workingHours.end, zone: e.timeZone }) : t('facts.hoursDefault', { start: DEFAULT_WORKING_HOURS.start, end: DEFAULT_WORKING_HOURS.end, zone: e.timeZone })} />
                  <Fact k={t('facts.english')} v={english.level ? (english.assessedOn ? t('facts.englishAssessed', { level: english.level, date: english.assessedOn }) : t('facts.englishProfile', { level: english.level })) : unknown} />
                  <Fact k={t('facts.billRate')} v={rate(e.rate?.billPerHour)} />
                  <Fact k={t('facts.costRate')} v={rate(e.rate?.costPerHour)} />
                  <Fact k={t('facts.experience')} v={e.yearsExperience !== undefined ? t('facts.years', { count: e.yearsExperience }) : unknown} />
                  {e.email ? <Fact k={t('facts.email')} v={e.email} /> : null}
                </Table.Tbody>
              </Table>
              {e.summary ? <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>{e.summary}</Text> : null}
            </Paper>
            <PrivacyPanel engineer={e} onErased={onErased} />
          </Stack>
        </Grid.Col>
      </Grid>
      {/* Vetting (issue 6): latest rubric vs bench median, red flags, the assessment form and history. */}
      <VettingPanel engineer={e} />
    </>
  );
}

function Fact({ k, v }: { k: string; v: string }) {
  return (
    <Table.Tr>
      <Table.Th w={140} fw={500}>{k}</Table.Th>
      <Table.Td>{v}</Table.Td>
    </Table.Tr>
  );
}
