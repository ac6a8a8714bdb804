// A library in a folder this user may not write (read-only media, a shared folder without
// permission) cannot be read where it is: SQLite must create the WAL index (`-shm`) beside a
// WAL-mode file and refuses (SQLITE_READONLY_DIRECTORY). Opened for viewing, such a library is
// read from a private copy in a temporary folder, removed when the library is closed. Nothing
// is written beside the original. A copy taken while another process writes can be torn; the
// integrity check at opening then refuses it as it would a damaged file.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** SQLite's refusals that mean "readable, but not from this folder". */
export function needsViewingCopy(error: unknown, path: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_READONLY_DIRECTORY' || code === 'SQLITE_READONLY_CANTINIT') return true;
  // CANTOPEN also means a missing file, which a copy cannot help.
  return typeof code === 'string' && code.startsWith('SQLITE_CANTOPEN') && existsSync(path);
}

export interface ViewingCopy {
  path: string;
  remove(): void;
}

/** Copies the library and its write-ahead log (commits not yet folded into the file). */
export function makeViewingCopy(path: string): ViewingCopy {
  const dir = mkdtempSync(join(tmpdir(), 'lactasim-viewing-'));
  const copy = join(dir, basename(path));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  } catch (error) {
    remove();
    throw error;
  }
  return { path: copy, remove };
}
