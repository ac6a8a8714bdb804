// Electron main process: lifecycle, security and the IPC binding. Everything else lives in
// services/ and runs without Electron too (the web edition and the tests use it directly). The
// decisions are in the small modules beside this one, each tested with fake Electron APIs; this
// file only wires them to Electron.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import log from 'electron-log/main';
import { stat, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  LANGUAGE_CHANNEL,
  MENU_CHANNEL,
  OPEN_FILE_READY_CHANNEL,
  type MenuCommand,
} from '../contract/desktop';
import type { Language } from '../contract/parent';
import { dispatch } from '../services/dispatch';
import { createServices, type Services } from '../services/index';
import { APP_VERSION } from '../services/app';
import { MODEL_VERSION } from '../sim/index';
import { libraryDir, locateLibrary, relocationNotice } from '../store/index';
import { legacyDbPath } from '../store/paths';
import { APP_ROOT, guidePath, RENDERER_DIR, RESOURCES_DIR } from './bundle-paths';
import { FileOpener, type FileTarget } from './file-open';
import { openGuide } from './guide';
import { bindIpc, createIpcHandler } from './ipc';
import { leaveDialogOptions } from './leave-dialog';
import { configureLogging, logFilePath } from './logging';
import { logRendererTrouble } from './renderer-logging';
import { importDialogOptions, menuTemplate } from './menu';
import { electronNativeBinding } from './native-binding';
import { openLibraryOrAsk, type OpenLibraryDeps } from './open-library';
import {
  allowPermission,
  isSwapKey,
  presenterBounds,
  presenterLessonId,
  swappedBounds,
} from './presenter';
import { registerAppScheme, serveRenderer } from './protocol';
import { electronSaveDialog } from './save-dialog';
import { isAppUrl, rendererSource } from './security';
import { bundlePathsFromArgv, claimSingleInstance } from './single-instance';
import { reportStartFailure } from './start-failure';
import { createWindow } from './window';
import { presenterWindowOptions } from './window-options';
import { readWindowStates, rememberWindow, restoreWindow, writeWindowStates } from './window-state';
import { desktopWords, InterfaceLanguage, languageOf, systemLanguage } from './words';

registerAppScheme(protocol);
app.enableSandbox();
// One folder for the library, the logs and the window places: the one the command line and the
// web edition use too (store/paths.ts). Set before the single-instance lock, which lives there.
app.setPath('userData', libraryDir());
const userData = app.getPath('userData');
const logFile = logFilePath(userData);
configureLogging(log, logFile, { captureConsole: true });

const source = rendererSource(app.isPackaged, process.env);
const windowStateFile = join(userData, 'window-state.json');

const opener = new FileOpener({
  readFile: (path) => readFile(path),
  fileSize: async (path) => (await stat(path)).size,
  addRecentDocument: (path) => app.addRecentDocument(path),
  showError: (title, message) => dialog.showErrorBox(title, message),
  words: () => desktopWords(interfaceLanguage.get()),
});

function fileTarget(contents: WebContents): FileTarget {
  return {
    send: (channel, file) => contents.send(channel, file),
    isDestroyed: () => contents.isDestroyed(),
    focus: () => {
      const win = BrowserWindow.fromWebContents(contents);
      if (win?.isMinimized()) win.restore();
      win?.focus();
    },
  };
}

const targets = new WeakMap<WebContents, FileTarget>();
function targetOf(contents: WebContents): FileTarget {
  let target = targets.get(contents);
  if (!target) targets.set(contents, (target = fileTarget(contents)));
  return target;
}

function focusedTarget(): FileTarget | null {
  const win = BrowserWindow.getFocusedWindow();
  return win ? targetOf(win.webContents) : null;
}

function openMainWindow(hash = ''): BrowserWindow {
  const saved = restoreWindow(readWindowStates(windowStateFile), screen.getAllDisplays());
  return createWindow(
    source,
    saved,
    (place) =>
      writeWindowStates(
        windowStateFile,
        rememberWindow(readWindowStates(windowStateFile), screen.getAllDisplays(), place),
      ),
    hash,
  );
}

/** Set once the library is open and the first window made; until then files wait. */
let started = false;

/** Files to open: into a window that listens, or into a new one when there is none (macOS). */
function openFiles(paths: string[]): void {
  if (!started) {
    void opener.open(paths); // the first window takes them when it listens
    return;
  }
  if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  const focused = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (focused?.isMinimized()) focused.restore();
  focused?.focus();
  void opener.open(paths, focusedTarget());
}

/** The job pool's worker, built beside this file by electron.vite.config.ts (`jobs-worker`). */
const JOBS_WORKER_ENTRY = new URL('./jobs-worker.js', import.meta.url);

/** The audience window and the presenter window it opened, for the swap key. */
let presentation: { audience: BrowserWindow; presenter: BrowserWindow } | null = null;

/** Each window's interface language as it last said (LANGUAGE_CHANNEL); English until then. */
const windowLanguages = new WeakMap<WebContents, Language>();
/** The language of what is app-wide (the menu, the save dialogs): the last any window said. */
const interfaceLanguage = new InterfaceLanguage();

function guardContents(contents: WebContents): void {
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
    const options = leaveDialogOptions(windowLanguages.get(contents) ?? 'en');
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
      overrideBrowserWindowOptions: presenterWindowOptions(
        bounds,
        windowLanguages.get(contents) ?? 'en',
      ),
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
}

function sendMenuCommand(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (!win) {
    openMainWindow(command.kind === 'navigate' ? command.hash : '');
    return;
  }
  win.webContents.send(MENU_CHANNEL, command);
}

async function builtinLessons(services: Services): Promise<{ id: string; title: string }[]> {
  const result = await dispatch(services.handlers, 'lessons.list', {});
  if (!result.ok) return [];
  const { lessons } = result.value as {
    lessons: { id: string; title: string; builtin: boolean }[];
  };
  return lessons.filter((l) => l.builtin);
}

async function start(): Promise<void> {
  session.defaultSession.setPermissionRequestHandler((wc, permission, callback) =>
    callback(allowPermission(permission, wc.getURL(), source)),
  );
  session.defaultSession.setPermissionCheckHandler((wc, permission) =>
    wc === null ? false : allowPermission(permission, wc.getURL(), source),
  );
  serveRenderer(protocol, RENDERER_DIR);

  const nativeBinding = electronNativeBinding({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appRoot: APP_ROOT,
  });
  const dialogs: Omit<OpenLibraryDeps<Services>, 'open'> = {
    words: desktopWords(systemLanguage(app.getPreferredSystemLanguages())),
    showMessageBoxSync: (options) => dialog.showMessageBoxSync(options),
    openPath: (path) => shell.openPath(path),
    log: (message, error) => log.error(message, error),
  };
  let dbPath: string;
  try {
    const located = locateLibrary(undefined, process.env, {
      dir: userData,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    dbPath = located.dbPath;
    const moved = relocationNotice(located.relocated);
    if (moved !== null) log.info(moved);
  } catch (error) {
    // Moving the old library failed; it is unchanged. Say so, then quit.
    await openLibraryOrAsk(legacyDbPath(), {
      ...dialogs,
      open: () => {
        throw error;
      },
    });
    app.quit();
    return;
  }
  const services = await openLibraryOrAsk(dbPath, {
    ...dialogs,
    open: (readOnly) =>
      createServices({
        edition: 'desktop',
        dataPath: dbPath,
        dbPath,
        resourcesDir: RESOURCES_DIR,
        saveDialog: electronSaveDialog({
          dialog,
          focusedWindow: () => BrowserWindow.getFocusedWindow(),
          language: () => interfaceLanguage.get(),
        }),
        readOnly,
        jobs: { entry: JOBS_WORKER_ENTRY },
        ...(nativeBinding ? { nativeBinding } : {}),
      }),
  });
  if (services === null) {
    app.quit();
    return;
  }
  services.warm();
  log.info(`LactaSim ${APP_VERSION} opened ${dbPath}`);
  app.on('will-quit', () => services.close());

  bindIpc(
    ipcMain,
    createIpcHandler(services.handlers, (url) => isAppUrl(url, source)),
  );
  ipcMain.on(OPEN_FILE_READY_CHANNEL, (event) => {
    if (event.senderFrame && isAppUrl(event.senderFrame.url, source)) {
      opener.windowReady(targetOf(event.sender));
    }
  });
  ipcMain.on(LANGUAGE_CHANNEL, (event, language: unknown) => {
    if (event.senderFrame && isAppUrl(event.senderFrame.url, source)) {
      windowLanguages.set(event.sender, languageOf(language));
      interfaceLanguage.said(language);
    }
  });

  app.setAboutPanelOptions({
    applicationName: 'LactaSim',
    applicationVersion: APP_VERSION,
    version: `model ${MODEL_VERSION}`,
    copyright: 'Copyright © LactaSim contributors',
  });
  const lessons = await builtinLessons(services);
  const setMenu = (language: Language) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          { platform: process.platform, lessons, developer: !app.isPackaged, language },
          {
            navigate: (hash) => sendMenuCommand({ kind: 'navigate', hash }),
            showKeys: () => sendMenuCommand({ kind: 'show-keys' }),
            importBundle: () => {
              void dialog.showOpenDialog(importDialogOptions(interfaceLanguage.get())).then((r) => {
                if (!r.canceled) openFiles(r.filePaths);
              });
            },
            openGuide: () =>
              void openGuide(
                guidePath(app.isPackaged, process.resourcesPath),
                desktopWords(interfaceLanguage.get()),
                shell,
                dialog,
              ),
            showLogs: () => shell.showItemInFolder(logFile),
            showLibraryFolder: () => void shell.openPath(dirname(dbPath)),
          },
        ),
      ),
    );
  setMenu(interfaceLanguage.get());
  interfaceLanguage.onChange(setMenu);

  openMainWindow();
  started = true;
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

// Bundles named on this launch's command line (Windows and Linux "Open with").
const launchFiles = bundlePathsFromArgv(process.argv.slice(1), process.cwd());

if (claimSingleInstance(app, (paths) => openFiles(paths))) {
  if (launchFiles.length > 0) openFiles(launchFiles);
  // macOS sends files as events, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFiles([path]);
  });
  app.on('web-contents-created', (_event, contents) => {
    guardContents(contents);
    logRendererTrouble(contents, log);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) =>
      reportStartFailure(error, {
        words: desktopWords(systemLanguage(app.getPreferredSystemLanguages())),
        logFile,
        log: (message, e) => log.error(message, e),
        showErrorBox: (title, content) => dialog.showErrorBox(title, content),
        quit: () => app.quit(),
      }),
    );
}
