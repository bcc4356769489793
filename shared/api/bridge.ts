// What the Electron preload exposes to the page as `window.benchmatch` (the preload `satisfies` this
// type; the renderer's API client consumes it). Named functions only: the page never sees ipcRenderer.
import type { BenchFileFormat } from './bench';
import type { ApiResult } from './errors';

export interface ProgressEvent {
  /** The method whose work is progressing. */
  method: string;
  /** 0..1 */
  fraction: number;
  label: string;
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
  /** The native open dialog for a bench file or engineers CSV: the chosen path, or null if cancelled. */
  chooseImportFile(): Promise<ApiResult<string | null>>;
  /** The native save dialog for an export in `format`: the chosen path, or null if cancelled. */
  chooseExportFile(format: BenchFileFormat): Promise<ApiResult<string | null>>;
  /** Shows a file the app wrote (an export, a backup) in the OS file manager. */
  showInFolder(path: string): Promise<ApiResult<null>>;
}
