// Exports: shortlist packets (PDF / XLSX / CSV, one-page profiles) and the bench view, to a file or as
// bytes; and the export dialog's preview (who goes out, each pitch note as the client will read it).
import type { HandlersFor } from '../../../shared/api/define';
import type { exportsApi } from '../../../shared/api/exports';
import { asData, exportBenchView, exportShortlist, previewPacket, renderBenchView, renderProfile, renderShortlist, writeRendered, type PacketContext } from '../../exports';
import { readFirm } from '../../repos/firm';
import type { ServiceContext } from '../context';
import { packetLanguageOf } from './settings';

export function exportsHandlers(svc: ServiceContext): HandlersFor<typeof exportsApi> {
  const { bench } = svc;
  // Packets speak the client's language (Clients & roles > client > Packet language) and wear the
  // firm's look (Settings > Firm), read at each export so a change shows at once.
  const packet = (): PacketContext => ({ languageOf: packetLanguageOf(svc), firm: readFirm(svc.raw) });
  return {
    previewPacket(input) {
      return previewPacket(bench.snapshot(), input, packet());
    },
    async exportShortlist(input, ctx) {
      ctx.progress?.(0.1, { key: 'errors:progress.preparingShortlist' });
      const result = await exportShortlist(bench.snapshot(), input, packet());
      ctx.progress?.(1, { key: 'errors:progress.exported' });
      return result;
    },
    async exportShortlistData(input) {
      return asData(await renderShortlist(bench.snapshot(), input, packet()));
    },
    async exportCandidateProfile(input) {
      return writeRendered(input.out, () => renderProfile(bench.snapshot(), input, packet()));
    },
    async exportCandidateProfileData(input) {
      return asData(await renderProfile(bench.snapshot(), input, packet()));
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
