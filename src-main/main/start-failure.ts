// Anything the start throws that nothing else handles (the library's own open errors have their
// dialog, startup-error.ts) would otherwise leave a running app with no window and nothing said.
// Instead: the error goes to the log file, a native message names that file, and the app quits.
import type { DesktopWords } from './words';

export interface StartFailureDeps {
  /** In the system's language: no window has said the interface's yet. */
  words: DesktopWords;
  logFile: string;
  log(message: string, error: unknown): void;
  /** Electron's `dialog.showErrorBox`: blocks until closed. */
  showErrorBox(title: string, content: string): void;
  quit(): void;
}

export function reportStartFailure(error: unknown, deps: StartFailureDeps): void {
  deps.log('LactaSim could not start', error);
  const why = error instanceof Error ? error.message : String(error);
  deps.showErrorBox(
    deps.words.startup('failed.title'),
    deps.words.startup('failed.detail', { why, file: deps.logFile }),
  );
  deps.quit();
}
