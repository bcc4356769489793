// Exports: shortlists (PDF / XLSX / CSV) and the Bench table's view (CSV / XLSX), to a file or as bytes.
import type { HandlersFor } from '../../../shared/api/define';
import type { exportsApi } from '../../../shared/api/exports';
import { asData, exportBenchView, exportShortlist, renderBenchView, renderShortlist } from '../../exports';
import type { ServiceContext } from '../context';
import { packetLanguageOf } from './settings';

export function exportsHandlers(svc: ServiceContext): HandlersFor<typeof exportsApi> {
  const { bench } = svc;
  // Shortlist packets speak the client's language (Clients & roles > client > Packet language).
  const languageOf = packetLanguageOf(svc);
  return {
    async exportShortlist(input, ctx) {
      ctx.progress?.(0.1, { key: 'errors:progress.preparingShortlist' });
      const result = await exportShortlist(bench.snapshot(), input, languageOf);
      ctx.progress?.(1, { key: 'errors:progress.exported' });
      return result;
    },
    async exportShortlistData(input) {
      return asData(await renderShortlist(bench.snapshot(), input, languageOf));
    },
    async exportBenchView(input, ctx) {
      ctx.progress?.(0.1, { key: 'errors:progress.preparingRows' });
      const result = await exportBenchView(bench.snapshot(), input);
      ctx.progress?.(1, { key: 'errors:progress.exported' });
      return result;
    },
    async exportBenchViewData(input) {
      return asData(await renderBenchView(bench.snapshot(), input));
    },
  };
}
