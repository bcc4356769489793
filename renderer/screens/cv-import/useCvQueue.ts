// Many CVs at once: each file is sent (browser mode's upload) and read into a draft, one after the other,
// with "Reading 3 of 10"; the drafts wait in a queue and the review form takes them one at a time.
// A file that cannot be read is kept with its reason; nothing is written until a draft is saved.
import { useCallback, useState } from 'react';
import type { UploadedFile } from '../../../shared/api/bench';
import type { CvReading } from '../../../shared/api/cv';
import { ApiError } from '../../../shared/api/errors';
import { api } from '../../api/client';
import { uploadFile } from '../../api/files';

export interface QueuedCv {
  upload: string;
  reading: CvReading;
}

export interface RefusedCv {
  file: string;
  error: ApiError;
}

export function useCvQueue() {
  const [queue, setQueue] = useState<QueuedCv[]>([]);
  const [refused, setRefused] = useState<RefusedCv[]>([]);
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);

  /** Files from the page (browser mode: sent to the upload endpoint), or handles the window's dialog staged. */
  const add = useCallback(async (files: (File | UploadedFile)[]) => {
    setReading({ done: 0, total: files.length });
    for (const [i, file] of files.entries()) {
      try {
        const { upload } = file instanceof File ? await uploadFile(file, () => undefined) : file;
        try {
          const r = await api.readCvUpload({ upload });
          setQueue((q) => [...q, { upload, reading: r }]);
        } catch (e) {
          await api.discardUpload({ upload }).catch(() => undefined);
          throw e;
        }
      } catch (e) {
        setRefused((r) => [...r, { file: file.name, error: ApiError.of(e) }]);
      }
      setReading({ done: i + 1, total: files.length });
    }
    setReading(null);
  }, []);

  /** The head of the queue is done with (saved, or skipped and its upload let go). */
  const next = useCallback(async (skip: boolean) => {
    const head = queue[0];
    if (head && skip) await api.discardUpload({ upload: head.upload }).catch(() => undefined);
    setQueue((q) => q.slice(1));
  }, [queue]);

  return { queue, refused, reading, add, next, dismissRefused: () => setRefused([]) };
}
