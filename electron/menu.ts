// The application menu: File (import, export, backup, show data folder), Edit, View (screens with
// Ctrl/Cmd+1..8), Help (about, with the runtime versions). Import and export open the Import / export
// screen; a backup goes through the service worker, with progress shown in the window and its result
// reported in a native dialog. Labels in the user's language (shared/i18n); main.ts builds the menu again
// when the language changes.
import type { KeyedText } from '../shared/api/errors';
import { app, BrowserWindow, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { dirname, join } from 'node:path';
import type { ShellEvent } from '../shared/api/bridge';
import { ApiError, type ApiResult } from '../shared/api/errors';
import { currentLanguage, translatorFor } from '../shared/i18n/instance';
import { SCREEN_LINKS } from '../shared/i18n/screens';
import { IPC } from './ipc';
import type { ServiceClient } from './service-client';

export function buildMenu(service: ServiceClient, dataDir: string): void {
  const t = translatorFor(currentLanguage(), 'menu');
  const screenName = translatorFor(currentLanguage(), ['frame']);
  const win = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const tell = (e: ShellEvent) => win()?.webContents.send(IPC.shell, e);
  const progress = (fraction: number, label: KeyedText) => win()?.webContents.send(IPC.progress, { method: 'menu', fraction, label });

  async function report(title: string, result: ApiResult<unknown>, ok: (value: never) => string) {
    const w = win();
    const said = result.ok ? undefined : ApiError.from(result.error).say(currentLanguage());
    const options = result.ok
      ? { type: 'info' as const, title, message: ok(result.value as never) }
      : {
          type: 'error' as const, title, message: said!.message,
          detail: [...(result.error.problems ?? []).slice(0, 20).map((p) => `${p.where}: ${p.message}`), said!.hint ?? ''].filter(Boolean).join('\n'),
        };
    if (w) await dialog.showMessageBox(w, options);
    else await dialog.showMessageBox(options);
  }

  async function backup() {
    const w = win();
    const stamp = new Date().toISOString().slice(0, 10);
    const opts = { defaultPath: join(dirname(join(dataDir, 'x')), `bench-backup-${stamp}.sqlite`), filters: [{ name: t('sqliteFiles'), extensions: ['sqlite'] }] };
    const pick = await (w ? dialog.showSaveDialog(w, opts) : dialog.showSaveDialog(opts));
    if (pick.canceled || !pick.filePath) return;
    const result = await service.call('backup', { out: pick.filePath }, { onProgress: progress });
    await report(t('backupTitle'), result, (r: { path: string; bytes: number }) => t('backupDone', { path: r.path, kb: Math.round(r.bytes / 1024) }));
  }

  async function about() {
    const v = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string; tz?: string };
    const detail = [
      t('aboutVersion', { version: app.getVersion() }),
      `Electron ${v.electron ?? '?'}`,
      `Chromium ${v.chrome ?? '?'}`,
      `Node ${v.node}`,
      t('aboutTimeZoneData', { version: v.tz ?? '?' }),
    ].join('\n');
    const w = win();
    const opts = { type: 'info' as const, title: t('about'), message: app.getName(), detail };
    if (w) await dialog.showMessageBox(w, opts);
    else await dialog.showMessageBox(opts);
  }

  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('file'),
      submenu: [
        // Import and export happen on the Import / export screen (dry run first, every problem by
        // place, progress); the menu opens it asking for the native dialog.
        { label: t('import'), accelerator: 'CmdOrCtrl+O', click: () => tell({ type: 'navigate', path: '/import-export?do=import' }) },
        { label: t('export'), accelerator: 'CmdOrCtrl+Shift+S', click: () => tell({ type: 'navigate', path: '/import-export?do=export' }) },
        { label: t('backUp'), accelerator: 'CmdOrCtrl+B', click: () => void backup() },
        { type: 'separator' },
        { label: t('showDataFolder'), click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: t('view'),
      submenu: [
        ...SCREEN_LINKS.map(({ labelKey, path }, i): MenuItemConstructorOptions => ({ label: screenName(labelKey), accelerator: `CmdOrCtrl+${i + 1}`, click: () => tell({ type: 'navigate', path }) })),
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
    { role: 'help', label: t('help'), submenu: [{ label: t('about'), click: () => void about() }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
