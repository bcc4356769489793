// The application menu: File (import, export, backup, show data folder), Edit, View (screens with
// Ctrl/Cmd+1..8), Help (about, with the runtime versions). Import and export open the Import / export
// screen; a backup goes through the service worker, with progress shown in the window and its result
// reported in a native dialog.
import { app, BrowserWindow, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { dirname, join } from 'node:path';
import type { ShellEvent } from '../shared/api/bridge';
import type { ApiResult } from '../shared/api/errors';
import { IPC } from './ipc';
import type { ServiceClient } from './service-client';

const SCREENS: [string, string][] = [
  ['Bench', '/'], ['Clients & roles', '/roles'], ['Match', '/match'], ['Shortlists', '/shortlists'],
  ['Vetting queue', '/vetting'], ['Import / export', '/import-export'], ['Settings', '/settings'], ['Privacy', '/privacy'],
];

export function buildMenu(service: ServiceClient, dataDir: string): void {
  const win = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const tell = (e: ShellEvent) => win()?.webContents.send(IPC.shell, e);
  const progress = (fraction: number, label: string) => win()?.webContents.send(IPC.progress, { method: 'menu', fraction, label });

  async function report(title: string, result: ApiResult<unknown>, ok: (value: never) => string) {
    const w = win();
    const options = result.ok
      ? { type: 'info' as const, title, message: ok(result.value as never) }
      : {
          type: 'error' as const, title, message: result.error.message,
          detail: [...(result.error.problems ?? []).slice(0, 20).map((p) => `${p.where}: ${p.message}`), result.error.hint ?? ''].filter(Boolean).join('\n'),
        };
    if (w) await dialog.showMessageBox(w, options);
    else await dialog.showMessageBox(options);
  }

  async function backup() {
    const w = win();
    const stamp = new Date().toISOString().slice(0, 10);
    const opts = { defaultPath: join(dirname(join(dataDir, 'x')), `bench-backup-${stamp}.sqlite`), filters: [{ name: 'SQLite database', extensions: ['sqlite'] }] };
    const pick = await (w ? dialog.showSaveDialog(w, opts) : dialog.showSaveDialog(opts));
    if (pick.canceled || !pick.filePath) return;
    const result = await service.call('backup', { out: pick.filePath }, { onProgress: progress });
    await report('Backup', result, (r: { path: string; bytes: number }) => `Saved a copy of the bench to ${r.path} (${Math.round(r.bytes / 1024)} KB).`);
  }

  async function about() {
    const v = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string; tz?: string };
    const detail = [
      `Version ${app.getVersion()}`,
      `Electron ${v.electron ?? '?'}`,
      `Chromium ${v.chrome ?? '?'}`,
      `Node ${v.node}`,
      `Time-zone data ${v.tz ?? '?'}`,
    ].join('\n');
    const w = win();
    const opts = { type: 'info' as const, title: 'About BenchMatch', message: 'BenchMatch', detail };
    if (w) await dialog.showMessageBox(w, opts);
    else await dialog.showMessageBox(opts);
  }

  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        // Import and export happen on the Import / export screen (dry run first, every problem by
        // place, progress); the menu opens it asking for the native dialog.
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => tell({ type: 'navigate', path: '/import-export?do=import' }) },
        { label: 'Export…', accelerator: 'CmdOrCtrl+Shift+S', click: () => tell({ type: 'navigate', path: '/import-export?do=export' }) },
        { label: 'Back up…', accelerator: 'CmdOrCtrl+B', click: () => void backup() },
        { type: 'separator' },
        { label: 'Show data folder', click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...SCREENS.map(([label, path], i): MenuItemConstructorOptions => ({ label, accelerator: `CmdOrCtrl+${i + 1}`, click: () => tell({ type: 'navigate', path }) })),
        { type: 'separator' },
        { role: 'reload' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
        { type: 'separator' },
        { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About BenchMatch', click: () => void about() }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
