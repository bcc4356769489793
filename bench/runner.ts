// The core of `npm run bench`, apart from file discovery and printing so it can be tested: runs each
// suite in order, collects its figures, and records a suite that throws without stopping the others.
export type Report = (name: string, value: number, unit: string, note?: string) => void;

export interface Figure {
  suite: string;
  name: string;
  value: number;
  unit: string;
  note?: string;
}

export interface SuiteEntry {
  name: string;
  load: () => Promise<{ run(report: Report): Promise<void> | void }>;
}

export interface RunLog {
  start(suite: string): void;
  figure(f: Figure): void;
  failed(suite: string, error: string): void;
  done(suite: string, ms: number): void;
}

export async function runSuites(suites: readonly SuiteEntry[], log: RunLog): Promise<{ figures: Figure[]; failures: { suite: string; error: string }[] }> {
  const figures: Figure[] = [];
  const failures: { suite: string; error: string }[] = [];
  for (const { name: suite, load } of suites) {
    log.start(suite);
    const t0 = performance.now();
    try {
      const mod = await load();
      await mod.run((name, value, unit, note) => {
        const f: Figure = { suite, name, value, unit, ...(note ? { note } : {}) };
        figures.push(f);
        log.figure(f);
      });
    } catch (err) {
      const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      failures.push({ suite, error });
      log.failed(suite, error);
    }
    log.done(suite, performance.now() - t0);
  }
  return { figures, failures };
}
