// "Export view": the Bench table as it stands (query, facets, sort, visible columns) to CSV or XLSX,
// downloaded in the browser. An internal export: names and the other shown columns go as they are.
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import type { VisibilityState } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BENCH_VIEW_FORMATS } from '../../../shared/api/exports';
import { api } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { exportColumns } from './export-view';

type Format = (typeof BENCH_VIEW_FORMATS)[number];

export interface ExportViewMenuProps {
  /** The view's engineer ids in the table's order (the service sorts; the same order on screen). */
  allIds: () => Promise<string[]>;
  /** Nothing to export (the view is empty or not loaded yet). */
  empty: boolean;
  columnVisibility: VisibilityState;
  /** The screen shows the error where it shows its others (ErrorView under the toolbar). */
  onError: (error: unknown) => void;
}

export function ExportViewMenu({ allIds, empty, columnVisibility, onError }: ExportViewMenuProps) {
  const { t } = useTranslation(['bench']);
  const [busy, setBusy] = useState(false);

  async function run(format: Format) {
    if (empty) return;
    setBusy(true);
    onError(null);
    try {
      const r = await api.exportBenchViewData({ engineerIds: await allIds(), columns: exportColumns(columnVisibility), format });
      downloadBase64(r.fileName, r.mime, r.base64);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" size="sm" loading={busy} disabled={empty}
          leftSection={<IconDownload size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />} data-testid="export-view">
          {t('exportView')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {BENCH_VIEW_FORMATS.map((f) => (
          <Menu.Item key={f} onClick={() => void run(f)} data-testid={`export-view-${f}`}>{f.toUpperCase()}</Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
