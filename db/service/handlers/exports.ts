// Exports: shortlists (PDF / XLSX / CSV) and the Bench table's view (CSV / XLSX), to a file or as bytes.
import type { HandlersFor } from '../../../shared/api/define';
import type { exportsApi } from '../../../shared/api/exports';
import { asData, exportBenchView, exportShortlist, renderBenchView, renderShortlist } from '../../exports';
import type { ServiceContext } from '../context';

export function exportsHandlers({ bench }: ServiceContext): HandlersFor<typeof exportsApi> {
  return {
    async exportShortlist(input, ctx) {
      ctx.progress?.(0.1, 'Preparing the shortlist');
      const result = await exportShortlist(bench.snapshot(), input);
      ctx.progress?.(1, 'Exported');
      return result;
    },
    async exportShortlistData(input) {
      return asData(await renderShortlist(bench.snapshot(), input));
    },
    async exportBenchView(input, ctx) {
      ctx.progress?.(0.1, 'Preparing the rows');
      const result = await exportBenchView(bench.snapshot(), input);
      ctx.progress?.(1, 'Exported');
      return result;
    },
    async exportBenchViewData(input) {
      return asData(await renderBenchView(bench.snapshot(), input));
    },
  };
}
