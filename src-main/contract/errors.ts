// Errors cross every boundary (IPC, HTTP, CLI) as data, never as thrown objects.

export type ErrorCode =
  | 'BAD_REQUEST'
  | 'BAD_SCENARIO'
  | 'BAD_IMPORT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** Another process holds the library's write lock past the busy timeout; try again. */
  | 'BUSY'
  /** A request body, a run or an answer past the size limits; the message names the limit. */
  | 'TOO_LARGE'
  /** The library failed its integrity check; only backups can be listed and restored. */
  | 'LIBRARY_DAMAGED'
  /** A built-in case or lesson: it cannot be changed or deleted, only duplicated. */
  | 'READ_ONLY'
  /** The whole library was opened read-only (it cannot be written): nothing can be saved. */
  | 'LIBRARY_READ_ONLY'
  | 'UNKNOWN_METHOD'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'INTERNAL';

export interface ApiErrorData {
  code: ErrorCode;
  message: string;
  /** Where in the request the problem is, e.g. `mother.conditions[0].severity`. */
  path?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/** Thrown by services; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toData(): ApiErrorData {
    return this.path === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, path: this.path };
  }
}

/** Formats a zod-style issue path as `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
