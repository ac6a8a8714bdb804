// The one adapter around better-sqlite3: nothing outside store/ imports the native module.
import Database from 'better-sqlite3';

export type Db = Database.Database;
export type Statement = Database.Statement;

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
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
    ...(opts.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
}
