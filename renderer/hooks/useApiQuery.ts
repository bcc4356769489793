// Loads data through the API client with loading / error / data states, reloading when its inputs
// change or when the bench changes (a mutation here, or a menu import in Electron).
import { useCallback, useEffect, useRef, useState } from 'react';
import { onBenchChanged } from '../api/changes';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

export function useApiQuery<T>(load: () => Promise<T>, deps: readonly unknown[]): QueryState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({ data: undefined, error: undefined, loading: true });
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => onBenchChanged(reload), [reload]);
  useEffect(() => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => mine === seq.current && setState({ data, error: undefined, loading: false }),
      (error: unknown) => mine === seq.current && setState({ data: undefined, error, loading: false }),
    );
  }, [...deps, tick]);
  return { ...state, reload };
}
