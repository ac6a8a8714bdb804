// Logs go to a file in the user-data folder (Help → Show logs), so what went wrong on a
// clinician's machine can be read after the fact; console output is lost once packaged.
// electron-log writes, rotates at 5 MB (keeping one old file) and catches uncaught errors.
import type { NodeLogger } from 'electron-log';
import { join } from 'node:path';

export function logFilePath(userData: string): string {
  return join(userData, 'logs', 'lactasim.log');
}

/**
 * Points `log` at `file`. With `captureConsole`, console.* goes to the file too: the services
 * report failures with console.error and run in the web edition without electron-log.
 */
export function configureLogging(
  log: NodeLogger,
  file: string,
  opts: { captureConsole: boolean },
): void {
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = 5 * 1024 * 1024;
  log.transports.file.level = 'info';
  log.errorHandler.startCatching({ showDialog: false });
  if (opts.captureConsole) Object.assign(console, log.functions);
}
