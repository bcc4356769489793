// Where a file to import comes from. In the window: the native open dialog. In browser mode: a file
// picker button, or a file dropped anywhere on the area.
import { Button, FileButton, Paper, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';

const ACCEPT = '.json,.csv,application/json,text/csv';

export function FileDrop({ native, onFile, onNative, disabled }: { native: boolean; onFile: (f: File) => void; onNative: () => void; disabled?: boolean }) {
  const { t } = useTranslation(['import-export']);
  const [over, setOver] = useState(false);
  const reset = useRef<() => void>(null);
  const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

  if (native) {
    return (
      <Button leftSection={<IconFileUpload size={16} aria-hidden />} onClick={onNative} disabled={disabled} data-testid="import-choose">
        {t('drop.choose')}
      </Button>
    );
  }
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      data-testid="import-drop"
      data-over={over || undefined}
      style={{ borderStyle: 'dashed', borderWidth: 2, borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined, background: over ? 'var(--mantine-primary-color-light)' : undefined }}
      onDragOver={(e) => {
        if (disabled || !hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <Stack align="center" gap="xs">
        <IconFileUpload size={28} aria-hidden />
        <Text size="sm"><Trans t={t} i18nKey="drop.hint" components={{ b: <b /> }} /></Text>
        <FileButton
          onChange={(f) => {
            if (f) onFile(f);
            // The same file may be chosen again after fixing it: clear the input so it fires again.
            reset.current?.();
          }}
          accept={ACCEPT}
          resetRef={reset}
          disabled={disabled}
          inputProps={{ 'aria-label': t('drop.input'), ...({ 'data-testid': 'import-file-input' } as object) }}
        >
          {(props) => <Button {...props} disabled={disabled} data-testid="import-choose">{t('drop.choose')}</Button>}
        </FileButton>
      </Stack>
    </Paper>
  );
}
