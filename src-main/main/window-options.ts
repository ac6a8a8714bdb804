// The main window's options as data, so the tests check them without Electron.
import type { BrowserWindowConstructorOptions } from 'electron';
import { PRELOAD_PATH } from './bundle-paths';
import { SECURE_WEB_PREFERENCES } from './security';
import { DEFAULT_SIZE, MIN_SIZE, type SavedWindow } from './window-state';

/** The saved place when there is one, always the secure preferences. */
export function mainWindowOptions(saved: SavedWindow | null): BrowserWindowConstructorOptions {
  return {
    ...(saved ? saved.bounds : DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'LactaSim',
    backgroundColor: '#fbfaf7',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: PRELOAD_PATH },
  };
}
