// Paste a job description, get a draft profile from the extractor (`draftRole`), review every item it
// found (each one removable), then apply what is left to the form. Nothing is saved until the user saves.
import { renderText, type KeyedText } from '../../../shared/api/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { Alert, Badge, Button, CloseButton, FileButton, Group, List, Paper, Stack, Text, Textarea, Title, Tooltip } from '@mantine/core';
import { IconWand } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadFile } from '../../api/files';
import type { Cefr, Hours, Requirement, Seniority } from '../../../shared/bench/schema';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { useFormat } from '../../i18n/useFormat';
import { SENIORITY_WORD } from '../../../shared/vetting/rubric';

import type { DraftRole as ExtractedRole, Evidence } from '../../../shared/jd/extract';

/** The extractor's draft as the user trims it: any item, the title included, can be removed. */
export type DraftRole = Partial<ExtractedRole>;

interface DraftItem { key: string; field: string; label: string; apply: (d: DraftRole) => DraftRole }

/** One removable item per thing the extractor found, so the user keeps only what is right. */
export function draftItems(d: DraftRole, t: TFunction<['roles', 'rubric']>, list: (items: string[]) => string): DraftItem[] {
  const items: DraftItem[] = [];
  const reqLabel = (q: Requirement) => {
    const details = [
      ...(q.minLevel ? [t('jd.req.level', { level: q.minLevel })] : []),
      ...(q.minYears ? [t('jd.req.years', { years: q.minYears })] : []),
      ...(q.weight ? [t('jd.req.weight', { weight: q.weight })] : []),
    ];
    return details.length ? t('jd.req.withDetails', { skill: q.skill, details: list(details) }) : q.skill;
  };
  if (d.title) items.push({ key: 'title', field: 'title', label: t('jd.item.title', { value: d.title }), apply: ({ title: _t, ...r }) => r });
  for (const s of d.seniority ?? []) items.push({ key: `seniority:${s}`, field: 'seniority', label: t('jd.item.seniority', { value: t(SENIORITY_WORD[s]) }), apply: (r) => ({ ...r, seniority: (r.seniority ?? []).filter((x) => x !== s) }) });
  for (const q of d.mustHave ?? []) items.push({ key: `must:${q.skill}`, field: `mustHave:${q.skill}`, label: t('jd.item.mustHave', { value: reqLabel(q) }), apply: (r) => ({ ...r, mustHave: (r.mustHave ?? []).filter((x) => x.skill !== q.skill) }) });
  for (const q of d.niceToHave ?? []) items.push({ key: `nice:${q.skill}`, field: `niceToHave:${q.skill}`, label: t('jd.item.niceToHave', { value: reqLabel(q) }), apply: (r) => ({ ...r, niceToHave: (r.niceToHave ?? []).filter((x) => x.skill !== q.skill) }) });
  if (d.timeZone) items.push({ key: 'timeZone', field: 'timeZone', label: t('jd.item.timeZone', { value: d.timeZone }), apply: ({ timeZone: _z, ...r }) => r });
  if (d.coreHours) items.push({ key: 'coreHours', field: 'coreHours', label: t('jd.item.coreHours', { start: d.coreHours.start, end: d.coreHours.end }), apply: ({ coreHours: _c, ...r }) => r });
  if (d.minOverlapHours !== undefined) items.push({ key: 'minOverlapHours', field: 'minOverlapHours', label: t('jd.item.minOverlap', { hours: d.minOverlapHours }), apply: ({ minOverlapHours: _o, ...r }) => r });
  if (d.minEnglish) items.push({ key: 'minEnglish', field: 'minEnglish', label: t('jd.item.minEnglish', { value: d.minEnglish }), apply: ({ minEnglish: _e, ...r }) => r });
  if (d.maxBillRate !== undefined) items.push({ key: 'maxBillRate', field: 'maxBillRate', label: t('jd.item.maxBillRate', { rate: d.maxBillRate }), apply: ({ maxBillRate: _b, ...r }) => r });
  if (d.startDate) items.push({ key: 'startDate', field: 'startDate', label: t('jd.item.startDate', { date: d.startDate }), apply: ({ startDate: _s, ...r }) => r });
  if (d.headcount !== undefined) items.push({ key: 'headcount', field: 'headcount', label: t('jd.item.headcount', { n: d.headcount }), apply: ({ headcount: _h, ...r }) => r });
  return items;
}

export function JdDraft({ onApply }: { onApply: (draft: DraftRole, text: string) => void }) {
  const { t } = useTranslation(['roles', 'rubric']);
  const f = useFormat();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<DraftRole | null>(null);
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const [notes, setNotes] = useState<KeyedText[]>([]);
  const lng = useLanguage();
  const { t: tCv } = useTranslation(['cv']);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const items = draft ? draftItems(draft, t, (l) => f.list(l, 'unit')) : [];

  async function extract() {
    setBusy(true);
    setError(null);
    try {
      const d = await api.draftRole({ text });
      setDraft(d.role);
      setEvidence(d.evidence);
      setNotes(d.notes);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  /** A posting file (PDF, DOCX, text): sent to the server, read there, and drafted like pasted text. */
  async function readFile(file: File) {
    setBusy(true);
    setError(null);
    try {
      const { upload } = await uploadFile(file, () => undefined);
      const d = await api.readPostingUpload({ upload });
      setText(d.text);
      setDraft(d.role);
      setEvidence(d.evidence);
      setNotes([...d.warnings, ...d.notes]);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" data-testid="jd-panel">
      <Stack gap="sm">
        <Title order={2} size="h4">{t('jd.title')}</Title>
        <Textarea
          aria-label={t('jd.label')}
          placeholder={t('jd.placeholder')}
          autosize minRows={3} maxRows={12}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-testid="jd-text"
        />
        <Group>
          <Button leftSection={<IconWand size={16} aria-hidden />} onClick={() => void extract()} loading={busy} disabled={!text.trim()} data-testid="jd-extract">{t('jd.extract')}</Button>
          <FileButton accept=".pdf,.docx,.txt,.md" onChange={(f) => f && void readFile(f)} inputProps={{ 'aria-label': tCv('cv:posting.inputLabel'), ...({ 'data-testid': 'jd-file-input' } as object) }}>
            {(props) => <Button {...props} variant="subtle" disabled={busy}>{tCv('cv:posting.choose')}</Button>}
          </FileButton>
        </Group>
        {error ? <ErrorView error={error} /> : null}
        {draft ? (
          items.length === 0 ? <Alert color="gray">{t('jd.nothing')}</Alert> : (
            <Stack gap="xs" data-testid="jd-draft">
              <Text size="sm">{t('jd.found', { count: items.length })}</Text>
              <Group gap={6}>
                {items.map((it) => {
                  const why = evidence.find((e) => e.field === it.field)?.text;
                  return (
                    <Tooltip key={it.key} label={why ? t('jd.from', { text: why }) : t('jd.foundInText')} multiline w={360} disabled={!why}>
                      <Badge size="lg" variant="light" tt="none" data-testid="jd-item" rightSection={
                        <CloseButton size="xs" aria-label={t('jd.remove', { item: it.label })} onClick={() => setDraft(it.apply(draft))} data-testid="jd-item-remove" />
                      }>{it.label}</Badge>
                    </Tooltip>
                  );
                })}
              </Group>
              {notes.length ? (
                <Alert color="blue" title={tCv('cv:posting.notes')} data-testid="jd-notes">
                  <List size="sm">{notes.map((n, i) => <List.Item key={i}>{renderText(n, lng)}</List.Item>)}</List>
                </Alert>
              ) : null}
              <Group>
                <Button onClick={() => { onApply(draft, text); setDraft(null); }} data-testid="jd-apply">{t('jd.apply')}</Button>
                <Button variant="subtle" onClick={() => setDraft(null)}>{t('jd.discard')}</Button>
              </Group>
            </Stack>
          )
        ) : null}
      </Stack>
    </Paper>
  );
}

export type { Cefr, Hours, Seniority };
