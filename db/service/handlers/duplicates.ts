// Duplicate detection over the bench snapshot, kept until the bench changes (version).
import type { duplicatesApi } from '../../../shared/api/duplicates';
import type { HandlersFor } from '../../../shared/api/define';
import { DEFAULT_MIN_SCORE, findDuplicates, type DuplicatePair } from '../../../shared/duplicates/detect';
import type { ServiceContext } from '../context';

export function duplicatesHandlers({ bench }: ServiceContext): HandlersFor<typeof duplicatesApi> {
  let cache: { version: number; minScore: number; pairs: DuplicatePair[] } | undefined;
  return {
    findDuplicates({ minScore = DEFAULT_MIN_SCORE }) {
      if (!cache || cache.version !== bench.version || cache.minScore !== minScore) {
        const version = bench.version;
        cache = { version, minScore, pairs: findDuplicates(bench.snapshot().engineers ?? [], { minScore }) };
      }
      return { pairs: cache.pairs };
    },
  };
}
