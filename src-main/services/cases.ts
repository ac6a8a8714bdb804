// The case library service: handlers for every `cases.*` method, the built-in seeding step, and
// `loadCaseScenario` for the sim command line's `case:<id>`.
import { AppError } from '../contract/errors';
import type { Scenario } from '../sim/scenario';
import { locateLibrary, openStore, type CaseStore, type OpenStoreOptions } from '../store/index';
import { emptySyncResult } from './builtin-sync';
import { ensureBuiltins, type EnsureBuiltinsResult } from './cases/builtins';
import { caseHandlers } from './cases/handlers';
import { defaultResourcesDir } from './cases/resources';
import { checkScenario } from './cases/scenario';

export { caseHandlers } from './cases/handlers';
export { ensureBuiltins, type EnsureBuiltinsResult } from './cases/builtins';
export { parseBundleBytes, validateBundle, BUNDLE_MAX_BYTES } from './cases/bundle';
export { defaultResourcesDir } from './cases/resources';

export interface CaseLibraryOptions extends OpenStoreOptions {
  dbPath: string;
  resourcesDir: string;
}

/** Opens the store, brings the built-ins up to date and builds the handlers. */
export function openCaseLibrary(options: CaseLibraryOptions) {
  const store: CaseStore = openStore(options.dbPath, options);
  try {
    // A read-only library shows the built-ins it has; bringing them up to date would write.
    const builtins: EnsureBuiltinsResult = store.readOnly
      ? emptySyncResult()
      : ensureBuiltins(store, options.resourcesDir);
    const handlers = caseHandlers(store);
    return { store, builtins, handlers, close: () => store.close() };
  } catch (error) {
    store.close();
    throw error;
  }
}

/** The scenario of a live case, for `sim case:<id>`. Throws AppError NOT_FOUND / BAD_SCENARIO. */
export function loadCaseScenario(
  id: string,
  dbPath?: string,
  resourcesDir: string = defaultResourcesDir(),
): Scenario {
  const library = openCaseLibrary({ dbPath: locateLibrary(dbPath).dbPath, resourcesDir });
  try {
    const record = library.store.cases.get(id);
    if (record === undefined || record.deletedAt !== null) {
      throw new AppError('NOT_FOUND', `No case with id ${id} in ${library.store.path}`, 'id');
    }
    return checkScenario(record.scenario, `case:${id}`);
  } finally {
    library.close();
  }
}
