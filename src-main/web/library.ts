// Opening the library for the web edition, which has no dialog to ask with: read-only when asked
// (--read-only), else for writing, and read-only after all, said on stderr, when the library can
// be read but not written (a write-protected file, folder or disk), as the desktop app offers.
import { isWriteRefusal } from '../store/index';

export function openWebLibrary<S>(
  dbPath: string,
  readOnly: boolean,
  open: (readOnly: boolean) => S,
  say: (line: string) => void,
): S {
  if (readOnly) {
    const services = open(true);
    say(`Opened ${dbPath} read-only (--read-only): nothing can be saved in this session.`);
    return services;
  }
  try {
    return open(false);
  } catch (error) {
    if (!isWriteRefusal(error)) throw error;
    const services = open(true);
    const why = error instanceof Error ? error.message : String(error);
    say(
      `LactaSim cannot write to ${dbPath} (${why}). Opened it read-only: you can view and ` +
        'present, but nothing can be saved. Check that you may write to the file and its folder.',
    );
    return services;
  }
}
