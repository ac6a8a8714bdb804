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

/** SQLite's own words for a damaged file. */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT_VTAB';
}
