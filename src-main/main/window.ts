import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SECURE_WEB_PREFERENCES, type RendererSource } from './security';

/** out/main, where the bundled main process runs from. */
const here = fileURLToPath(new URL('.', import.meta.url));

export function rendererSource(): RendererSource {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) return { kind: 'dev', origin: devUrl };
  return {
    kind: 'file',
    indexUrl: pathToFileURL(join(here, '../renderer/index.html')).href,
  };
}

/** The sandboxed preload every window of ours gets, the presenter window included. */
export const PRELOAD_PATH = join(here, '../preload/index.cjs');

/** The one place windows are made, so every window gets the same secure preferences. */
export function createWindow(source: RendererSource, hash = ''): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'LactaSim',
    backgroundColor: '#fbfaf7',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: PRELOAD_PATH },
  });
  win.once('ready-to-show', () => win.show());
  const base = source.kind === 'dev' ? source.origin : source.indexUrl;
  void win.loadURL(hash ? `${base}#${hash}` : base);
  return win;
}
