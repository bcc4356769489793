// What the Electron preload exposes to the page as `window.benchmatch` (the preload `satisfies` this
// type; the renderer's API client consumes it). Named functions only: the page never sees ipcRenderer.
import type { KeyedText } from './errors';
import type { BenchFileFormat, UploadedFile } from './bench';
import type { ApiResult } from './errors';

/** A file the window wrote, as the page may know it: its name and an id for "show in folder", never its path. */
export interface WrittenFile {
  fileName: string;
  reveal: string;
}

export interface ProgressEvent {
  /** The method whose work is progressing. */
  method: string;
  /** 0..1 */
  fraction: number;
  label: KeyedText;
}

/** Something the app shell asks outside a call: a menu command asks to navigate. */
export type ShellEvent = { type: 'navigate'; path: string };

export interface BenchmatchBridge {
  /** Calls one API method; the answer is always the result envelope, never a thrown error. */
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Subscribes to progress of long work; returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  /** Subscribes to shell events (menu actions); returns the unsubscribe function. */
  onShellEvent(listener: (event: ShellEvent) => void): () => void;
  /**
   * The native open dialog for a bench file or engineers CSV: the chosen file as an upload handle that
   * importUpload takes (the main process keeps the path), or null if cancelled.
   */
  chooseImportFile(): Promise<ApiResult<UploadedFile | null>>;
  /** The native open dialog for CVs or postings (PDF, DOCX, text), many at once: each as an upload handle; [] if cancelled. */
  chooseDocuments(): Promise<ApiResult<UploadedFile[]>>;
  /** The native save dialog, then the export written there by the main process; null if cancelled. */
  saveBenchExport(format: BenchFileFormat): Promise<ApiResult<(WrittenFile & { engineers: number }) | null>>;
  /** Back up now, beside the bench: where it went (for display) and an id to show it in its folder. */
  backUpNow(): Promise<ApiResult<WrittenFile & { path: string; bytes: number }>>;
  /** Shows a file the window wrote (an export, a backup), by the id it gave, in the OS file manager. */
  showInFolder(reveal: string): Promise<ApiResult<null>>;
}
