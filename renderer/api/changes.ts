// "The bench changed": after any call to a method declared `mutates` (shared/api), and when the
// Electron shell reports a change it made itself (File > Import). Screens reload their data on it.
type Listener = () => void;
const listeners = new Set<Listener>();

export function onBenchChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function benchChanged(): void {
  for (const l of [...listeners]) l();
}
