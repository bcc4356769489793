// One action at a time on a screen or dialog: `busy` while it runs (buttons show loading or are
// disabled), and what it threw kept as `error` for <ErrorView>, cleared when the next action starts.
import { useCallback, useState } from 'react';

export function useBusyAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
