import type { Handlers } from '../contract/index';
import { createJobPool, type JobPoolOptions } from '../jobs/pool';
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
  /** The worker threads for runs, exports and handouts (the desktop app names its built entry). */
  jobs?: JobPoolOptions;
}

export interface Services {
  handlers: Handlers;
  /** Starts the job pool's workers ahead of the first job (servers call it; tests need not). */
  warm(): void;
  close(): void;
}

/** Opens the case library and joins every feature's handlers into the contract's map. */
export function createServices(options: ServiceOptions): Services {
  const jobs = createJobPool(options.jobs);
  const library = openLibrary(options, jobs);
  const handlers: Handlers = {
    ...appHandlers(options),
    ...simHandlers(jobs),
    ...library.handlers,
    ...exportHandlers({
      resourcesDir: options.resourcesDir,
      jobs,
      ...(options.saveDialog ? { saveDialog: options.saveDialog } : {}),
    }),
    ...parentHandlers({ jobs }),
  };
  return {
    handlers,
    warm: () => jobs.warm(),
    close: () => {
      library.close();
      void jobs.close();
    },
  };
}
