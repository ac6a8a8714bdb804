// One LactaSim at a time: two copies would both back up and migrate the same library. A second
// launch (double-clicking a bundle on Windows or Linux) hands its files to the first and quits.
import { isAbsolute, resolve } from 'node:path';
import { bundleKindOf } from '../contract/desktop';

/** The part of Electron's `app` this needs; a fake of it drives the unit tests. */
export interface InstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(
    event: 'second-instance',
    listener: (event: unknown, argv: string[], workingDirectory: string) => void,
  ): unknown;
}

/** The bundle files named on a command line, made absolute against `cwd`. */
export function bundlePathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && bundleKindOf(arg) !== null)
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}

/**
 * Takes the lock, or quits when another copy holds it (returning false). The holder gets each
 * later launch's bundle files through `onFiles`, and `onFiles([])` to come to the front.
 */
export function claimSingleInstance(app: InstanceApp, onFiles: (paths: string[]) => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) =>
    onFiles(bundlePathsFromArgv(argv.slice(1), workingDirectory)),
  );
  return true;
}
