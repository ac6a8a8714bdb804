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

/**
 * Which rule a value broke, with its limits, so a screen can word it in the clinician's language
 * next to the field's label; `message` keeps the English line (with the path) for the command
 * line and bundle-import reports.
 */
export type ErrorRule =
  | { id: 'required' }
  /** Text shorter than `min` characters (1: empty). */
  | { id: 'tooShort'; min: number }
  | { id: 'tooLong'; max: number }
  /** A list holding more than `max` items. */
  | { id: 'tooMany'; max: number }
  /** `got`: the number given, when it was one. */
  | { id: 'range'; min: number; max: number; unit?: string; whole?: boolean; got?: number }
  /** A control character (tab, NUL, escape…) at character `at`, counted from 1. */
  | { id: 'controlChar'; at: number }
  /** Half of a UTF-16 pair at character `at`. */
  | { id: 'brokenText'; at: number }
  | { id: 'oneOf'; values: string[] }
  | { id: 'wrongType'; expected: string }
  | { id: 'unknownKey'; key: string }
  /** Nested or sized past what a request may be. */
  | { id: 'tooComplex' };

export interface ApiErrorData {
  code: ErrorCode;
  message: string;
  /** Where in the request the problem is, e.g. `mother.conditions[0].severity`. */
  path?: string;
  rule?: ErrorRule;
  /** INTERNAL: the id under which the log holds the details. */
  reference?: string;
  /** Worded by the renderer itself in the interface language (the engine worker's refusals). */
  worded?: true;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/** Thrown by services; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
    readonly rule?: ErrorRule,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toData(): ApiErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.path === undefined ? {} : { path: this.path }),
      ...(this.rule === undefined ? {} : { rule: this.rule }),
    };
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
