// The latest progress report of the given API methods while `active` (the header's bar shows every
// method's; a screen shows its own work next to the button that started it).
import { useEffect, useState } from 'react';
import type { ProgressEvent } from '../../../shared/api/bridge';
import { onProgress } from '../../api/client';

export function useMethodProgress(methods: ReadonlySet<string>, active: boolean): ProgressEvent | null {
  const [latest, setLatest] = useState<ProgressEvent | null>(null);
  useEffect(() => {
    setLatest(null);
    if (!active) return;
    return onProgress((e) => methods.has(e.method) && setLatest(e));
  }, [methods, active]);
  return active ? latest : null;
}
