// One engineer: profile, effective skills (verified ones marked), overlap band, availability, rates,
// assessments in order, tags; "Edit" opens the validated profile form.
import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowLeft, IconCircleCheck, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Engineer } from '../../../shared/bench/schema';
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

const money = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function EngineerScreen() {
  const { id = '' } = useParams();
  const q = useApiQuery(() => api.getEngineer({ id }), [id]);
  const [editing, setEditing] = useState(false);
  const mayEdit = useCan('engineer', 'change');
  useHotkeys([['e', () => q.data && mayEdit && setEditing(true)]]);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/" size="sm"><Group gap={4}><IconArrowLeft size={14} aria-hidden />Bench</Group></Anchor>
      {q.loading && !q.data ? <LoadingView label="Loading the profile…" /> : null}
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
  const skills = skillViews(e);
  const english = effectiveEnglish(e);
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2" data-testid="engineer-name">{e.name}</Title>
          <Text c="dimmed">
            {[e.primaryRole, e.seniority, [e.city, e.country].filter(Boolean).join(', '), e.timeZone].filter(Boolean).join(' · ')}
          </Text>
          <Group gap="xs" mt={6}>
            {e.vettingStatus ? <Badge variant="light" color={e.vettingStatus === 'vetted' ? 'teal' : 'gray'}>{e.vettingStatus}</Badge> : null}
            {e.archived ? <Badge color="red" variant="light">archived</Badge> : null}
            {(e.tags ?? []).map((t) => <Badge key={t} variant="outline" size="sm">{t}</Badge>)}
          </Group>
        </div>
        <Group gap="xs" align="flex-start">{mayShortlist ? <AddToShortlist engineerId={e.id} /> : null}{mayEdit ? <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit} data-testid="edit-engineer">Edit (E)</Button> : null}</Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder p="md" h="100%">
            <Title order={2} size="h4" mb="sm">Skills</Title>
            {skills.length === 0 ? <EmptyState title="No skills listed" /> : (
              <Table striped withRowBorders={false} data-testid="skills-table">
                <Table.Thead>
                  <Table.Tr><Table.Th>Skill</Table.Th><Table.Th>Level</Table.Th><Table.Th>Years</Table.Th><Table.Th>Verified</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {skills.map((s) => (
                    <Table.Tr key={s.name}>
                      <Table.Td>{s.name}</Table.Td>
                      <Table.Td>{s.level}/5{s.verifiedOn && s.profileLevel !== undefined && s.profileLevel !== s.level ? <Text span size="xs" c="dimmed"> (claimed {s.profileLevel})</Text> : null}</Table.Td>
                      <Table.Td>{s.years || ''}</Table.Td>
                      <Table.Td>
                        {s.verifiedOn ? (
                          <Group gap={4} wrap="nowrap" data-testid="verified-skill">
                            <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" aria-label="verified" />
                            <Text size="xs">{s.verifiedOn}{s.verifiedBy ? `, ${s.verifiedBy}` : ''}</Text>
                          </Group>
                        ) : <Text size="xs" c="dimmed">profile</Text>}
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
              <Title order={2} size="h4" mb="sm">Availability, English and rates</Title>
              <Table withRowBorders={false} data-testid="facts">
                <Table.Tbody>
                  <Fact k="Availability" v={e.availability ? `${e.availability.status.replace('_', ' ')}${e.availability.from ? ` from ${e.availability.from}` : ''}${e.availability.hoursPerWeek !== undefined ? `, ${e.availability.hoursPerWeek} h/week` : ''}` : 'unknown'} />
                  <Fact k="Working hours" v={e.workingHours ? `${e.workingHours.start}–${e.workingHours.end} ${e.timeZone}` : `09:00–18:00 ${e.timeZone} (default)`} />
                  <Fact k="English" v={english.level ? `${english.level}${english.assessedOn ? ` (assessed ${english.assessedOn})` : ' (profile)'}` : 'unknown'} />
                  <Fact k="Bill rate" v={e.rate?.billPerHour !== undefined ? `${money.format(e.rate.billPerHour)} ${e.rate.currency ?? 'USD'}/h` : 'unknown'} />
                  <Fact k="Cost rate" v={e.rate?.costPerHour !== undefined ? `${money.format(e.rate.costPerHour)} ${e.rate.currency ?? 'USD'}/h` : 'unknown'} />
                  <Fact k="Experience" v={e.yearsExperience !== undefined ? `${e.yearsExperience} years` : 'unknown'} />
                  {e.email ? <Fact k="Email" v={e.email} /> : null}
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
