// The windows' options as data, so the tests check them without Electron.
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { Language } from '../contract/parent';
import { CLINICIAN_CATALOGS } from '../labels/catalogs';
import { catalogEntries } from '../walkthrough/catalog';
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

/**
 * A lesson's presenter window at `bounds`, titled in the language of the window that opened it
 * (the title the presenter route then sets itself, so it does not flash English first).
 */
export function presenterWindowOptions(
  bounds: Rectangle,
  language: Language,
): BrowserWindowConstructorOptions {
  const title = new Map(catalogEntries(CLINICIAN_CATALOGS[language].app)).get('titles.present');
  return {
    ...bounds,
    title: title ?? 'LactaSim',
    backgroundColor: '#000000',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: PRELOAD_PATH },
  };
}
