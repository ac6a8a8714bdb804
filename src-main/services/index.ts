import type { Handlers } from '../contract/index';
import { appHandlers, type AppContext } from './app';
import { exportHandlers } from './export';
import type { SaveDialog } from './export-save';
import { parentHandlers } from './parent';
import { openLibrary } from './library';
import { simHandlers } from './sim';

export interface ServiceOptions extends AppContext {
  /** Absolute path of the SQLite database file. */
  dbPath: string;
  /** Folder of shipped content (built-in scenarios, glossary...). */
  resourcesDir: string;
  /** Electron's build of better-sqlite3; absent under Node. */
  nativeBinding?: string;
  /** The desktop app's save dialog for exports; the web edition has none. */
  saveDialog?: SaveDialog;
}

export interface Services {
  handlers: Handlers;
  close(): void;
}

/** Opens the case library and joins every feature's handlers into the contract's map. */
export function createServices(options: ServiceOptions): Services {
  const library = openLibrary(options);
  const handlers: Handlers = {
    ...appHandlers(options),
    ...simHandlers(),
    ...library.handlers,
    ...exportHandlers({
      resourcesDir: options.resourcesDir,
      ...(options.saveDialog ? { saveDialog: options.saveDialog } : {}),
    }),
    ...parentHandlers({}),
  };
  return { handlers, close: library.close };
}
