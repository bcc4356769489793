// "Show in folder" for a file the app wrote (window only: browser mode shows the path, and a browser
// cannot open the server's file manager).
import { useTranslation } from 'react-i18next';
import { Button } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { hasNativeDialogs, showInFolder } from '../../api/files';
import { ErrorView } from '../../components/ErrorView';

export function ShowInFolder({ reveal }: { reveal: string }) {
  const { t } = useTranslation(['import-export']);
  const [error, setError] = useState<unknown>(null);
  if (!hasNativeDialogs()) return null;
  return (
    <>
      <Button size="xs" variant="light" leftSection={<IconFolderOpen size={14} aria-hidden />} onClick={() => showInFolder(reveal).catch(setError)}>
        {t('showInFolder')}
      </Button>
      {error ? <ErrorView error={error} /> : null}
    </>
  );
}
