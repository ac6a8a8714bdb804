// Sandboxed preload: one function per contract method, and one per message the main process
// sends (menu commands, opened files). `satisfies` makes the build fail when either lags.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  LANGUAGE_CHANNEL,
  MENU_CHANNEL,
  OPEN_FILE_CHANNEL,
  OPEN_FILE_READY_CHANNEL,
  type DesktopBridge,
  type MenuCommand,
  type OpenedFile,
} from '../contract/desktop';
import type { Bridge, MethodName, RequestOf, ResponseOf, Result } from '../contract/index';

function call<K extends MethodName>(name: K) {
  return (request: RequestOf<K>) =>
    ipcRenderer.invoke(`lactasim:${name}`, request) as Promise<Result<ResponseOf<K>>>;
}

const bridge = {
  'app.info': call('app.info'),
  'sim.run': call('sim.run'),
  'cases.list': call('cases.list'),
  'cases.get': call('cases.get'),
  'cases.create': call('cases.create'),
  'cases.update': call('cases.update'),
  'cases.duplicate': call('cases.duplicate'),
  'cases.delete': call('cases.delete'),
  'cases.undoDelete': call('cases.undoDelete'),
  'cases.revisions': call('cases.revisions'),
  'cases.getRevision': call('cases.getRevision'),
  'cases.restoreRevision': call('cases.restoreRevision'),
  'cases.exportBundle': call('cases.exportBundle'),
  'cases.checkImport': call('cases.checkImport'),
  'cases.importBundle': call('cases.importBundle'),
  'export.charts': call('export.charts'),
  'export.anatomy': call('export.anatomy'),
  'export.save': call('export.save'),
  'parent.importFeedLog': call('parent.importFeedLog'),
  'parent.handout': call('parent.handout'),
  'lessons.list': call('lessons.list'),
  'lessons.get': call('lessons.get'),
  'lessons.create': call('lessons.create'),
  'lessons.update': call('lessons.update'),
  'lessons.duplicate': call('lessons.duplicate'),
  'lessons.delete': call('lessons.delete'),
  'lessons.undoDelete': call('lessons.undoDelete'),
  'lessons.exportBundle': call('lessons.exportBundle'),
  'lessons.checkImport': call('lessons.checkImport'),
  'lessons.importBundle': call('lessons.importBundle'),
  'lessons.handout': call('lessons.handout'),
  'backups.list': call('backups.list'),
  'backups.restore': call('backups.restore'),
} satisfies Bridge;

contextBridge.exposeInMainWorld('lactasim', bridge);

function listen<T>(channel: string, listener: (value: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, value: T) => listener(value);
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
}

const desktop = {
  onMenuCommand: (listener: (command: MenuCommand) => void) => listen(MENU_CHANNEL, listener),
  onOpenFile: (listener: (file: OpenedFile) => void) => {
    const stop = listen(OPEN_FILE_CHANNEL, listener);
    ipcRenderer.send(OPEN_FILE_READY_CHANNEL);
    return stop;
  },
  setLanguage: (language) => ipcRenderer.send(LANGUAGE_CHANNEL, language),
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('lactasimDesktop', desktop);
