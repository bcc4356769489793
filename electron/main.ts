// Electron's main process: Electron's security checklist in full (architecture.md), the service on a
// worker thread, the renderer from the app:// scheme, menus, one instance, remembered window bounds.
import { app, BrowserWindow, dialog, session } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_NAME, DB_FILE, userDataDir } from '../db/paths';
import { currentLanguage, setLanguage, translatorFor } from '../shared/i18n/instance';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { APP_ORIGIN, navigationVerdict } from './guard';
import { devToolsAllowed, nativeBindingCandidates, refusedDebugSwitch } from './launch-guard';
import { registerFileDialogs, registerIpc } from './ipc';
import { followSettings, startLanguage, systemLanguage } from './language';
import { buildMenu } from './menu';
import { safeOpenExternal } from './safe-open-external';
import { startServiceWorker, type ServiceClient } from './service-client';
import { loadTeamUrl, saveTeamUrl } from './team-credentials';
import { loadWindowState, trackWindowState } from './window-state';

const here = dirname(fileURLToPath(import.meta.url));
// The same folder the command line uses (db/paths.ts), even when started as `electron dist/electron/main.js`.
app.setName(APP_NAME);
app.setPath('userData', userDataDir());

registerAppScheme();

const debugSwitch = refusedDebugSwitch(process.argv, app.isPackaged);
if (debugSwitch) {
  // Said on stderr and in a dialog: the app holds personal data and will not open it to a debugger.
  // The bench (and the saved language) is not opened, so the OS's language it is.
  setLanguage(systemLanguage());
  const t = translatorFor(currentLanguage(), 'menu');
  const message = t('debugRefused', { switch: debugSwitch });
  console.error(message);
  dialog.showErrorBox(APP_NAME, message);
  app.exit(2);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const w = BrowserWindow.getAllWindows()[0];
    if (w) {
      if (w.isMinimized()) w.restore();
      w.focus();
    }
  });
  void start();
}

// One global guard for every web contents the app ever creates: no navigation away from the app, no
// redirects elsewhere, no new windows (web links go to the OS browser), no webviews.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (e, url) => {
    if (navigationVerdict(url, 'navigate') !== 'allow') e.preventDefault();
  });
  contents.on('will-frame-navigate', (e) => {
    if (navigationVerdict(e.url, 'navigate') !== 'allow') e.preventDefault();
  });
  contents.on('will-redirect', (e, url) => {
    if (navigationVerdict(url, 'redirect') !== 'allow') e.preventDefault();
  });
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationVerdict(url, 'new-window') === 'open-externally') void safeOpenExternal(url);
    return { action: 'deny' };
  });
});

/** better-sqlite3 built for Electron: beside the app when packaged, else the copy scripts/start.mjs made. */
function nativeBinding(): string | undefined {
  return nativeBindingCandidates(app.isPackaged, join(process.resourcesPath, 'native', 'better_sqlite3.node'), process.env).find((p) => existsSync(p));
}

async function start(): Promise<void> {
  await app.whenReady();
  // Nothing the page asks for (camera, notifications, geolocation, ...) is ever granted.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  serveRenderer(join(here, '..', 'renderer'));
  const dataDir = app.getPath('userData');
  const binding = nativeBinding();
  const service: ServiceClient = startServiceWorker(join(here, 'service-worker.js'), {
    dbPath: process.env.BENCHMATCH_DB?.trim() || join(dataDir, DB_FILE),
    // Only the app's own default file gets the demo bench on first run (cli.md).
    seedDemoIfNew: !process.env.BENCHMATCH_DB?.trim(),
    ...(binding ? { nativeBinding: binding } : {}),
    ...teamUrlInit(dataDir),
  }, (url) => saveTeamUrl(dataDir, url));
  const rebuildMenu = () => buildMenu(service, dataDir);
  registerIpc(service, (settings) => followSettings(settings, rebuildMenu));
  registerFileDialogs(service);
  void startLanguage(service, rebuildMenu);
  rebuildMenu();
  createWindow();

  service.ready.catch((err: Error) => {
    const t = translatorFor(currentLanguage(), 'menu');
    dialog.showErrorBox(t('dbFailedTitle'), t('dbFailedDetail', { message: err.message, folder: dataDir }));
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let quitting = false;
  app.on('before-quit', (e) => {
    if (quitting) return;
    quitting = true;
    e.preventDefault();
    void service.close().finally(() => app.quit());
  });
}

/** The kept team URL for the worker (safeStorage can decrypt only once the app is ready). */
function teamUrlInit(dataDir: string): { teamUrl?: string } {
  const url = loadTeamUrl(dataDir);
  return url ? { teamUrl: url } : {};
}

function createWindow(): void {
  const dataDir = app.getPath('userData');
  const state = loadWindowState(dataDir);
  const win = new BrowserWindow({
    ...(state.placed ? state.bounds : { width: state.bounds.width, height: state.bounds.height }),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'BenchMatch',
    webPreferences: {
      preload: join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: devToolsAllowed(app.isPackaged),
    },
  });
  if (state.maximized) win.maximize();
  trackWindowState(win, dataDir);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/`);
}
