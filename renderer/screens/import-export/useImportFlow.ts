// The import's steps: choose a file (native dialog, or upload in browser mode) -> dry run -> the report
// or every problem by place -> Import -> the result. A refused file writes nothing, at either step.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportReport } from '../../../shared/api/bench';
import { ApiError } from '../../../shared/api/errors';
import { chooseImportFile, importSource, releaseSource, uploadFile, type ImportSource } from '../../api/files';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'uploading'; name: string; fraction: number }
  | { step: 'checking'; source: ImportSource }
  | { step: 'checked'; source: ImportSource; report: ImportReport }
  | { step: 'importing'; source: ImportSource; report: ImportReport }
  | { step: 'done'; name: string; report: ImportReport }
  /** The file was refused (dry run or import): every problem by place; nothing was written. */
  | { step: 'refused'; name: string; error: ApiError; atImport: boolean }
  /** Anything else that went wrong (unreadable file, server gone). */
  | { step: 'failed'; error: unknown };

/** Where a failed step ends: a refused file (every problem by place) or any other failure. */
function failedStep(name: string, e: unknown, atImport: boolean): ImportStep {
  const error = ApiError.of(e);
  return error.code === 'invalid_input' ? { step: 'refused', name, error, atImport } : { step: 'failed', error };
}

export interface ImportFlow {
  state: ImportStep;
  /** Browser mode: a file from the picker or a drop. */
  pickFile(file: File): void;
  /** The window: the native open dialog. */
  chooseNative(): void;
  commit(): void;
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

  const check = useCallback(async (source: ImportSource, mine: number) => {
    setState({ step: 'checking', source });
    try {
      const report = await importSource(source, true);
      if (mine !== run.current) return void releaseSource(source);
      held.current = source;
      setState({ step: 'checked', source, report });
    } catch (e) {
      if (mine === run.current) setState(failedStep(source.name, e, false));
    }
  }, []);

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
    const { source, report: checked } = state;
    const mine = ++run.current;
    held.current = null; // the import itself lets go of the upload, whatever comes of it
    setState({ step: 'importing', source, report: checked });
    importSource(source, false).then(
      (report) => mine === run.current && setState({ step: 'done', name: source.name, report }),
      (e: unknown) => mine === run.current && setState(failedStep(source.name, e, true)),
    );
  }, [state]);

  const reset = useCallback(() => {
    release();
    run.current++;
    setState({ step: 'idle' });
  }, [release]);

  return { state, pickFile, chooseNative, commit, reset };
}
