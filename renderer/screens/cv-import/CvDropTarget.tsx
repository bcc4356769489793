// CVs dropped anywhere on a screen (the Bench): the import panel opens over it with those files, so the
// review happens right there; closing it leaves the screen as it was.
import { Modal } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CvImportPanel } from './CvImportPanel';

const DOCUMENT = /\.(pdf|docx|txt|md)$/i;

export function CvDropTarget({ children }: { children: ReactNode }) {
  const { t } = useTranslation('cv');
  const [files, setFiles] = useState<File[] | null>(null);
  return (
    <div
      data-testid="cv-drop-target"
      onDragOver={(e) => { if (e.dataTransfer.types.includes('Files')) e.preventDefault(); }}
      onDrop={(e) => {
        const docs = [...e.dataTransfer.files].filter((f) => DOCUMENT.test(f.name));
        if (!docs.length) return;
        e.preventDefault();
        setFiles(docs);
      }}
    >
      {children}
      <Modal opened={files !== null} onClose={() => setFiles(null)} size="90rem" title={t('panel.title')}>
        {files ? <CvImportPanel initialFiles={files} /> : null}
      </Modal>
    </div>
  );
}
