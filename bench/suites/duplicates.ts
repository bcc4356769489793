// Duplicate detection on a 100k bench (issue 15: pairs in <= 10 s, never all-pairs): the demo bench with
// 2,000 known duplicates of every kind and hard negatives (test/fixtures/duplicates.ts), with precision
// and recall at the default threshold.
import { findDuplicates } from '../../shared/duplicates/detect';
import { labelledBench, pairKey } from '../../test/fixtures/duplicates';

type Report = (name: string, value: number, unit: string, note?: string) => void;

export async function run(report: Report): Promise<void> {
  let t = performance.now();
  const { bench, duplicates } = labelledBench({ engineers: 100_000, duplicates: 2000, seed: 7 });
  report('duplicates: labelled 100k bench generated (setup, not a target)', performance.now() - t, 'ms');
  t = performance.now();
  const pairs = findDuplicates(bench.engineers!);
  report('duplicates: find pairs in 100k engineers', performance.now() - t, 'ms', 'target <= 10000 ms');
  const found = new Set(pairs.map((p) => pairKey(p.a, p.b)));
  const hits = [...found].filter((k) => duplicates.has(k)).length;
  report('duplicates: precision at the default threshold (100k)', hits / Math.max(1, found.size), 'ratio', `${found.size} pairs shown; aim >= 0.95`);
  report('duplicates: recall at the default threshold (100k)', hits / duplicates.size, 'ratio', `${duplicates.size} known pairs; aim >= 0.9`);
}
