// Saves a draft a moment after the user stops typing. Saves run one after another, so the first save
// (which creates the draft and returns its ref) always lands before an edit that needs that ref.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssessmentRecord } from '../../../shared/api/assessments';
import { ApiError } from '../../../shared/api/errors';
import { currentLanguage } from '../../../shared/i18n/instance';
import { useLanguage } from '../../i18n/useLanguage';
import { todayLocal } from '../../../shared/bench/dates';
import { checkDraft } from '../../../shared/vetting/draft';
import { api } from '../../api/client';
import { problemsByField, toDraft, type FormValues } from './formValues';

export type SaveState = { kind: 'idle' } | { kind: 'invalid' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; error: unknown };

const DEBOUNCE_MS = 700;

export function useAutosave(engineerId: string, initialRef: string | undefined, values: FormValues, dirty: boolean, onSaved: (r: AssessmentRecord) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  const ref = useRef(initialRef);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(values);
  latest.current = values;

  const lng = useLanguage();
  const check = checkDraft(toDraft(values), todayLocal());
  const problems = check.ok ? {} : problemsByField(check.problems, lng);

  const saveNow = useCallback((): Promise<AssessmentRecord | undefined> => {
    const run = async () => {
      const c = checkDraft(toDraft(latest.current), todayLocal());
      if (!c.ok) {
        setState({ kind: 'invalid' });
        return undefined;
      }
      setState({ kind: 'saving' });
      try {
        const r = await api.saveDraft({ engineerId, ...(ref.current ? { ref: ref.current } : {}), draft: c.draft });
        ref.current = r.ref;
        setServerProblems({});
        setState({ kind: 'saved', at: new Date() });
        onSaved(r);
        return r;
      } catch (e) {
        if (e instanceof ApiError && e.problems) setServerProblems(problemsByField(e.problems, currentLanguage()));
        setState({ kind: 'error', error: e });
        return undefined;
      }
    };
    const next = chain.current.then(run, run);
    chain.current = next;
    return next;
  }, [engineerId, onSaved]);

  useEffect(() => {
    if (!dirty) return;
    const t = setTimeout(() => void saveNow(), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [values, dirty, saveNow]);

  return { state, problems: { ...serverProblems, ...problems }, saveNow, ref };
}
