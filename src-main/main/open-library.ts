// Opening the library at start, with the startup-error dialog when it fails: the person either
// quits or, when the library can be read but not written, opens it read-only.
import { listBackups } from '../store/backups';
import {
  askAboutStartupProblem,
  classifyStartupError,
  type StartupDialogDeps,
} from './startup-error';

export interface OpenLibraryDeps<S> extends StartupDialogDeps {
  /** Opens the library (and everything on it); throws what the store throws. */
  open(readOnly: boolean): S;
  log(message: string, error: unknown): void;
}

/** The opened services, or null when the person chose Quit. */
export async function openLibraryOrAsk<S>(
  dbPath: string,
  deps: OpenLibraryDeps<S>,
): Promise<S | null> {
  let offerReadOnly = true;
  for (;;) {
    try {
      return deps.open(!offerReadOnly);
    } catch (error) {
      deps.log(`could not open ${dbPath}${offerReadOnly ? '' : ' read-only'}`, error);
      const problem = classifyStartupError(
        error,
        dbPath,
        listBackups(dbPath).map((b) => b.path),
      );
      const choice = await askAboutStartupProblem(problem, deps, offerReadOnly);
      if (choice === 'quit') return null;
      offerReadOnly = false;
    }
  }
}
