// The import's steps: choose a file (native dialog, or upload in browser mode) -> dry run -> the report
// or every problem by place -> Import -> the result. A refused file writes nothing, at either step.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportReport } from '../../../shared/api/bench';
import { ApiError } from '../../../shared/api/errors';
import { chooseImportFile, importSource, releaseSource, uploadFile, type ImportChoices, type ImportSource } from '../../api/files';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'uploading'; name: string; fraction: number }
  | { step: 'checking'; source: ImportSource }
  | { step: 'checked'; source: ImportSource; report: ImportReport; choices: ImportChoices }
  | { step: 'importing'; source: ImportSource; report: ImportReport; choices: ImportChoices }
  | { step: 'done'; name: string; report: ImportReport }
  /** The file was refused (dry run or import): every problem by place; nothing was written. A file its dry run refused is kept for "the valid rows only". */
  | { step: 'refused'; name: string; error: ApiError; atImport: boolean; source?: ImportSource }
  /** Anything else that went wrong (unreadable file, server gone). */
  | { step: 'failed'; error: unknown };

/** Where a failed step ends: a refused file (every problem by place) or any other failure. */
function failedStep(name: string, e: unknown, atImport: boolean, source?: ImportSource): ImportStep {
  const error = ApiError.of(e);
  return error.code === 'invalid_input' ? { step: 'refused', name, error, atImport, ...(source ? { source } : {}) } : { step: 'failed', error };
}

export interface ImportFlow {
  state: ImportStep;
  /** Browser mode: a file from the picker or a drop. */
  pickFile(file: File): void;
  /** The window: the native open dialog. */
  chooseNative(): void;
  commit(): void;
  /** A refused file checked again for its valid rows only. */
  validOnly(): void;
  /** Records like a person on the bench: updates of that person (default) or new records. */
  setUpdateMatches(update: boolean): void;
  /** Back to the start, letting go of a checked file. */
  reset(): void;
}

export function useImportFlow(): ImportFlow {
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  // The file a dry run passed, still held by the server: let go of it if the user moves on or leaves.
  const held = useRef<ImportSource | null>(null);
  // Answers of an abandoned run (the user reset meanwhile) are dropped.
  const run = useRef(0);

  const release = useCallback(() => {
    if (held.current) void releaseSource(held.current);
    held.current = null;
  }, []);
  // Leaving the screen drops answers still to come (an upload finishing later lets go of its file).
  useEffect(() => () => {
    run.current++;
    release();
  }, [release]);

  const check = useCallback(async (source: ImportSource, mine: number, choices: ImportChoices = { validOnly: false, updateMatches: true }) => {
    setState({ step: 'checking', source });
    held.current = source;
    try {
      const report = await importSource(source, true, choices);
      if (mine !== run.current) return void releaseSource(source);
      setState({ step: 'checked', source, report, choices });
    } catch (e) {
      // The server keeps a file its dry run refused, for "the valid rows only"; a second refusal lets go.
      if (mine !== run.current) return;
      setState(failedStep(source.name, e, false, choices.validOnly ? undefined : source));
      if (choices.validOnly) release();
    }
  }, [release]);

  const pickFile = useCallback((file: File) => {
    release();
    const mine = ++run.current;
    setState({ step: 'uploading', name: file.name, fraction: 0 });
    uploadFile(file, (fraction) => mine === run.current && setState({ step: 'uploading', name: file.name, fraction })).then(
      (source) => (mine === run.current ? check(source, mine) : releaseSource(source)),
      (e: unknown) => mine === run.current && setState(failedStep(file.name, e, false)),
    );
  }, [check, release]);

  const chooseNative = useCallback(() => {
    release();
    const mine = ++run.current;
    chooseImportFile().then(
      (source) => {
        if (mine !== run.current) return;
        if (source) void check(source, mine);
      },
      (error: unknown) => mine === run.current && setState({ step: 'failed', error }),
    );
  }, [check, release]);

  const commit = useCallback(() => {
    if (state.step !== 'checked') return;
    const { source, report: checked, choices } = state;
    const mine = ++run.current;
    held.current = null; // the import itself lets go of the upload, whatever comes of it
    setState({ step: 'importing', source, report: checked, choices });
    importSource(source, false, choices).then(
      (report) => mine === run.current && setState({ step: 'done', name: source.name, report }),
      (e: unknown) => mine === run.current && setState(failedStep(source.name, e, true)),
    );
  }, [state]);

  const validOnly = useCallback(() => {
    if (state.step !== 'refused' || !state.source) return;
    void check(state.source, ++run.current, { validOnly: true, updateMatches: true });
  }, [state, check]);

  const setUpdateMatches = useCallback((updateMatches: boolean) => {
    if (state.step !== 'checked') return;
    void check(state.source, ++run.current, { ...state.choices, updateMatches });
  }, [state, check]);

  const reset = useCallback(() => {
    release();
    run.current++;
    setState({ step: 'idle' });
  }, [release]);

  return { state, pickFile, chooseNative, commit, validOnly, setUpdateMatches, reset };
}
