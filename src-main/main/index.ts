// Electron main process: lifecycle, security and the IPC binding. Everything else lives in
// services/ and runs without Electron too (the web edition and the tests use it directly).
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServices } from '../services/index';
import { resolveDbPath } from '../store/paths';
import { bindIpc, createIpcHandler } from './ipc';
import { isAppUrl } from './security';
import { createWindow, rendererSource } from './window';
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
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

/** Electron's ABI build of better-sqlite3, made by `npm run rebuild:electron`. */
function electronNativeBinding(): string | undefined {
  const file = join(
    app.getAppPath(),
    '.native/electron/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  );
  return existsSync(file) ? file : undefined;
}

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);

  const dbPath = resolveDbPath();
  const nativeBinding = electronNativeBinding();
  const services = createServices({
    edition: 'desktop',
    dataPath: dbPath,
    dbPath,
    resourcesDir: join(app.getAppPath(), 'resources'),
    saveDialog: electronSaveDialog,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
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
