// Why a library could not be opened. The message is written for the person at the keyboard:
// it says what happened and what to do, naming files.

export type StoreErrorCode = 'NEWER_VERSION' | 'CORRUPT' | 'MIGRATION_FAILED';

export class StoreOpenError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

/**
 * Whether a write failed because another connection (another LactaSim process on the same file)
 * held the lock for longer than the busy timeout. Extended codes such as SQLITE_BUSY_SNAPSHOT
 * count too.
 */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED');
}

/** Why a backup could not be restored; the message names the file and what to do. */
export class BackupError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'UNUSABLE',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** SQLite's own words for a damaged file. */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT_VTAB';
}

/**
 * Whether opening failed because the library can be read but not written: SQLite's read-only
 * refusals, or the system refusing to open the file for writing (permissions, a write-protected
 * disk). Opening it read-only may still work.
 */
export function isWriteRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    ['EACCES', 'EPERM', 'EROFS'].includes(code)
  );
}
