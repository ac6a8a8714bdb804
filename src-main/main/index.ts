// Electron main process: lifecycle, security and the IPC binding. Everything else lives in
// services/ and runs without Electron too (the web edition and the tests use it directly).
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServices } from '../services/index';
import { resolveDbPath } from '../store/paths';
import { bindIpc, createIpcHandler } from './ipc';
import {
  allowPermission,
  isSwapKey,
  presenterBounds,
  presenterLessonId,
  swappedBounds,
} from './presenter';
import { isAppUrl, SECURE_WEB_PREFERENCES } from './security';
import { createWindow, PRELOAD_PATH, rendererSource } from './window';
import { buildMenu } from './menu';
import { electronSaveDialog } from './save-dialog';

app.enableSandbox();

const source = rendererSource();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, source)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, source)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // An editor with unsaved changes holds the window open (beforeunload); Electron shows no
  // question of its own, so ask here: leaving goes ahead only when the person says so.
  contents.on('will-prevent-unload', (event) => {
    const owner = BrowserWindow.fromWebContents(contents);
    const options = {
      type: 'question' as const,
      buttons: ['Leave without saving', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      message: 'You have unsaved changes. Leave without saving them?',
    };
    const choice = owner
      ? dialog.showMessageBoxSync(owner, options)
      : dialog.showMessageBoxSync(options);
    if (choice === 0) event.preventDefault();
  });
  // One exception to "no new windows": a lesson's presenter view (same app, presenter route),
  // placed on another display than the audience window when there is one.
  contents.setWindowOpenHandler(({ url }) => {
    if (presenterLessonId(url, source) === null) return { action: 'deny' };
    const opener = BrowserWindow.fromWebContents(contents);
    const bounds = presenterBounds(
      screen.getAllDisplays(),
      opener?.getBounds() ?? screen.getPrimaryDisplay().workArea,
    );
    return {
      action: 'allow',
      overrideBrowserWindowOptions: {
        ...bounds,
        title: 'LactaSim — presenter view',
        backgroundColor: '#000000',
        webPreferences: { ...SECURE_WEB_PREFERENCES, preload: PRELOAD_PATH },
      },
    };
  });
  contents.on('did-create-window', (child) => {
    const audience = BrowserWindow.fromWebContents(contents);
    if (audience) presentation = { audience, presenter: child };
  });
  // X in either presentation window swaps the two windows' displays.
  contents.on('before-input-event', (event, input) => {
    if (!isSwapKey(input, contents.getURL()) || !presentation) return;
    const { audience, presenter } = presentation;
    if (audience.isDestroyed() || presenter.isDestroyed()) return;
    const next = swappedBounds(
      screen.getAllDisplays(),
      audience.getBounds(),
      presenter.getBounds(),
    );
    if (!next) return;
    event.preventDefault();
    const full = audience.isFullScreen();
    if (full) audience.setFullScreen(false);
    audience.setBounds(next.audience);
    presenter.setBounds(next.presenter);
    if (full) audience.setFullScreen(true);
  });
});

/** The job pool's worker, built beside this file by electron.vite.config.ts (`jobs-worker`). */
const JOBS_WORKER_FILE = './jobs-worker.js';
const JOBS_WORKER_ENTRY = new URL(JOBS_WORKER_FILE, import.meta.url);

/** The audience window and the presenter window it opened, for the swap key. */
let presentation: { audience: BrowserWindow; presenter: BrowserWindow } | null = null;

/** Electron's ABI build of better-sqlite3, made by `npm run rebuild:electron`. */
function electronNativeBinding(): string | undefined {
  const file = join(
    app.getAppPath(),
    '.native/electron/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  );
  return existsSync(file) ? file : undefined;
}

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((wc, permission, callback) =>
    callback(allowPermission(permission, wc.getURL(), source)),
  );
  session.defaultSession.setPermissionCheckHandler((wc, permission) =>
    wc === null ? false : allowPermission(permission, wc.getURL(), source),
  );

  const dbPath = resolveDbPath();
  const nativeBinding = electronNativeBinding();
  const services = createServices({
    edition: 'desktop',
    dataPath: dbPath,
    dbPath,
    resourcesDir: join(app.getAppPath(), 'resources'),
    saveDialog: electronSaveDialog,
    jobs: { entry: JOBS_WORKER_ENTRY },
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  services.warm();
  bindIpc(
    ipcMain,
    createIpcHandler(services.handlers, (url) => isAppUrl(url, source)),
  );
  Menu.setApplicationMenu(buildMenu());
  createWindow(source);

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(source);
  });
  app.on('will-quit', () => services.close());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
