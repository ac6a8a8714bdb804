import { BrowserWindow } from 'electron';
import { rendererUrl, type RendererSource } from './security';
import { mainWindowOptions } from './window-options';
import type { SavedWindow } from './window-state';

/** The one place main windows are made; `onClose` receives the place to remember. */
export function createWindow(
  source: RendererSource,
  saved: SavedWindow | null,
  onClose: (window: SavedWindow) => void,
  hash = '',
): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(saved));
  win.once('ready-to-show', () => {
    if (saved?.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => onClose({ bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
  void win.loadURL(rendererUrl(source, hash));
  return win;
}
