// The one adapter around better-sqlite3: nothing outside store/ imports the native module.
import Database from 'better-sqlite3';

export type Db = Database.Database;
export type Statement = Database.Statement;

/**
 * How long a write waits for another process (the desktop app, the web edition and the command
 * line share one file) to finish its transaction before giving up with SQLITE_BUSY. Saves and
 * imports hold the lock for milliseconds to a second or two; five seconds covers a large import.
 */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the file. `nativeBinding` is the path of the addon rebuilt for Electron's ABI; under
 * plain Node it is absent and better-sqlite3 finds its own build.
 */
export function openDatabase(
  path: string,
  nativeBinding?: string,
  opts: { readonly?: boolean } = {},
): Db {
  return new Database(path, {
    timeout: BUSY_TIMEOUT_MS,
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
    ...(opts.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
}

/**
 * Runs `fn` in one write transaction that takes the write lock at BEGIN (BEGIN IMMEDIATE), so it
 * waits for another writer up to the busy timeout. A deferred transaction that reads first and
 * writes later cannot wait: when another process committed in between, SQLite refuses its
 * upgrade to a writer at once ("database is locked"). Nested calls become savepoints.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
